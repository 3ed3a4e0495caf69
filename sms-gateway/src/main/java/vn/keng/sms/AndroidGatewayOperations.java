package vn.keng.sms;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the phones' upkeep on a thread of its own (HTTP calls to a phone may take the whole time-out;
 * the application's shared scheduler must not wait for them): webhook registration at start and every
 * {@code webhook-check}, the silence check every {@code watch-interval}.
 */
class AndroidGatewayOperations implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AndroidGatewayOperations.class);
    static final Duration REGISTRATION_TICK = Duration.ofSeconds(10);

    private final AndroidPhones phones;
    private final AndroidPhoneStates states;
    private final AndroidWebhookRegistrar registrar;
    private final AndroidDownNotices notices;
    private final Duration watchInterval;
    private final Duration registrationTick;
    private final Clock clock;
    private ScheduledExecutorService executor;

    AndroidGatewayOperations(AndroidPhones phones, AndroidPhoneStates states, AndroidWebhookRegistrar registrar,
            AndroidDownNotices notices, Duration watchInterval, Duration webhookCheck, Clock clock) {
        this.phones = phones;
        this.states = states;
        this.registrar = registrar;
        this.notices = notices;
        this.watchInterval = watchInterval;
        this.registrationTick = webhookCheck.compareTo(REGISTRATION_TICK) < 0 ? webhookCheck : REGISTRATION_TICK;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        try {
            states.ensure(phones.all(), clock.instant());
        } catch (RuntimeException e) {
            log.warn("Android phone rows not created now ({}); the first sign of life creates them", e.toString());
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "android-gateway");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(guarded(registrar::checkDue), 0, Math.max(200, registrationTick.toMillis()),
                TimeUnit.MILLISECONDS);
        long watch = Math.max(200, watchInterval.toMillis());
        executor.scheduleWithFixedDelay(guarded(notices::sweep), watch, watch, TimeUnit.MILLISECONDS);
        log.info("Android phones {} watched (silence checked every {})", phones.all(), watchInterval);
    }

    private static Runnable guarded(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                log.warn("Android gateway upkeep failed: {}", e.toString());
            }
        };
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
