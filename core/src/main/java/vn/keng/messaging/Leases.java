package vn.keng.messaging;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps this instance's claims short and alive, and takes over those of dead instances. Every tick
 * (a tenth of the lease, between 0.2 and 1 s) it
 * <ol>
 * <li>adopts the journal files of stopped instances in its journal directory and syncs its own;</li>
 * <li>writes the "sent" of sends a provider accepted whose status write failed (the journal), until
 * the database takes it;</li>
 * <li>renews the leases of the outbox rows and inbound messages this instance still works on;</li>
 * <li>takes over outbox rows left SENDING whose lease ran out: marked SENT if this instance's journal
 * knows the provider accepted them, otherwise put back in the queue, due at once (inbound messages
 * are taken over by the inbound recovery sweep);</li>
 * <li>beats its heart in {@code messaging_instance}, so the local rate limit used while Redis is
 * down knows how many instances share a channel.</li>
 * </ol>
 * At start it takes over every expired lease at once (the instance id is per process, so a
 * restarted instance's former claims are taken over like any other's). After a tick that could not
 * reach the database, or reached it only after half a lease (a cut that held the connection pool
 * waiting), it waits one lease before taking anything over, so that instances cut off with it renew
 * their leases and write their journal first.
 */
@Component
class Leases implements SmartLifecycle, vn.keng.platform.LiveInstances {

    private static final Logger log = LoggerFactory.getLogger(Leases.class);

    private final Outbox outbox;
    private final InboundStore inbound;
    private final SendJournal journal;
    private final MessagingInstance instance;
    private final OutboxSignal signal;
    private final TransactionTemplate tx;
    private final JdbcTemplate jdbc;
    private final MessagingSettings settings;
    private final Clock clock;
    private volatile boolean running;
    private volatile Thread thread;
    private volatile int liveInstances = 1;
    private volatile Instant takeOverNotBefore = Instant.MIN;
    private Instant nextHeartbeat = Instant.MIN;

    Leases(Outbox outbox, InboundStore inbound, SendJournal journal, MessagingInstance instance, OutboxSignal signal,
            TransactionTemplate tx, JdbcTemplate jdbc, MessagingSettings settings, Clock clock) {
        this.outbox = outbox;
        this.inbound = inbound;
        this.journal = journal;
        this.instance = instance;
        this.signal = signal;
        this.tx = tx;
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Instances that beat their heart within three leases, this one included (at least 1): the
     * platform's {@link vn.keng.platform.Limiter} shares its local limits by this.
     */
    @Override
    public int count() {
        return liveInstances;
    }

    Duration tick() {
        long millis = Math.max(200, Math.min(1000, settings.lease().toMillis() / 10));
        return Duration.ofMillis(millis);
    }

    @Override
    public void start() {
        running = true;
        Thread t = new Thread(this::loop, "messaging-leases");
        t.setDaemon(true);
        thread = t;
        t.start();
        log.info("Messaging instance {}: leases of {}", instance.id(), settings.lease());
    }

    private void loop() {
        while (running) {
            runOnce();
            try {
                Thread.sleep(tick().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** One tick; never throws. */
    void runOnce() {
        Instant started = clock.instant();
        try {
            journal.adoptOrphans();
            journal.force();
            writeJournal();
            renew();
            Instant now = clock.instant();
            if (Duration.between(started, now).compareTo(settings.lease().dividedBy(2)) > 0) {
                // The database answered, but late (a cut that held the pool waiting): peers cut off with this
                // instance may not have renewed their leases or written their journals yet.
                takeOverNotBefore = now.plus(settings.lease());
                log.warn("Lease keeping waited {} ms for the database; taking nothing over for one lease",
                        Duration.between(started, now).toMillis());
            }
            if (!now.isBefore(takeOverNotBefore)) {
                takeOver(now);
            }
            heartbeat(now);
        } catch (RuntimeException e) {
            takeOverNotBefore = clock.instant().plus(settings.lease());
            log.warn("Lease keeping failed (database unreachable?); {} accepted sends wait in the journal: {}",
                    journal.size(), e.toString());
        }
    }

    private void writeJournal() {
        List<SendJournal.Accepted> unwritten = journal.unwritten();
        if (unwritten.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        tx.executeWithoutResult(s -> {
            for (SendJournal.Accepted a : unwritten) {
                outbox.markSentFromJournal(a.outboxId(), a.providerMessageId(), a.segments(), now);
            }
        });
        journal.written(unwritten.stream().map(SendJournal.Accepted::outboxId).toList());
        log.info("Wrote the status of {} sends the provider had accepted while the database was unreachable",
                unwritten.size());
    }

    private void renew() {
        Set<Long> outboxIds = journal.outboxLeases();
        Set<Long> inboundIds = journal.inboundLeases();
        if (outboxIds.isEmpty() && inboundIds.isEmpty()) {
            return;
        }
        Instant until = clock.instant().plus(settings.lease());
        tx.executeWithoutResult(s -> {
            outbox.renew(outboxIds, instance.id(), until);
            inbound.renew(inboundIds, instance.id(), until);
        });
    }

    private void takeOver(Instant now) {
        Set<Long> mine = journal.outboxLeases();
        List<Long> writtenFromJournal = new ArrayList<>();
        Integer taken = tx.execute(s -> {
            int count = 0;
            for (Outbox.Orphan orphan : outbox.expired(now, now.minus(settings.lease()), 500)) {
                var accepted = journal.acceptedSend(orphan.id());
                if (accepted.isPresent()) {
                    outbox.markSentFromJournal(orphan.id(), accepted.get().providerMessageId(), accepted.get().segments(),
                            now);
                    writtenFromJournal.add(orphan.id());
                } else if (!mine.contains(orphan.id()) || !instance.id().equals(orphan.claimedBy())) {
                    outbox.takeOver(orphan.id(), "taken over from instance " + orphan.claimedBy()
                            + " after its lease ran out (possible duplicate if the provider had accepted it)");
                    count++;
                }
            }
            return count;
        });
        journal.written(writtenFromJournal);
        if (taken != null && taken > 0) {
            log.warn("Took over {} outbox rows whose instance's lease ran out; they go out now", taken);
            for (ChannelType channel : ChannelType.values()) {
                signal.wake(channel, true);
            }
        }
    }

    private void heartbeat(Instant now) {
        if (now.isBefore(nextHeartbeat)) {
            return;
        }
        nextHeartbeat = now.plus(settings.lease().dividedBy(2));
        Timestamp ts = Timestamp.from(now);
        if (jdbc.update("update messaging_instance set seen_at = ? where id = ?", ts, instance.id()) == 0) {
            jdbc.update("insert into messaging_instance (id, started_at, seen_at) values (?, ?, ?)", instance.id(), ts, ts);
        }
        Integer live = jdbc.queryForObject("select count(*) from messaging_instance where seen_at > ?", Integer.class,
                Timestamp.from(now.minus(settings.lease().multipliedBy(3))));
        liveInstances = Math.max(1, live == null ? 1 : live);
        jdbc.update("delete from messaging_instance where seen_at < ?", Timestamp.from(now.minus(Duration.ofDays(1))));
    }

    @Override
    public void stop() {
        running = false;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        runOnce(); // the last renewals and journal writes, after the dispatcher stopped
        try {
            jdbc.update("delete from messaging_instance where id = ?", instance.id());
        } catch (RuntimeException e) {
            log.debug("Could not remove the heartbeat of {}: {}", instance.id(), e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 200; // start before the dispatcher, stop after it
    }
}
