package vn.keng.zalo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * At startup: checks the token ({@code getMe}) and, in webhook mode with a public URL, registers the
 * webhook with its secret. A failure is logged, never fatal: Zalo may be unreachable from where the
 * service runs, and alarms still go by SMS.
 */
@Component
@Conditional(ZaloEnabled.class)
class ZaloStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ZaloStartup.class);

    private final ZaloBotApi api;
    private final ZaloSettings settings;

    ZaloStartup(ZaloBotApi api, ZaloSettings settings) {
        this.api = api;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            ZaloBotApi.BotInfo bot = api.getMe();
            log.info("Zalo bot {} ({}) in {} mode", bot == null ? "?" : bot.accountName(), bot == null ? "?" : bot.id(),
                    settings.mode());
        } catch (ZaloApiException e) {
            log.error("Zalo getMe failed, check keng.zalo.token: {}", ZaloErrors.judge(e).reason());
        }
        if (settings.publicBase() == null) {
            log.warn("keng.zalo.public-url is not set: report charts cannot be sent on Zalo{}",
                    settings.mode() == ZaloSettings.Mode.WEBHOOK ? ", and the webhook must be registered by hand" : "");
        }
        if (settings.mode() == ZaloSettings.Mode.WEBHOOK && settings.publicBase() != null) {
            String url = settings.publicBase() + ZaloWebhook.PATH;
            try {
                api.setWebhook(url, settings.webhookSecret());
                log.info("Zalo webhook registered at {}", url);
            } catch (ZaloApiException e) {
                log.error("Zalo setWebhook({}) failed, updates will not arrive: {}", url, ZaloErrors.judge(e).reason());
            }
        }
    }
}
