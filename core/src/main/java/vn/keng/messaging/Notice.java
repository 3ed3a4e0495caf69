package vn.keng.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A message to send, before it is rendered: a template key from the message bundles
 * ({@code messages_vi.properties}, {@code messages_en.properties}) with named parameters
 * ({@code {village}}), the options the recipient may answer with, a priority and a correlation.
 *
 * @param template the template key, e.g. {@code duty.reminder}
 * @param params values for the template's {@code {name}} placeholders
 * @param options answers offered, numbered 1, 2... in this order unless an option names its digit
 * @param priority alarm, duty, report or info
 * @param correlation what it is about, or null
 * @param validUntil the latest moment the message is worth delivering, or null
 * @param attachments files for channels that carry them
 */
public record Notice(String template, Map<String, ?> params, List<Option> options, Priority priority,
        Correlation correlation, Instant validUntil, List<Attachment> attachments) {

    public Notice {
        params = params == null ? Map.of() : Map.copyOf(params);
        options = options == null ? List.of() : List.copyOf(options);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        priority = priority == null ? Priority.INFO : priority;
    }

    public static Notice of(String template, Map<String, ?> params, Priority priority) {
        return new Notice(template, params, List.of(), priority, null, null, List.of());
    }

    public static Notice info(String template, Map<String, ?> params) {
        return of(template, params, Priority.INFO);
    }

    public Notice withOptions(List<Option> options) {
        return new Notice(template, params, options, priority, correlation, validUntil, attachments);
    }

    public Notice withCorrelation(Correlation correlation) {
        return new Notice(template, params, options, priority, correlation, validUntil, attachments);
    }

    public Notice withValidUntil(Instant validUntil) {
        return new Notice(template, params, options, priority, correlation, validUntil, attachments);
    }

    public Notice withAttachments(List<Attachment> attachments) {
        return new Notice(template, params, options, priority, correlation, validUntil, attachments);
    }

    /**
     * An answer offered with a notice.
     *
     * @param labelTemplate the template key of its label (e.g. {@code option.coming})
     * @param data what comes back when it is chosen: {@code handler:action:id}, at most 64 bytes
     * @param number the digit that selects it, or null for the next one (1, 2, ...)
     */
    public record Option(String labelTemplate, String data, Integer number) {

        public Option(String labelTemplate, String data) {
            this(labelTemplate, data, null);
        }
    }
}
