package vn.keng.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.keng.platform.Limiter;
import vn.keng.platform.SharedKeys;
import vn.keng.registry.People;
import vn.keng.registry.Person;

/**
 * The one inbound pipeline. {@link #receive} drops duplicates (Redis {@code SET NX EX} on channel
 * and provider id, with the database's unique key as the backstop; immediate, as its answer decides
 * whether to store), stores the message and returns; the adapter then acknowledges the provider.
 * Handling happens right after on a worker: identify the sender, apply the per-sender rate limit
 * (the platform's {@link Limiter}: at most {@code inbound-per-minute} in any minute, the slow-down
 * notice at most once a minute), hand the message to the dialog engine, all in one transaction with
 * the replies it queues. Messages stored but never handled (a crash) are picked up
 * again by a sweep.
 */
@Service
class InboundPipeline implements InboundMessages, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InboundPipeline.class);
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final InboundStore store;
    private final People people;
    private final InboundHandler handler;
    private final Notifications notifications;
    private final SharedKeys redis;
    private final Limiter limiter;
    private final TransactionTemplate tx;
    private final MessagingSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MessagingInstance instance;
    private final SendJournal inHand;
    private final MessagingMetrics metrics;
    private volatile boolean running;
    private final Object[] stripes = new Object[64];
    private volatile ThreadPoolExecutor workers = newWorkers();

    InboundPipeline(InboundStore store, People people, InboundHandler handler, Notifications notifications,
            SharedKeys redis, Limiter limiter, TransactionTemplate tx, MessagingSettings settings,
            ApplicationEventPublisher events, Clock clock, MessagingInstance instance, SendJournal inHand,
            MessagingMetrics metrics) {
        this.metrics = metrics;
        this.store = store;
        this.people = people;
        this.handler = handler;
        this.notifications = notifications;
        this.redis = redis;
        this.limiter = limiter;
        this.tx = tx;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
        this.instance = instance;
        this.inHand = inHand;
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new Object();
        }
    }

    @Override
    public Receipt receive(InboundMessage received) {
        InboundMessage message = storable(received);
        String key = "in:" + message.channel().name() + ":" + message.providerMessageId();
        boolean firstSeen = markSeen(key);
        if (!firstSeen) {
            return Receipt.DUPLICATE;
        }
        String text = sanitize(message.text());
        boolean truncated = text.length() > InboundStore.MAX_TEXT;
        Optional<Long> id;
        try {
            id = tx.execute(s -> store.insert(message, truncated ? text.substring(0, InboundStore.MAX_TEXT) : text,
                    truncated, clock.instant()));
        } catch (RuntimeException e) {
            forget(key); // not stored: the provider's retry must not be taken for a duplicate
            throw e;
        }
        if (id == null || id.isEmpty()) {
            return Receipt.DUPLICATE;
        }
        long stored = id.get();
        try {
            workers.execute(() -> handle(stored));
        } catch (RejectedExecutionException e) {
            log.warn("Inbound queue full; message {} will be handled by the recovery sweep", stored);
        }
        return Receipt.ACCEPTED;
    }

    @Override
    public Receipt keep(InboundMessage received, String reason) {
        InboundMessage message = storable(received);
        String text = sanitize(message.text());
        boolean truncated = text.length() > InboundStore.MAX_TEXT;
        Optional<Long> id = tx.execute(s -> {
            Optional<Long> stored = store.insert(message, truncated ? text.substring(0, InboundStore.MAX_TEXT) : text,
                    truncated, clock.instant());
            stored.ifPresent(row -> store.finish(row, null, "IGNORED", reason, clock.instant()));
            return stored;
        });
        return id == null || id.isEmpty() ? Receipt.DUPLICATE : Receipt.ACCEPTED;
    }

    /**
     * Handles one stored message, once, whichever instance gets it: it is claimed with a short lease
     * (renewed while the handling runs, taken over by any instance if this one dies). A failed
     * handling is retried with back-off by the recovery sweep, up to {@code inbound-max-attempts}.
     */
    void handle(long id) {
        Instant now = clock.instant();
        try {
            if (!Boolean.TRUE.equals(tx.execute(s -> store.claim(id, instance.id(), now, now.plus(settings.lease()))))) {
                return;
            }
        } catch (RuntimeException e) {
            log.warn("Could not claim inbound message {} (the recovery sweep will): {}", id, e.toString());
            return;
        }
        inHand.holdInbound(id);
        try {
            InboundMessage message = store.load(id).orElseThrow();
            synchronized (stripes[Math.floorMod(message.senderAddress().hashCode(), stripes.length)]) {
                tx.executeWithoutResult(s -> process(id, message));
            }
        } catch (RuntimeException e) {
            failed(id, e);
        } finally {
            inHand.dropInbound(id);
        }
    }

    private void failed(long id, RuntimeException e) {
        try {
            Instant now = clock.instant();
            int attempts = store.attempts(id);
            Instant next = null;
            if (attempts >= settings.inboundMaxAttempts()) {
                log.error("Handling inbound message {} failed {} times; giving up, it stays FAILED with its error", id,
                        attempts, e);
                metrics.inboundGaveUp();
            } else {
                next = now.plus(Dispatcher.backoff(attempts, settings.backoffBase(), settings.backoffMax()));
                log.warn("Handling inbound message {} failed (attempt {} of {}); retrying at {}", id, attempts,
                        settings.inboundMaxAttempts(), next, e);
            }
            Instant retryAt = next;
            tx.executeWithoutResult(s -> store.fail(id, e.toString(), retryAt, now));
        } catch (RuntimeException f) {
            log.error("Handling inbound message {} failed and the failure could not be recorded; it is taken over "
                    + "once its lease runs out", id, f);
        }
    }

    private void process(long id, InboundMessage message) {
        Optional<Person> sender = Senders.identify(people, message.channel(), message.senderAddress());
        Long personId = sender.map(Person::getId).orElse(null);
        String from = message.channel().name() + ":" + message.senderAddress();
        if (!limiter.allow("inrate:" + from, settings.inboundPerMinute(), MINUTE)) {
            if (limiter.allow("inrate:told:" + from, 1, MINUTE)) {
                notifications.reply(message, Notice.info("messaging.slow-down", java.util.Map.of()));
            }
            store.finish(id, personId, "RATE_LIMITED", "over " + settings.inboundPerMinute() + " per minute",
                    clock.instant());
            metrics.inbound(message.channel(), "RATE_LIMITED", message.receivedAt(), clock.instant());
            return;
        }
        String understood = handler.handle(message, sender);
        store.finish(id, personId, "HANDLED", understood, clock.instant());
        metrics.inbound(message.channel(), "HANDLED", message.receivedAt(), clock.instant());
        events.publishEvent(new MessageActivity(personId, message.channel(), message.senderAddress()));
    }

    private boolean markSeen(String key) {
        try {
            return redis.putIfAbsent(key, "1", settings.dedupeTtl());
        } catch (RuntimeException e) {
            log.warn("Redis unavailable for de-duplication; relying on the database: {}", e.getMessage());
            return true;
        }
    }

    private void forget(String key) {
        try {
            redis.removeNow(key);
        } catch (RuntimeException e) {
            log.warn("Could not forget de-duplication key {}: {}", key, e.getMessage());
        }
    }

    /**
     * The message as it can be stored on either database: control characters and unpaired surrogates
     * in the ids escaped (so two different ids stay different), dropped from the other fields.
     */
    private static InboundMessage storable(InboundMessage m) {
        String id = ProviderIds.safe(m.providerMessageId());
        String sender = ProviderIds.safe(m.senderAddress());
        String chat = m.chatAddress() == null ? null : sanitize(m.chatAddress());
        String button = m.buttonData() == null ? null : sanitize(m.buttonData());
        String attachment = m.attachmentRef() == null ? null : sanitize(m.attachmentRef());
        if (id.equals(m.providerMessageId()) && sender.equals(m.senderAddress())
                && java.util.Objects.equals(chat, m.chatAddress()) && java.util.Objects.equals(button, m.buttonData())
                && java.util.Objects.equals(attachment, m.attachmentRef())) {
            return m;
        }
        log.warn("Inbound {} message {} carried control characters in its ids or addresses: stored escaped (ids) "
                + "or without them", m.channel(), id);
        return new InboundMessage(m.channel(), id, sender, chat, m.text(), m.location(), button, attachment,
                m.receivedAt(), m.via());
    }

    /** Drops control characters (but keeps line breaks) and unpaired surrogates from invalid input. */
    static String sanitize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c) || (Character.isISOControl(c) && c != '\n') || c == '\uFFFD') {
                continue;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Picks up messages to handle again: stored but never taken (a crash between storing and
     * handling, or a full queue), taken by an instance whose lease ran out, or failed and due again.
     */
    @Scheduled(fixedDelayString = "${keng.messaging.recovery-interval:PT2S}")
    void recover() {
        try {
            Instant now = clock.instant();
            for (Long id : store.due(now.minus(settings.lease()), now, 100)) {
                log.info("Recovering inbound message {}", id);
                try {
                    workers.execute(() -> handle(id));
                } catch (RejectedExecutionException e) {
                    return; // the queue is full: the next sweep
                }
            }
        } catch (RuntimeException e) {
            log.warn("Inbound recovery sweep failed: {}", e.toString());
        }
    }

    /** Starts, and starts again after a stop (a paused test context is started again). */
    @Override
    public void start() {
        if (workers.isShutdown()) {
            workers = newWorkers();
        }
        running = true;
    }

    private static ThreadPoolExecutor newWorkers() {
        return new ThreadPoolExecutor(4, 4, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(10_000), r -> {
            Thread t = new Thread(r, "inbound");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * On shutdown, before the database closes: messages in hand and queued are handled (at most
     * 15 s); what is left keeps its stored row and is taken over through its lease or the recovery
     * sweep of this or another instance. Nothing new is accepted into the queue (it waits in the
     * database for the sweep).
     */
    @Override
    public void stop() {
        running = false;
        workers.shutdown();
        try {
            if (!workers.awaitTermination(15, TimeUnit.SECONDS)) {
                log.warn("Inbound handling still running after 15 s of shutdown; left to the leases and the sweep");
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops with the dispatcher, before the lease keeper writes its last renewals. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
