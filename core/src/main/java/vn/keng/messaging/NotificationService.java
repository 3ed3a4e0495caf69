package vn.keng.messaging;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.keng.registry.Communes;
import vn.keng.registry.Language;
import vn.keng.registry.People;
import vn.keng.registry.Person;

/** Writes rendered outbox rows in the caller's transaction and wakes the dispatcher after the commit. */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class NotificationService implements Notifications {

    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);

    private final Outbox outbox;
    private final People people;
    private final Communes communes;
    private final ChannelSenders senders;
    private final Rendering rendering;
    private final AnswerOptions answers;
    private final OutboxSignal signal;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NotificationService(Outbox outbox, People people, Communes communes, ChannelSenders senders, Rendering rendering,
            AnswerOptions answers, OutboxSignal signal, ApplicationEventPublisher events, Clock clock) {
        this.outbox = outbox;
        this.people = people;
        this.communes = communes;
        this.senders = senders;
        this.rendering = rendering;
        this.answers = answers;
        this.signal = signal;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public List<Long> notify(Long personId, Notice notice) {
        Person person = people.findById(personId).orElse(null);
        if (person == null) {
            log.warn("Notice {} to unknown person {} dropped", notice.template(), personId);
            return List.of();
        }
        if (notice.priority() == Priority.INFO && person.isInfoOptOut()) {
            return List.of();
        }
        List<ChannelSenders.Route> routes = senders.deliveries(person, notice.priority(), smsAlways(person.getCommuneId()));
        if (routes.isEmpty()) {
            log.warn("Person {} has no reachable channel; notice {} not sent", personId, notice.template());
            return List.of();
        }
        List<Long> ids = new java.util.ArrayList<>(routes.size());
        for (ChannelSenders.Route route : routes) {
            ids.add(write(route.channel(), route.address(), person, notice, null));
        }
        return ids;
    }

    @Override
    public List<Long> announce(Long personId, Notice notice, java.time.Instant smsNotBefore) {
        List<Long> ids = notify(personId, notice);
        if (smsNotBefore != null && smsNotBefore.isAfter(clock.instant())) {
            outbox.deferSms(ids, smsNotBefore);
        }
        return ids;
    }

    @Override
    public java.util.Optional<ChannelType> infoChannel(Long personId) {
        Person person = people.findById(personId).orElse(null);
        if (person == null || person.isInfoOptOut()) {
            return java.util.Optional.empty();
        }
        return senders.deliveries(person, Priority.INFO, smsAlways(person.getCommuneId())).stream()
                .map(ChannelSenders.Route::channel).findFirst();
    }

    @Override
    public int answered(Long personId, Correlation correlation) {
        int skipped = outbox.markAnswered(personId, correlation, clock.instant());
        if (skipped > 0) {
            log.debug("Person {} answered {}: {} unsent copies skipped", personId, correlation, skipped);
        }
        return skipped;
    }

    @Override
    public int withdraw(Correlation correlation, java.time.Instant queuedBefore) {
        int skipped = outbox.markWithdrawn(correlation, queuedBefore, clock.instant());
        if (skipped > 0) {
            log.info("{}: {} unsent copies withdrawn", correlation, skipped);
        }
        return skipped;
    }

    @Override
    public List<Long> reply(InboundMessage to, Notice notice) {
        Person person = identify(to).orElse(null);
        String address = to.chatAddress() != null ? to.chatAddress() : to.senderAddress();
        // A key pressed during a call is answered by SMS to the same phone: a reply never places a call.
        ChannelType channel = to.channel() == ChannelType.VOICE ? ChannelType.SMS : to.channel();
        if (senders.get(channel).isEmpty()) {
            log.warn("No sender for channel {}; reply {} dropped", channel, notice.template());
            return List.of();
        }
        // An SMS is answered through the provider (and phone) it came in on; a key pressed in a call by the routes.
        String via = to.channel() == ChannelType.SMS ? to.via() : null;
        return List.of(write(channel, address, person, notice, via));
    }

    @Override
    public List<Long> notifyAddress(ChannelType channel, String address, Notice notice) {
        return notifyAddress(channel, address, null, notice);
    }

    @Override
    public List<Long> notifyAddress(ChannelType channel, String address, String via, Notice notice) {
        ChannelType to = channel == ChannelType.VOICE ? ChannelType.SMS : channel;
        if (senders.get(to).isEmpty()) {
            log.warn("No sender for channel {}; notice {} dropped", to, notice.template());
            return List.of();
        }
        Person person = Senders.identify(people, channel, address).orElse(null);
        return List.of(write(to, address, person, notice, channel == ChannelType.SMS ? via : null));
    }

    @Override
    public List<Long> sms(Long personId, Notice notice) {
        if (senders.get(ChannelType.SMS).isEmpty()) {
            log.warn("No SMS channel; notice {} to person {} dropped", notice.template(), personId);
            return List.of();
        }
        Person person = people.findById(personId).orElse(null);
        if (person == null || person.getPhone() == null) {
            return List.of();
        }
        return List.of(write(ChannelType.SMS, person.getPhone().e164(), person, notice, null));
    }

    @Override
    public List<Long> call(Long personId, Notice notice) {
        if (!canCall()) {
            return List.of();
        }
        Person person = people.findById(personId).orElse(null);
        if (person == null || person.getPhone() == null) {
            return List.of();
        }
        return List.of(write(ChannelType.VOICE, person.getPhone().e164(), person, notice, null));
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public boolean canCall() {
        return senders.get(ChannelType.VOICE).isPresent();
    }

    @Override
    public List<Long> notifyTelegramChat(long chatId, Notice notice) {
        if (senders.get(ChannelType.TELEGRAM).isEmpty()) {
            return List.of();
        }
        return List.of(write(ChannelType.TELEGRAM, String.valueOf(chatId), null, notice, null));
    }

    private long write(ChannelType channel, String address, Person person, Notice notice, String via) {
        Language language = person != null ? person.getLanguage() : Language.VI;
        boolean unicode = person != null && unicodeSms(person.getCommuneId());
        Rendering.Rendered rendered = rendering.render(notice, language, channel, unicode);
        long id = outbox.insert(channel, address, person == null ? null : person.getId(), notice.template(),
                rendered.text(), rendered.options(), notice.priority(), notice.correlation(), notice.validUntil(), null,
                clock.instant(), person == null ? null : person.getCommuneId(), via, NoticeParams.encode(notice));
        if (!notice.attachments().isEmpty() && channel != ChannelType.SMS) {
            outbox.insertAttachments(id, notice.attachments());
        }
        if (channel != ChannelType.VOICE) { // a call's key names its option itself; the open question stays as written
            answers.remember(person != null ? AnswerOptions.personKey(person.getId())
                    : AnswerOptions.addressKey(channel, address), rendered.options(),
                    notice.validUntil() == null ? null : java.time.Duration.between(clock.instant(), notice.validUntil()));
        }
        signal.afterCommit(channel);
        events.publishEvent(new MessageActivity(person == null ? null : person.getId(), channel, address));
        return id;
    }

    private boolean smsAlways(Long communeId) {
        return communeId == null || communes.findById(communeId).map(c -> c.isSmsAlways()).orElse(true);
    }

    private boolean unicodeSms(Long communeId) {
        return communeId != null && communes.findById(communeId).map(c -> c.isSmsUnicode()).orElse(false);
    }

    /** The person behind an inbound message's sender address, if known. */
    Optional<Person> identify(InboundMessage message) {
        return Senders.identify(people, message.channel(), message.senderAddress());
    }
}
