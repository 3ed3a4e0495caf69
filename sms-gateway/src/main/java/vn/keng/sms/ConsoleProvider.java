package vn.keng.sms;

import java.time.Clock;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.keng.messaging.SendOutcome;

/** Sends nothing: logs the SMS with the number masked and keeps it in {@link SmsConsole}. */
class ConsoleProvider implements SmsProvider {

    private static final Logger log = LoggerFactory.getLogger(ConsoleProvider.class);

    private final SmsConsole console;
    private final Clock clock;

    ConsoleProvider(SmsConsole console, Clock clock) {
        this.console = console;
        this.clock = clock;
    }

    @Override
    public ProviderKind kind() {
        return ProviderKind.CONSOLE;
    }

    @Override
    public SendOutcome send(OutgoingSms sms) {
        String id = "console-" + UUID.randomUUID();
        console.add(new SmsConsole.Message(id, sms.to(), sms.text(), sms.segments(), sms.priority(), clock.instant()));
        log.info("SMS to {} ({} segment(s), {}): {}", sms.maskedTo(), sms.segments(), sms.priority(), sms.text());
        return SendOutcome.sent(id, sms.segments());
    }
}
