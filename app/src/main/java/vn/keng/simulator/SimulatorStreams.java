package vn.keng.simulator;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import vn.keng.messaging.MessageActivity;

/** Server-sent event streams of the open simulator pages: each is told when its person's conversation changes. */
@Component
@ConditionalOnBooleanProperty("keng.simulator.enabled")
class SimulatorStreams {

    private static final String ALL = "*";
    private final Map<String, List<SseEmitter>> emitters = new ConcurrentHashMap<>();

    SseEmitter open(String personId) {
        SseEmitter emitter = new SseEmitter(0L);
        String key = personId == null ? ALL : personId;
        emitters.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>()).add(emitter);
        Runnable remove = () -> emitters.getOrDefault(key, List.of()).remove(emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(e -> remove.run());
        return emitter;
    }

    @EventListener
    void on(MessageActivity activity) {
        if (activity.personId() != null) {
            changed(String.valueOf(activity.personId()));
        } else {
            push(ALL);
        }
    }

    void changed(String personId) {
        push(personId);
        push(ALL);
    }

    private void push(String key) {
        for (SseEmitter emitter : emitters.getOrDefault(key, List.of())) {
            try {
                emitter.send(SseEmitter.event().name("changed").data(key));
            } catch (IOException | IllegalStateException e) {
                emitters.getOrDefault(key, List.of()).remove(emitter);
            }
        }
    }
}
