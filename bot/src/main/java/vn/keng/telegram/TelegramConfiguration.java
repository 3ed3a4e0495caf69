package vn.keng.telegram;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import okhttp3.OkHttpClient;

/**
 * The Telegram channel's beans, present only when {@code keng.telegram.mode} is not {@code off}:
 * one {@link TelegramClient} (the library's interface, injected wherever a Bot API call is made)
 * talking to {@code keng.telegram.api-url}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(TelegramEnabled.class)
@EnableConfigurationProperties(TelegramSettings.class)
class TelegramConfiguration {

    @Bean
    TelegramClient telegramClient(TelegramSettings settings) {
        OkHttpClient http = new OkHttpClient.Builder()
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .writeTimeout(settings.readTimeout())
                .callTimeout(settings.connectTimeout().plus(settings.readTimeout()))
                .build();
        return new OkHttpTelegramClient(http, settings.token(), settings.telegramUrl());
    }

    @Bean
    UpdateJson updateJson() {
        return new UpdateJson();
    }
}
