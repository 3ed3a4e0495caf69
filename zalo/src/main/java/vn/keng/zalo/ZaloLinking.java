package vn.keng.zalo;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.keng.messaging.ChannelType;
import vn.keng.messaging.InboundMessage;
import vn.keng.messaging.InboundMessages;
import vn.keng.messaging.InboundMessages.Receipt;
import vn.keng.messaging.Notice;
import vn.keng.messaging.Notifications;
import vn.keng.messaging.Priority;
import vn.keng.registry.ChatLinks;
import vn.keng.registry.InvalidPhoneNumberException;
import vn.keng.registry.People;
import vn.keng.registry.Person;
import vn.keng.registry.PhoneNumber;
import vn.keng.registry.TelegramLinks.Redemption;

/**
 * Linking a Zalo account to a registered person, in a private chat. The bot never sees a phone
 * number, so the person proves who they are by an invite code ({@code /start CODE}, or the bare code
 * while not linked) or by typing their registered phone, which sends a 6-digit code by SMS to that
 * phone, to be typed back. Each step is stored once through the inbound pipeline ({@code keep}: a
 * repeat of the same update does nothing) and answered through the outbox.
 */
@Component
@Conditional(ZaloEnabled.class)
class ZaloLinking {

    static final String CHANNEL = ChannelType.ZALO.name();
    private static final Logger log = LoggerFactory.getLogger(ZaloLinking.class);
    private static final Pattern START_CODE = Pattern.compile("(?i)/start\\s+([A-Za-z0-9]{4,32})");
    private static final Pattern INVITE = Pattern.compile("[A-Za-z0-9]{8}");
    private static final Pattern CODE = Pattern.compile("\\d{3} ?\\d{3}");
    private static final Pattern PHONE = Pattern.compile("\\+?[\\d][\\d .()-]{7,20}");

    private final InboundMessages inbound;
    private final ChatLinks links;
    private final People people;
    private final OneTimeCodes codes;
    private final RequestLimits limits;
    private final Notifications notifications;
    private final TransactionTemplate tx;
    private final ZaloSettings.Otp otp;

    ZaloLinking(InboundMessages inbound, ChatLinks links, People people, OneTimeCodes codes, RequestLimits limits,
            Notifications notifications, TransactionTemplate tx, ZaloSettings settings) {
        this.inbound = inbound;
        this.links = links;
        this.people = people;
        this.codes = codes;
        this.limits = limits;
        this.notifications = notifications;
        this.tx = tx;
        this.otp = settings.otp();
    }

    /** Takes the message if it is a linking step; false when it is for the core. */
    boolean handle(InboundMessage message) {
        String text = message.text().strip();
        Matcher start = START_CODE.matcher(text);
        if (start.matches()) {
            once(message, "invite code", false, () -> redeem(message, start.group(1)));
            return true;
        }
        if (links.linkedPerson(CHANNEL, message.senderAddress()).isPresent()) {
            return false;
        }
        if (INVITE.matcher(text).matches() && links.isInviteCode(text)) {
            once(message, "invite code", false, () -> redeem(message, text));
            return true;
        }
        if (CODE.matcher(text).matches()) {
            once(message, "one-time code", true, () -> verify(message, text.replace(" ", "")));
            return true;
        }
        Optional<PhoneNumber> phone = phone(text);
        if (phone.isPresent()) {
            once(message, "phone number", false, () -> requestCode(message, phone.get()));
            return true;
        }
        return false;
    }

    /** Stores the step once (a repeat is dropped) and runs it with its replies in one transaction. */
    private void once(InboundMessage message, String step, boolean secret, Runnable action) {
        InboundMessage stored = secret ? new InboundMessage(message.channel(), message.providerMessageId(),
                message.senderAddress(), message.chatAddress(), "******", null, null, null, message.receivedAt()) : message;
        Receipt receipt;
        try {
            receipt = inbound.keep(stored, "Zalo account linking: " + step);
        } catch (RuntimeException e) {
            throw new InboundUnavailable(e);
        }
        if (receipt == Receipt.DUPLICATE) {
            log.debug("Zalo update {} seen before: the linking step is not repeated", message.providerMessageId());
            return;
        }
        tx.executeWithoutResult(s -> action.run());
    }

    private void redeem(InboundMessage message, String code) {
        Redemption redemption = links.redeem(code, CHANNEL, message.senderAddress());
        switch (redemption.status()) {
            case LINKED -> linked(message, redemption.person(), "by an invite code");
            case EXPIRED -> reply(message, "zalo.invite.expired", Map.of());
            case USED -> reply(message, "zalo.invite.used", Map.of());
            default -> reply(message, "zalo.invite.unknown", Map.of());
        }
    }

    private void requestCode(InboundMessage message, PhoneNumber phone) {
        String account = message.senderAddress();
        Map<String, Object> wait = Map.of("minutes", otp.window().toMinutes());
        if (!limits.allow("user:" + account, otp.perUser(), otp.window())) {
            log.info("Zalo account {} asked for too many codes: refused", account);
            reply(message, "zalo.otp.too-many", wait);
            return;
        }
        Optional<Person> person = people.findByPhone(phone);
        if (person.isEmpty()) {
            reply(message, "zalo.phone.unknown", Map.of("phone", phone.national()));
            return;
        }
        if (!limits.allow("phone:" + phone.e164(), otp.perPhone(), otp.window())) {
            log.info("Too many Zalo codes asked for phone of person {}: refused", person.get().getId());
            reply(message, "zalo.otp.too-many", wait);
            return;
        }
        OneTimeCodes.Issued issued = codes.issue(account, person.get().getId());
        Notice sms = Notice.of("zalo.otp", Map.of("code", issued.code(), "minutes", otp.validity().toMinutes()),
                Priority.DUTY).withValidUntil(issued.expires());
        if (notifications.sms(person.get().getId(), sms).isEmpty()) {
            reply(message, "zalo.otp.unavailable", Map.of());
            return;
        }
        log.info("Zalo account {} asked to link person {}: a code went by SMS", account, person.get().getId());
        reply(message, "zalo.otp.sent", Map.of("phone", phone.national(), "minutes", otp.validity().toMinutes()));
    }

    private void verify(InboundMessage message, String typed) {
        OneTimeCodes.Check check = codes.verify(message.senderAddress(), typed);
        switch (check.result()) {
            case RIGHT -> linked(message, links.link(CHANNEL, message.senderAddress(), check.personId()), "by a one-time code");
            case WRONG -> reply(message, "zalo.otp.wrong", Map.of("left", check.triesLeft()));
            case LOCKED -> reply(message, "zalo.otp.locked", Map.of());
            case EXPIRED -> reply(message, "zalo.otp.expired", Map.of());
            case NONE -> reply(message, "zalo.otp.none", Map.of());
        }
    }

    private void linked(InboundMessage message, Person person, String how) {
        log.info("Zalo account {} linked to person {} {}", message.senderAddress(), person.getId(), how);
        reply(message, "zalo.linked", Map.of("name", person.getName()));
    }

    private void reply(InboundMessage message, String key, Map<String, ?> params) {
        notifications.reply(message, Notice.info(key, params));
    }

    private static Optional<PhoneNumber> phone(String text) {
        if (!PHONE.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(PhoneNumber.parse(text));
        } catch (InvalidPhoneNumberException e) {
            return Optional.empty();
        }
    }
}
