package vn.keng.sms;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when the default route or a prefix route names the provider: only used providers need settings. */
abstract class ProviderInUse implements Condition {

    private final ProviderKind kind;

    ProviderInUse(ProviderKind kind) {
        this.kind = kind;
    }

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return SmsRoutes.inUse(context.getEnvironment()).contains(kind);
    }

    static final class Twilio extends ProviderInUse {
        Twilio() {
            super(ProviderKind.TWILIO);
        }
    }

    static final class Android extends ProviderInUse {
        Android() {
            super(ProviderKind.ANDROID);
        }
    }
}
