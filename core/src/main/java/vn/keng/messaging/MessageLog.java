package vn.keng.messaging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's conversation across channels: what they sent and what was sent to them, oldest first. */
@Service
@Transactional(readOnly = true)
public class MessageLog {

    private final InboundStore inbound;
    private final Outbox outbox;

    MessageLog(InboundStore inbound, Outbox outbox) {
        this.inbound = inbound;
        this.outbox = outbox;
    }

    public List<Line> forPerson(long personId, int limit) {
        int max = Math.min(limit, 500);
        List<Line> lines = new ArrayList<>();
        for (InboundEntry in : inbound.recentForPerson(personId, max)) {
            lines.add(new Line("in", in.id(), in.channel(), in.text(), in.buttonData(), List.of(), in.status(), null,
                    in.outcome(), in.receivedAt(), List.of()));
        }
        List<OutboxEntry> sent = outbox.recentForPerson(personId, max);
        Map<Long, List<File>> files = outbox.attachmentFiles(
                sent.stream().filter(o -> o.attachmentCount() > 0).map(OutboxEntry::id).toList());
        for (OutboxEntry out : sent) {
            lines.add(new Line("out", out.id(), out.channel(), out.text(), null, out.options(), out.status().name(),
                    out.priority(), null, out.createdAt(), files.getOrDefault(out.id(), List.of())));
        }
        lines.sort(Comparator.comparing(Line::at).thenComparing(Line::direction, Comparator.reverseOrder()));
        return lines.size() > max ? lines.subList(lines.size() - max, lines.size()) : lines;
    }

    /**
     * One message of a conversation; {@code understood}: how an inbound message was read (intent, confidence,
     * rule); {@code attachments}: the files sent with an outbound message (a report's chart, PDF, workbook).
     */
    public record Line(String direction, long id, ChannelType channel, String text, String buttonData,
            List<ReplyOption> options, String status, Priority priority, String understood, Instant at,
            List<File> attachments) {
    }

    /** A file sent with a message, without its content ({@link OutboxQueries#attachment} has it). */
    public record File(int position, String fileName, String contentType) {
    }
}
