package vn.keng.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** Startup: Telegram is off unless chosen, and a chosen mode without its settings stops the service. */
class TelegramSettingsTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(TelegramConfiguration.class);

    @Test
    void offByDefaultWithNoTelegramBeans() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(TelegramClient.class);
        });
    }

    @Test
    void aModeWithoutATokenStopsStartupWithAClearMessage() {
        runner.withPropertyValues("keng.telegram.mode=polling").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("keng.telegram.token")
                    .hasMessageContaining("KENG_TELEGRAM_TOKEN");
        });
    }

    @Test
    void webhookModeAlsoNeedsTheSecret() {
        runner.withPropertyValues("keng.telegram.mode=webhook", "keng.telegram.token=1:x").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("keng.telegram.webhook-secret");
        });
    }

    @Test
    void anApiUrlWithAPathIsRefused() {
        runner.withPropertyValues("keng.telegram.mode=polling", "keng.telegram.token=1:x",
                "keng.telegram.api-url=http://127.0.0.1:9000/telegram").run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("keng.telegram.api-url");
                });
    }

    @Test
    void aCompleteConfigurationMakesTheClientAndMasksTheSecrets() {
        runner.withPropertyValues("keng.telegram.mode=WEBHOOK", "keng.telegram.token=123:secret-token",
                "keng.telegram.webhook-secret=s3cret", "keng.telegram.api-url=http://127.0.0.1:9000").run(context -> {
                    assertThat(context).hasSingleBean(TelegramClient.class);
                    TelegramSettings settings = context.getBean(TelegramSettings.class);
                    assertThat(settings.telegramUrl().getPort()).isEqualTo(9000);
                    assertThat(settings.toString()).doesNotContain("secret-token", "s3cret");
                });
    }
}
