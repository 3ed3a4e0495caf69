package vn.keng.messaging;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the outbox for live views, the admin API and the other modules' timelines. */
@Service
@Transactional(readOnly = true)
public class OutboxQueries {

    private final Outbox outbox;

    OutboxQueries(Outbox outbox) {
        this.outbox = outbox;
    }

    public List<OutboxEntry> recentForPerson(long personId, int limit) {
        return outbox.recentForPerson(personId, Math.min(limit, 500));
    }

    public List<OutboxEntry> recent(int limit) {
        return outbox.recent(Math.min(limit, 500));
    }

    public List<OutboxEntry> byCorrelation(Correlation correlation) {
        return outbox.byCorrelation(correlation.kind(), correlation.id());
    }

    public Optional<OutboxEntry> find(long id) {
        return outbox.find(id);
    }

    /** A file sent with a message, by its position among the message's files (Zalo serves pictures by a link to it). */
    public Optional<Attachment> attachment(long outboxId, int position) {
        return outbox.attachment(outboxId, position);
    }
}
