package vn.keng.zalo;

import java.util.Locale;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when {@code keng.zalo.mode} is anything but {@code off} (its default). */
class ZaloEnabled implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String mode = context.getEnvironment().getProperty("keng.zalo.mode", "off");
        return !mode.strip().toLowerCase(Locale.ROOT).equals("off");
    }
}
