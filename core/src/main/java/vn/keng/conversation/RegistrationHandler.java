package vn.keng.conversation;

import java.util.Set;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.keng.messaging.Notice;
import vn.keng.registry.Person;
import vn.keng.registry.Villages;

/**
 * "DANG KY": tells a registered person what the service knows of them, and an unknown sender how
 * to register (people are registered by their village head or the commune; on Telegram they link
 * their account by sharing their phone number).
 */
@Component
class RegistrationHandler implements DialogHandler {

    private final Villages villages;

    RegistrationHandler(Villages villages) {
        this.villages = villages;
    }

    @Override
    public String name() {
        return "register";
    }

    @Override
    public Set<Command> commands() {
        return Set.of(Command.REGISTER);
    }

    @Override
    public boolean acceptsUnknownSenders() {
        return true;
    }

    @Override
    public boolean handle(Dialog dialog) {
        if (dialog.sender().isEmpty()) {
            dialog.reply(Notice.info("conversation.how-to-register", Map.of()));
            return true;
        }
        Person person = dialog.sender().get();
        String village = person.getVillageId() == null ? "-"
                : villages.findById(person.getVillageId()).map(v -> v.getName()).orElse("-");
        dialog.reply(Notice.info("conversation.registered", Map.of("name", person.getName(), "village", village)));
        return true;
    }
}
