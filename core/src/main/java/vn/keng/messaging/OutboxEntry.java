package vn.keng.messaging;

import java.time.Instant;
import java.util.List;

/** One outbound message as the outbox holds it: what was sent, to whom, on which channel, and how it went. */
public record OutboxEntry(long id, ChannelType channel, String address, Long personId, String template, String text,
        List<ReplyOption> options, Priority priority, String correlationKind, Long correlationId, OutboxStatus status,
        int attempts, Instant nextAttemptAt, Instant validUntil, String providerMessageId, Integer segments,
        String lastError, Long fallbackOf, Instant createdAt, Instant sentAt, Instant deliveredAt, int attachmentCount) {

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
