package vn.keng.telegram;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import okhttp3.OkHttpClient;

import vn.keng.platform.Backoff;

/**
 * Long polling ({@code keng.telegram.mode=polling}) through TelegramBots' long-polling runner,
 * against {@code keng.telegram.api-url}. Updates go to the same {@link TelegramInbound} as webhook
 * ones. The runner has already moved past an update when it hands it over, so when the core cannot
 * take it (database down) this consumer retries it a few times, pausing between tries, before
 * giving up on it.
 */
@Component
@ConditionalOnProperty(name = "keng.telegram.mode", havingValue = "polling")
class TelegramPolling implements SmartLifecycle, LongPollingUpdateConsumer {

    static final List<String> ALLOWED_UPDATES = List.of("message", "callback_query", "my_chat_member");
    private static final Logger log = LoggerFactory.getLogger(TelegramPolling.class);
    private static final int ATTEMPTS = 5;
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
    /** An update the core could not store: 1, 2, 4, 8 s between the attempts. */
    private static final Backoff STORING = Backoff.doubling(FIRST_PAUSE, Duration.ofSeconds(16));

    private final TelegramSettings settings;
    private final UpdateJson json;
    private final TelegramInbound inbound;
    private TelegramBotsLongPollingApplication application;

    TelegramPolling(TelegramSettings settings, UpdateJson json, TelegramInbound inbound) {
        this.settings = settings;
        this.json = json;
        this.inbound = inbound;
    }

    @Override
    public void start() {
        OkHttpClient http = new OkHttpClient.Builder().connectTimeout(settings.connectTimeout())
                .readTimeout(settings.pollTimeout().plus(settings.readTimeout())).build();
        application = new TelegramBotsLongPollingApplication(json::mapper, () -> http);
        int waitSeconds = (int) settings.pollTimeout().toSeconds();
        try {
            application.registerBot(settings.token(), settings::telegramUrl, last -> GetUpdates.builder()
                    .offset(last + 1).limit(100).timeout(waitSeconds).allowedUpdates(ALLOWED_UPDATES).build(), this);
            log.info("Telegram long polling started against {}", settings.apiUrl());
        } catch (TelegramApiException e) {
            throw new IllegalStateException("Telegram long polling could not start: " + e.getMessage(), e);
        }
    }

    @Override
    public void consume(List<Update> updates) {
        updates.forEach(this::consume);
    }

    private void consume(Update update) {
        STORING.retry(ATTEMPTS, InboundUnavailable.class, () -> inbound.handle(update),
                (attempt, wait, e) -> log.warn("Telegram update {} not stored (attempt {}), retrying in {}",
                        update.getUpdateId(), attempt, wait),
                (attempts, e) -> log.error("Telegram update {} lost after {} attempts: {}", update.getUpdateId(),
                        attempts, e.getMessage()));
    }

    @Override
    public void stop() {
        try {
            if (application != null) {
                application.close();
            }
        } catch (Exception e) {
            log.warn("Telegram long polling did not stop cleanly: {}", e.getMessage());
        } finally {
            application = null;
        }
    }

    @Override
    public boolean isRunning() {
        return application != null;
    }
}
