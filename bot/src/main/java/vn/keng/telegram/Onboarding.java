package vn.keng.telegram;

import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.Contact;
import org.telegram.telegrambots.meta.api.objects.message.Message;

import vn.keng.registry.InvalidPhoneNumberException;
import vn.keng.registry.Language;
import vn.keng.registry.Person;
import vn.keng.registry.PhoneNumber;
import vn.keng.registry.TelegramLinks;
import vn.keng.registry.TelegramLinks.Redemption;

/**
 * Onboarding in a private chat: the welcome with a "share my phone" keyboard for people not linked
 * yet (their role menu for those who are), linking by the person's own phone contact, and linking
 * by an invite code from the deep link {@code /start CODE}.
 */
@Component
@Conditional(TelegramEnabled.class)
class Onboarding {

    private static final Logger log = LoggerFactory.getLogger(Onboarding.class);

    private final TelegramLinks links;
    private final DirectReplies replies;
    private final TelegramTexts texts;
    private final Menus menus;

    Onboarding(TelegramLinks links, DirectReplies replies, TelegramTexts texts, Menus menus) {
        this.links = links;
        this.replies = replies;
        this.texts = texts;
        this.menus = menus;
    }

    /** After a bare /start: the welcome and the share-phone keyboard, or the menu of a linked person. */
    void start(Message message) {
        long user = message.getFrom().getId();
        Optional<Person> person = links.linkedPerson(user);
        if (person.isPresent()) {
            Language language = person.get().getLanguage();
            replies.send(message.getChatId(), texts.get(language, "telegram.welcome.back",
                    Map.of("name", person.get().getName())), menus.menuFor(person.get()));
        } else {
            Language language = TelegramTexts.languageOf(message.getFrom().getLanguageCode());
            replies.send(message.getChatId(), texts.get(language, "telegram.welcome"), menus.sharePhone(language));
        }
    }

    /** A shared contact: linked only when it is the sender's own. */
    void contact(Message message) {
        Contact contact = message.getContact();
        long user = message.getFrom().getId();
        Language language = TelegramTexts.languageOf(message.getFrom().getLanguageCode());
        if (contact.getUserId() == null || contact.getUserId() != user) {
            log.info("Telegram user {} shared a contact that is not their own: refused", user);
            replies.send(message.getChatId(), texts.get(language, "telegram.contact.not-own"), menus.sharePhone(language));
            return;
        }
        PhoneNumber phone;
        try {
            phone = PhoneNumber.parse(contact.getPhoneNumber());
        } catch (InvalidPhoneNumberException e) {
            replies.send(message.getChatId(), texts.get(language, "telegram.contact.invalid"), menus.sharePhone(language));
            return;
        }
        Optional<Person> person = links.linkByPhone(user, phone);
        if (person.isEmpty()) {
            replies.send(message.getChatId(), texts.get(language, "telegram.contact.unknown",
                    Map.of("phone", phone.national())), null);
            return;
        }
        log.info("Telegram user {} linked to person {} by their phone contact", user, person.get().getId());
        linked(message.getChatId(), person.get(), "telegram.contact.linked");
    }

    /** {@code /start CODE}: redeems an invite code. */
    void redeem(Message message, String code) {
        long user = message.getFrom().getId();
        Redemption redemption = links.redeem(code, user);
        if (redemption.status() == Redemption.Status.LINKED) {
            log.info("Telegram user {} linked to person {} by an invite code", user, redemption.person().getId());
            linked(message.getChatId(), redemption.person(), "telegram.invite.linked");
            return;
        }
        Language language = TelegramTexts.languageOf(message.getFrom().getLanguageCode());
        String key = switch (redemption.status()) {
            case EXPIRED -> "telegram.invite.expired";
            case USED -> "telegram.invite.used";
            default -> "telegram.invite.unknown";
        };
        replies.send(message.getChatId(), texts.get(language, key), menus.sharePhone(language));
    }

    private void linked(long chatId, Person person, String key) {
        replies.send(chatId, texts.get(person.getLanguage(), key, Map.of("name", person.getName())), menus.menuFor(person));
    }
}
