package vn.keng.messaging;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.keng.registry.Communes;
import vn.keng.registry.People;
import vn.keng.registry.Person;

/**
 * Sends an alarm or a duty message again on the person's next channel when the first failed for
 * good (bot blocked, number invalid, undelivered): Telegram, then SMS. The message is rendered again
 * from its template and parameters for that channel: on SMS its {@code .sms} variant, never the chat text. Only where the commune sends
 * them on one channel: by default they already went on every channel at once.
 */
@Component
class Fallbacks {

    private static final Logger log = LoggerFactory.getLogger(Fallbacks.class);

    private final Outbox outbox;
    private final People people;
    private final Communes communes;
    private final ChannelSenders senders;
    private final Rendering rendering;
    private final OutboxSignal signal;
    private final Clock clock;

    Fallbacks(Outbox outbox, People people, Communes communes, ChannelSenders senders, Rendering rendering,
            OutboxSignal signal, Clock clock) {
        this.outbox = outbox;
        this.people = people;
        this.communes = communes;
        this.senders = senders;
        this.rendering = rendering;
        this.signal = signal;
        this.clock = clock;
    }

    /**
     * Queues the row's message on the next channel and marks the row FELL_BACK. Must run in a transaction.
     *
     * @return false when there is no next channel (the caller marks the row failed)
     */
    boolean fallBack(OutboxEntry row, String reason) {
        if (row.personId() == null) {
            return false;
        }
        Person person = people.findById(row.personId()).orElse(null);
        if (person == null) {
            return false;
        }
        boolean smsAlways = communes.findById(person.getCommuneId()).map(c -> c.isSmsAlways()).orElse(true);
        if (row.priority().critical() && smsAlways) {
            return false; // it went on every channel at once: there is no next one
        }
        List<ChannelSenders.Route> routes = senders.routes(person);
        int current = -1;
        for (int i = 0; i < routes.size(); i++) {
            if (routes.get(i).channel() == row.channel()) {
                current = i;
            }
        }
        if (current < 0 || current + 1 >= routes.size()) {
            return false;
        }
        ChannelSenders.Route next = routes.get(current + 1);
        boolean unicode = communes.findById(person.getCommuneId()).map(c -> c.isSmsUnicode()).orElse(false);
        String params = outbox.params(row.id());
        Notice notice = NoticeParams.decode(row, params);
        // rendered again from its template (SMS: its ".sms" variant); rows written before V110 are converted
        Rendering.Rendered rendered = notice != null
                ? rendering.render(notice, person.getLanguage(), next.channel(), unicode)
                : rendering.convert(row.text(), row.options(), person.getLanguage(), next.channel(), unicode);
        long id = outbox.insert(next.channel(), next.address(), person.getId(), row.template(), rendered.text(),
                rendered.options(), row.priority(), row.correlationKind() == null ? null
                        : new Correlation(row.correlationKind(), row.correlationId()),
                row.validUntil(), row.id(), clock.instant(), person.getCommuneId(), null, params);
        outbox.markFinal(row.id(), OutboxStatus.FELL_BACK, reason);
        signal.afterCommit(next.channel());
        log.info("Outbox row {} failed on {} ({}); fell back to {} as row {}", row.id(), row.channel(), reason,
                next.channel(), id);
        return true;
    }
}
