package vn.keng.conversation;

import java.util.Set;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.keng.messaging.ChannelType;
import vn.keng.messaging.Notice;
import vn.keng.registry.Person;
import vn.keng.registry.Role;

/**
 * Help: what can be said, by role; also the answer to /start. Unknown senders learn how to register.
 * A Telegram /start is kept but not answered here: the Telegram adapter greets with the welcome and
 * its menu or share-phone keyboard, and a second text would only race it.
 */
@Component
class HelpHandler implements DialogHandler {

    @Override
    public String name() {
        return "help";
    }

    @Override
    public Set<Command> commands() {
        return Set.of(Command.HELP);
    }

    @Override
    public Set<Intent> intents() {
        return Set.of(Intent.HELP);
    }

    @Override
    public boolean acceptsUnknownSenders() {
        return true;
    }

    @Override
    public boolean handle(Dialog dialog) {
        if (dialog.message().channel() == ChannelType.TELEGRAM && TextMatcher.fold(dialog.message().text()).startsWith("/start")) {
            return true;
        }
        if (dialog.sender().isEmpty()) {
            dialog.reply(Notice.info("conversation.unknown-sender", Map.of()));
            return true;
        }
        Person person = dialog.sender().get();
        String template = person.hasRole(Role.OFFICIAL) || person.hasRole(Role.POLICE) ? "conversation.help.official"
                : person.hasRole(Role.STRIKER) ? "conversation.help.striker" : "conversation.help";
        dialog.clearState();
        dialog.reply(Notice.info(template, Map.of("name", person.getName())));
        return true;
    }
}
