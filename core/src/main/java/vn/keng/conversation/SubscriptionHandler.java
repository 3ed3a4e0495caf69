package vn.keng.conversation;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.keng.messaging.Notice;
import vn.keng.messaging.Priority;
import vn.keng.registry.People;
import vn.keng.registry.Person;

/**
 * STOP / HUY / DUNG stop info messages; START / BAT resume them. Alarms and duty messages are never
 * stopped, and both answers say so.
 */
@Component
class SubscriptionHandler implements DialogHandler {

    private static final List<String> STOP = List.of("stop", "huy", "dung", "tat tin", "unsubscribe", "/huy", "/stop");

    private final People people;

    SubscriptionHandler(People people) {
        this.people = people;
    }

    @Override
    public String name() {
        return "subscription";
    }

    @Override
    public List<String> keywords() {
        return List.of("stop", "huy", "dung", "tat tin", "unsubscribe", "/huy", "/stop", "start", "bat", "bat tin",
                "tiep tuc", "subscribe", "/bat");
    }

    @Override
    public boolean handle(Dialog dialog) {
        if (dialog.keyword() == null) {
            return false;
        }
        Person person = dialog.sender().orElseThrow();
        boolean stop = STOP.contains(dialog.keyword());
        person.optOutOfInfo(stop);
        people.save(person);
        dialog.clearState();
        dialog.reply(Notice.of(stop ? "conversation.stopped" : "conversation.started", Map.of(), Priority.INFO)
                .withOptions(List.of()));
        return true;
    }
}
