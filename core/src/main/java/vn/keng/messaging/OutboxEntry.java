package vn.keng.messaging;

import java.time.Instant;
import java.util.List;

/**
 * One outbound message as the outbox holds it: what was sent, to whom, on which channel, and how it
 * went; {@code communeId} is the recipient's commune when it was written, {@code via} the provider it
 * should go through first (a reply to a message that came through it), both possibly null.
 */
public record OutboxEntry(long id, ChannelType channel, String address, Long personId, String template, String text,
        List<ReplyOption> options, Priority priority, String correlationKind, Long correlationId, OutboxStatus status,
        int attempts, Instant nextAttemptAt, Instant validUntil, String providerMessageId, Integer segments,
        String lastError, Long fallbackOf, Instant createdAt, Instant sentAt, Instant deliveredAt, int attachmentCount,
        Long communeId, String via) {

    /** A row without commune or provider preference. */
    public OutboxEntry(long id, ChannelType channel, String address, Long personId, String template, String text,
            List<ReplyOption> options, Priority priority, String correlationKind, Long correlationId,
            OutboxStatus status, int attempts, Instant nextAttemptAt, Instant validUntil, String providerMessageId,
            Integer segments, String lastError, Long fallbackOf, Instant createdAt, Instant sentAt, Instant deliveredAt,
            int attachmentCount) {
        this(id, channel, address, personId, template, text, options, priority, correlationKind, correlationId, status,
                attempts, nextAttemptAt, validUntil, providerMessageId, segments, lastError, fallbackOf, createdAt,
                sentAt, deliveredAt, attachmentCount, null, null);
    }

    /** Options as stored: one per line, "number TAB data TAB label". */
    static String encode(List<ReplyOption> options) {
        if (options == null || options.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (ReplyOption o : options) {
            out.append(o.number()).append('\t').append(clean(o.data())).append('\t').append(clean(o.label())).append('\n');
        }
        return out.toString();
    }

    static List<ReplyOption> decode(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return List.of();
        }
        return encoded.lines().filter(l -> !l.isBlank()).map(l -> {
            String[] parts = l.split("\t", 3);
            return new ReplyOption(Integer.parseInt(parts[0]), parts.length > 2 ? parts[2] : "", parts[1]);
        }).toList();
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
