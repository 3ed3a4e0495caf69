package vn.keng.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.keng.platform.Backoff;
import vn.keng.registry.Language;
import vn.keng.registry.People;
import vn.keng.registry.Person;

/**
 * Sends the outbox. Per channel, worker threads claim due rows ({@code FOR UPDATE SKIP LOCKED}, so
 * several instances share the work and never send a row twice) with a short lease that
 * {@link Leases} renews while they are in hand, take a rate-limit token (Redis, or a local limiter
 * while Redis is unreachable), call the channel's sender and record the outcome. A batch that cannot
 * go on returns its unsent rows to the queue at once. Every send a provider accepted is journaled
 * ({@link SendJournal}) until its status is written, so a database cut or a crash in between does not
 * send it again. A row an earlier attempt may have delivered (taken over from a dead instance, or
 * after a provider time-out) is first reconciled with the provider when the channel can ask it
 * ({@link Reconciling}), else sent marked as a possible duplicate. Alarms have their own workers that claim only
 * alarms, so a nightly batch never holds a fire alarm back. An instance started with
 * {@code keng.messaging.dispatcher.enabled=false} only receives and queues.
 */
@Component
@ConditionalOnBooleanProperty(name = "keng.messaging.dispatcher.enabled", matchIfMissing = true)
class Dispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final Outbox outbox;
    private final ChannelSenders senders;
    private final RateLimiter limiter;
    private final OutboxSignal signal;
    private final Outcomes outcomes;
    private final TransactionTemplate tx;
    private final MessagingSettings settings;
    private final Clock clock;
    private final MessagingInstance instance;
    private final SendJournal journal;
    private final People people;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    Dispatcher(Outbox outbox, ChannelSenders senders, RateLimiter limiter, OutboxSignal signal, Outcomes outcomes,
            TransactionTemplate tx, MessagingSettings settings, Clock clock, MessagingInstance instance,
            SendJournal journal, People people) {
        this.outbox = outbox;
        this.senders = senders;
        this.limiter = limiter;
        this.signal = signal;
        this.outcomes = outcomes;
        this.tx = tx;
        this.settings = settings;
        this.clock = clock;
        this.instance = instance;
        this.journal = journal;
        this.people = people;
    }

    @Override
    public void start() {
        running = true;
        for (ChannelSender sender : senders.all()) {
            for (int i = 0; i < settings.alarmWorkers(); i++) {
                spawn("dispatch-" + sender.channel() + "-alarm-" + i, () -> work(sender, true));
            }
            for (int i = 0; i < settings.workers(); i++) {
                spawn("dispatch-" + sender.channel() + "-" + i, () -> work(sender, false));
            }
        }
        log.info("Dispatcher started for {}", senders.all());
    }

    private void spawn(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        threads.add(thread);
        thread.start();
    }

    private void work(ChannelSender sender, boolean alarmLane) {
        while (running) {
            try {
                Instant now = clock.instant();
                List<Outbox.Claimed> batch = tx.execute(s -> outbox.claim(sender.channel(), alarmLane,
                        alarmLane ? Math.max(1, settings.batchSize() / 4) : settings.batchSize(), now, instance.id(),
                        now.plus(settings.lease())));
                if (batch == null || batch.isEmpty()) {
                    signal.await(sender.channel(), settings.sweepInterval().toMillis());
                    continue;
                }
                List<Long> ids = batch.stream().map(c -> c.row().id()).toList();
                journal.holdOutbox(ids);
                try {
                    sendBatch(sender, batch);
                } finally {
                    journal.dropOutbox(ids);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("Dispatcher worker for {} failed; retrying shortly", sender.channel(), e);
                pause(1000);
            }
        }
    }

    private void sendBatch(ChannelSender sender, List<Outbox.Claimed> batch) throws InterruptedException {
        List<Outcomes.Result> results = new ArrayList<>(batch.size());
        try {
            for (Outbox.Claimed claimed : batch) {
                Outcomes.Result result = send(sender, claimed);
                if (result.outcome() instanceof SendOutcome.Sent sent) {
                    journal.handed(claimed.row().id(), sent.providerMessageId(), sent.segments());
                }
                results.add(result);
            }
        } catch (InterruptedException e) {
            // Stopping mid-batch: record what was sent and put the rest back in the queue.
            record(results);
            release(batch.subList(results.size(), batch.size()));
            throw e;
        } catch (RuntimeException e) {
            // Whatever failed, claimed rows are not left SENDING: record what was sent, return the rest now.
            log.error("Sending a batch on {} failed; {} unsent rows go back to the queue", sender.channel(),
                    batch.size() - results.size(), e);
            record(results);
            release(batch.subList(results.size(), batch.size()));
            return;
        }
        record(results);
    }

    /**
     * Records outcomes; if the database cannot take them, the sends the provider accepted wait in
     * the journal (written as soon as the database is back, never sent again by this instance),
     * and the other rows go back to the queue when their lease runs out.
     */
    private void record(List<Outcomes.Result> results) {
        if (results.isEmpty()) {
            return;
        }
        List<Long> accepted = results.stream().filter(r -> r.outcome() instanceof SendOutcome.Sent)
                .map(r -> r.row().id()).toList();
        try {
            outcomes.record(results);
        } catch (RuntimeException e) {
            journal.awaitWrite(accepted);
            log.error("Could not record {} send outcomes ({} accepted by the provider are kept in the journal until "
                    + "the database is back): {}", results.size(), accepted.size(), e.toString());
            return;
        }
        journal.written(accepted);
    }

    private void release(List<Outbox.Claimed> unsent) {
        if (unsent.isEmpty()) {
            return;
        }
        List<Long> ids = unsent.stream().map(c -> c.row().id()).toList();
        try {
            tx.executeWithoutResult(s -> outbox.release(ids));
        } catch (RuntimeException e) {
            log.warn("Could not return {} claimed outbox rows; they return when their lease runs out: {}", ids.size(),
                    e.toString());
        }
    }

    private Outcomes.Result send(ChannelSender sender, Outbox.Claimed claimed) throws InterruptedException {
        if (!running) {
            throw new InterruptedException("dispatcher stopping");
        }
        OutboxEntry row = claimed.row();
        if (Validity.expired(row.validUntil(), clock.instant())) {
            return new Outcomes.Result(row, null, true);
        }
        OutboundEnvelope envelope = envelope(sender, claimed);
        if (envelope.possibleDuplicate() && sender instanceof Reconciling reconciling) {
            SendOutcome found = reconcile(reconciling, envelope);
            if (found != null) {
                return new Outcomes.Result(row, found, false);
            }
        }
        double rate = sender.ratePerSecond() > 0 ? sender.ratePerSecond() : settings.defaultRate(sender.channel());
        while (true) {
            long waitMicros = limiter.tryAcquire(sender.channel(), row.address(), row.priority() == Priority.ALARM,
                    rate, sender.ratePerAddressPerSecond(), settings.alarmReserve());
            if (waitMicros <= 0) {
                break;
            }
            long millis = Math.max(1, Math.min(1000, waitMicros / 1000));
            Thread.sleep(millis, (int) ((waitMicros % 1000) * 1000 % 1_000_000));
        }
        SendOutcome outcome;
        try {
            outcome = sender.send(envelope);
            if (outcome == null) {
                outcome = SendOutcome.retryLater(Duration.ZERO, "sender returned nothing");
            }
        } catch (RuntimeException e) {
            log.warn("Sender {} threw for outbox row {}: {}", sender.channel(), row.id(), e.toString());
            outcome = SendOutcome.retryLater(Duration.ZERO, "sender error: " + e.getClass().getSimpleName());
        }
        return new Outcomes.Result(row, outcome, false);
    }

    private OutboundEnvelope envelope(ChannelSender sender, Outbox.Claimed claimed) {
        OutboxEntry row = claimed.row();
        List<ReplyOption> buttons = sender.channel().hasButtons() ? row.options() : List.of();
        List<Attachment> attachments = row.attachmentCount() == 0 || row.channel() == ChannelType.SMS ? List.of()
                : outbox.attachments(row.id());
        Language language = claimed.inDoubtSince() == null || row.personId() == null ? Language.VI
                : people.findById(row.personId()).map(Person::getLanguage).orElse(Language.VI);
        return new OutboundEnvelope(row.id(), row.channel(), row.address(), row.text(), buttons, attachments,
                row.priority(), row.attempts(), row.validUntil(), claimed.inDoubtSince(), language, row.communeId(),
                row.via(), row.createdAt());
    }

    /** The provider's word on a message it may already have: its "sent" when it has it, else null (send it). */
    private SendOutcome reconcile(Reconciling reconciling, OutboundEnvelope envelope) {
        Reconciling.Reconciliation answer;
        try {
            answer = reconciling.reconcile(envelope);
        } catch (RuntimeException e) {
            answer = new Reconciling.Unknown(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        if (answer instanceof Reconciling.Found found) {
            log.info("Outbox row {} on {} was already with the provider ({}): marked sent, not sent again",
                    envelope.outboxId(), envelope.channel(), found.providerMessageId());
            return SendOutcome.sent(found.providerMessageId(), found.segments());
        }
        if (answer instanceof Reconciling.Unknown unknown) {
            log.warn("Could not ask the provider whether it already has outbox row {} on {} ({}): sending it "
                    + "(possible duplicate)", envelope.outboxId(), envelope.channel(), unknown.reason());
        } else {
            log.info("Outbox row {} on {} is not with the provider: sending it", envelope.outboxId(), envelope.channel());
        }
        return null;
    }

    /** Exponential back-off with jitter: base × 2^(attempt-1), at most the configured maximum, ±20%. */
    static Duration backoff(int attempt, Duration base, Duration max) {
        return Backoff.doubling(base, max).afterWithJitter(attempt);
    }

    private void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the workers: they finish the send in hand, record it, and put unsent claimed rows back. */
    @Override
    public void stop() {
        running = false;
        senders.all().forEach(sender -> signal.wake(sender.channel(), false));
        threads.forEach(Thread::interrupt);
        for (Thread thread : threads) {
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100; // start after everything else, stop first
    }
}
