package vn.keng.conversation;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.keng.messaging.Notice;
import vn.keng.messaging.Priority;
import vn.keng.registry.Registry;

/**
 * Explicit phrases only ("TAT TIN", "NGUNG NHAN TIN", "STOP" / "BAT TIN", "NHAN TIN LAI", "START")
 * stop or resume info messages: a lone "đúng", "hủy" or "bắt" changes nothing. Alarms and duty
 * messages are never stopped, and both answers say so.
 */
@Component
class SubscriptionHandler implements DialogHandler {

    private final Registry registry;

    SubscriptionHandler(Registry registry) {
        this.registry = registry;
    }

    @Override
    public String name() {
        return "subscription";
    }

    @Override
    public Set<Command> commands() {
        return Set.of(Command.OPT_OUT, Command.OPT_IN);
    }

    @Override
    public boolean handle(Dialog dialog) {
        if (dialog.command() == null) {
            return false;
        }
        boolean stop = dialog.command() == Command.OPT_OUT;
        registry.optOutOfInfo(dialog.sender().orElseThrow().getId(), stop);
        dialog.clearState();
        dialog.reply(Notice.of(stop ? "conversation.stopped" : "conversation.started", Map.of(), Priority.INFO)
                .withOptions(List.of()));
        return true;
    }
}
