package vn.keng.incident;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps the incident module's events for tests (they are published on the inbound workers' threads). */
@Component
class IncidentEventsProbe {

    private final List<Object> events = new CopyOnWriteArrayList<>();

    @EventListener
    void on(IncidentReported event) {
        events.add(event);
    }

    @EventListener
    void on(IncidentClosed event) {
        events.add(event);
    }

    <T> List<T> of(Class<T> type, long incidentId) {
        return events.stream().filter(type::isInstance).map(type::cast).filter(e -> id(e) == incidentId).toList();
    }

    private static long id(Object event) {
        if (event instanceof IncidentReported reported) {
            return reported.incidentId();
        }
        return ((IncidentClosed) event).incidentId();
    }
}
