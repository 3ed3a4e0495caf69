package vn.keng.telegram;

import java.util.Locale;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when {@code keng.telegram.mode} is anything but {@code off} (its default). */
class TelegramEnabled implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String mode = context.getEnvironment().getProperty("keng.telegram.mode", "off");
        return !mode.strip().toLowerCase(Locale.ROOT).equals("off");
    }
}
