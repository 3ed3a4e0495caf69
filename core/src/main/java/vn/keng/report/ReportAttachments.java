package vn.keng.report;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.keng.messaging.Attachment;

/**
 * Stores the files of outbound messages in {@code outbound_attachment}, in the caller's
 * transaction, for rows on channels that carry files (Telegram, the simulator).
 *
 * <p>INTERIM: the outbox (vn.keng.messaging, owned by the lead) does not store
 * {@code Notice.attachments()} yet, and the dispatcher does not load them into
 * {@code OutboundEnvelope}. Until it does, the report module writes the rows itself; once
 * {@code NotificationService.write} stores attachments, delete this class and pass the files on
 * the notice only (see docs/reports.md).
 */
@Component
class ReportAttachments {

    private final JdbcTemplate jdbc;

    ReportAttachments(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Attaches the files to those outbox rows that go to a channel with files; returns the rows attached to. */
    int attach(List<Long> outboxIds, List<Attachment> files) {
        int attached = 0;
        for (Long id : outboxIds) {
            String channel = jdbc.query("select channel from outbound_message where id = ?",
                    rs -> rs.next() ? rs.getString(1) : null, id);
            if (!"TELEGRAM".equals(channel) && !"SIMULATOR".equals(channel)) {
                continue;
            }
            Integer stored = jdbc.queryForObject("select count(*) from outbound_attachment where outbox_id = ?",
                    Integer.class, id);
            if (stored != null && stored > 0) {
                continue; // the outbox stored them itself (after the lead's change): nothing to do
            }
            int position = 0;
            for (Attachment file : files) {
                jdbc.update("insert into outbound_attachment (outbox_id, position, file_name, content_type, content) "
                        + "values (?, ?, ?, ?, ?)", id, position++, file.fileName(), file.contentType(), file.content());
            }
            attached++;
        }
        return attached;
    }

    /** The files of one outbox row, in order. */
    List<Attachment> of(long outboxId) {
        return jdbc.query("select file_name, content_type, content from outbound_attachment where outbox_id = ? "
                + "order by position", (rs, n) -> new Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3)),
                outboxId);
    }
}
