package vn.keng.zalo;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import vn.keng.platform.Backoff;

/**
 * Long polling ({@code keng.zalo.mode=polling}) for a laptop or a commune office without a public
 * address: one thread calls {@code getUpdates} (after {@code deleteWebhook}: Zalo refuses polling
 * while a webhook is set) and hands each update to the same {@link ZaloInbound} as the webhook.
 * A failing call backs off 1 s, 2 s, 4 s... up to a minute; an update the core cannot take is tried
 * again a few times, pausing between tries, before it is logged as lost.
 */
@Component
@ConditionalOnProperty(name = "keng.zalo.mode", havingValue = "polling")
class ZaloPolling implements SmartLifecycle {

    static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    static final Duration MAX_BACKOFF = Duration.ofMinutes(1);
    private static final Backoff POLLING = Backoff.doubling(FIRST_BACKOFF, MAX_BACKOFF);
    /** An update the core could not store: 1, 2, 4, 8 s between the attempts. */
    private static final Backoff STORING = Backoff.doubling(FIRST_BACKOFF, Duration.ofSeconds(16));
    private static final Logger log = LoggerFactory.getLogger(ZaloPolling.class);
    private static final int ATTEMPTS = 5;

    private final ZaloBotApi api;
    private final ZaloInbound inbound;
    private final ZaloSettings settings;
    private volatile Thread thread;

    ZaloPolling(ZaloBotApi api, ZaloInbound inbound, ZaloSettings settings) {
        this.api = api;
        this.inbound = inbound;
        this.settings = settings;
    }

    @Override
    public void start() {
        Thread poller = new Thread(this::run, "zalo-polling");
        poller.setDaemon(true);
        thread = poller;
        poller.start();
        log.info("Zalo long polling started against {}", settings.apiUrl());
    }

    private void run() {
        Duration backoff = FIRST_BACKOFF;
        boolean webhookDeleted = false;
        while (thread == Thread.currentThread() && !Thread.currentThread().isInterrupted()) {
            try {
                if (!webhookDeleted) {
                    api.deleteWebhook();
                    webhookDeleted = true;
                }
                List<ZaloUpdate> updates = api.getUpdates(settings.pollTimeout());
                updates.forEach(this::consume);
                backoff = FIRST_BACKOFF;
            } catch (ZaloApiException e) {
                log.warn("Zalo {} failed ({}); polling again in {}", e.method(), ZaloErrors.judge(e).reason(), backoff);
                if (!Backoff.sleep(backoff)) {
                    return;
                }
                backoff = POLLING.next(backoff);
            } catch (RuntimeException e) {
                log.warn("Zalo polling failed ({}); polling again in {}", e.toString(), backoff);
                if (!Backoff.sleep(backoff)) {
                    return;
                }
                backoff = POLLING.next(backoff);
            }
        }
    }

    private void consume(ZaloUpdate update) {
        STORING.retry(ATTEMPTS, InboundUnavailable.class, () -> inbound.handle(update),
                (attempt, wait, e) -> log.warn("Zalo update not stored (attempt {}), retrying in {}", attempt, wait),
                (attempts, e) -> log.error("Zalo update lost after {} attempts: {}", attempts, e.getMessage()));
    }

    @Override
    public void stop() {
        Thread poller = thread;
        thread = null;
        if (poller != null) {
            poller.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }
}
