package vn.keng.telegram;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import vn.keng.registry.Language;

/**
 * At startup: registers the bot's commands (Vietnamese by default, English for English-language
 * apps) and, in webhook mode with a public URL, the webhook with its secret token. A failure is
 * logged, never fatal: Telegram may be unreachable from where the service runs.
 */
@Component
@Conditional(TelegramEnabled.class)
class TelegramStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TelegramStartup.class);

    private final TelegramClient client;
    private final TelegramSettings settings;
    private final TelegramTexts texts;

    TelegramStartup(TelegramClient client, TelegramSettings settings, TelegramTexts texts) {
        this.client = client;
        this.settings = settings;
        this.texts = texts;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            client.execute(SetMyCommands.builder().commands(commands(Language.VI)).build());
            client.execute(SetMyCommands.builder().commands(commands(Language.EN)).languageCode("en").build());
        } catch (TelegramApiException e) {
            log.warn("Telegram setMyCommands failed: {}", e.getMessage());
        }
        if (settings.mode() == TelegramSettings.Mode.WEBHOOK && settings.publicUrl() != null && !settings.publicUrl().isBlank()) {
            String url = settings.publicUrl().replaceAll("/+$", "") + TelegramWebhook.PATH;
            try {
                client.execute(SetWebhook.builder().url(url).secretToken(settings.webhookSecret())
                        .allowedUpdates(TelegramPolling.ALLOWED_UPDATES).build());
                log.info("Telegram webhook registered at {}", url);
            } catch (TelegramApiException e) {
                log.error("Telegram setWebhook({}) failed, updates will not arrive: {}", url, e.getMessage());
            }
        }
    }

    private List<BotCommand> commands(Language language) {
        return List.of(command(language, "start"), command(language, "help"), command(language, "trogiup"),
                command(language, "baocao"), command(language, "huy"));
    }

    private BotCommand command(Language language, String name) {
        return new BotCommand(name, texts.get(language, "telegram.command." + name));
    }
}
