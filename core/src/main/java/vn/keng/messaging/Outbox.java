package vn.keng.messaging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The outbox table through plain JDBC: the dispatcher's hot path (claim with
 * {@code FOR UPDATE SKIP LOCKED}, record outcomes) runs thousands of times a second and needs no
 * entity state. Every method joins the caller's transaction.
 */
@Repository
class Outbox {

    private static final String COLUMNS = "id, channel, address, person_id, template, text, options, priority, "
            + "correlation_kind, correlation_id, status, attempts, next_attempt_at, valid_until, provider_message_id, "
            + "segments, last_error, fallback_of, created_at, sent_at, delivered_at, attachment_count, commune_id, via";

    private final JdbcTemplate jdbc;

    Outbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(ChannelType channel, String address, Long personId, String template, String text,
            List<ReplyOption> options, Priority priority, Correlation correlation, Instant validUntil, Long fallbackOf,
            Instant now, Long communeId, String via, String params) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into outbound_message (channel, address, person_id, template, text, "
                    + "options, priority, correlation_kind, correlation_id, status, attempts, next_attempt_at, "
                    + "valid_until, fallback_of, created_at, commune_id, via, params) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"id"});
            ps.setString(1, channel.name());
            ps.setString(2, address);
            ps.setObject(3, personId);
            ps.setString(4, template);
            ps.setString(5, text);
            ps.setString(6, OutboxEntry.encode(options));
            ps.setShort(7, (short) priority.ordinal());
            ps.setString(8, correlation == null ? null : correlation.kind());
            ps.setObject(9, correlation == null ? null : correlation.id());
            ps.setTimestamp(10, Timestamp.from(now));
            ps.setTimestamp(11, validUntil == null ? null : Timestamp.from(validUntil));
            ps.setObject(12, fallbackOf);
            ps.setTimestamp(13, Timestamp.from(now));
            ps.setObject(14, communeId);
            ps.setString(15, via == null || via.length() <= 64 ? via : via.substring(0, 64));
            ps.setString(16, params);
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    /** Pending SMS rows among these wait until {@code due} (quiet hours): the dispatcher claims only due rows. */
    void deferSms(List<Long> ids, Instant due) {
        for (Long id : ids) {
            jdbc.update("update outbound_message set next_attempt_at = ? where id = ? and channel = 'SMS'"
                    + " and status = 'PENDING'", Timestamp.from(due), id);
        }
    }

    /** What the row was rendered from ({@link NoticeParams}), or null for rows written without it. */
    String params(long id) {
        return jdbc.query("select params from outbound_message where id = ?", rs -> rs.next() ? rs.getString(1) : null, id);
    }

    void insertAttachments(long outboxId, List<Attachment> attachments) {
        for (int i = 0; i < attachments.size(); i++) {
            Attachment a = attachments.get(i);
            jdbc.update("insert into outbound_attachment (outbox_id, position, file_name, content_type, content) "
                    + "values (?, ?, ?, ?, ?)", outboxId, i, a.fileName(), a.contentType(), a.content());
        }
        jdbc.update("update outbound_message set attachment_count = ? where id = ?", attachments.size(), outboxId);
    }

    /** The files of the given messages, without their content: per message id, in order. */
    Map<Long, List<MessageLog.File>> attachmentFiles(java.util.Collection<Long> outboxIds) {
        Map<Long, List<MessageLog.File>> files = new java.util.HashMap<>();
        if (outboxIds.isEmpty()) {
            return files;
        }
        String marks = String.join(",", java.util.Collections.nCopies(outboxIds.size(), "?"));
        jdbc.query("select outbox_id, position, file_name, content_type from outbound_attachment where outbox_id in ("
                + marks + ") order by outbox_id, position", rs -> {
                    files.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                            .add(new MessageLog.File(rs.getInt(2), rs.getString(3), rs.getString(4)));
                }, outboxIds.toArray());
        return files;
    }

    java.util.Optional<Attachment> attachment(long outboxId, int position) {
        return jdbc.query("select file_name, content_type, content from outbound_attachment where outbox_id = ? "
                + "and position = ?", (rs, n) -> new Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3)),
                outboxId, position).stream().findFirst();
    }

    List<Attachment> attachments(long outboxId) {
        return jdbc.query("select file_name, content_type, content from outbound_attachment where outbox_id = ? "
                + "order by position", (rs, n) -> new Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3)),
                outboxId);
    }

    /** A claimed row, with the claim of an earlier attempt that may have reached the provider (or null). */
    record Claimed(OutboxEntry row, Instant inDoubtSince) {
    }

    /**
     * Claims due rows of one channel and lane, alarms first, skipping rows other workers or
     * instances hold; marks them SENDING, claimed by this instance until {@code leaseUntil}. Must run
     * in a transaction.
     */
    List<Claimed> claim(ChannelType channel, boolean alarmLane, int limit, Instant now, String instance,
            Instant leaseUntil) {
        String lane = alarmLane ? "priority = 0" : "priority > 0";
        List<Long> ids = jdbc.queryForList("select id from outbound_message where channel = ? and status = 'PENDING' and "
                + lane + " and next_attempt_at <= ? order by priority, next_attempt_at, id limit ? for update skip locked",
                Long.class, channel.name(), Timestamp.from(now), limit);
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = in(ids);
        jdbc.update("update outbound_message set status = 'SENDING', claimed_at = ?, claimed_by = ?, lease_until = ?, "
                + "attempts = attempts + 1 where id in (" + in + ")", Timestamp.from(now), instance,
                Timestamp.from(leaseUntil));
        return jdbc.query("select " + COLUMNS + ", in_doubt_since from outbound_message where id in (" + in
                + ") order by priority, next_attempt_at, id", (rs, n) -> new Claimed(MAPPER.mapRow(rs, n),
                        instant(rs, "in_doubt_since")));
    }

    /**
     * Extends this instance's claims on rows it still works on. Rows another transaction holds (a
     * worker recording their outcome) are skipped, not waited for: waiting could deadlock with it.
     */
    int renew(java.util.Collection<Long> ids, String instance, Instant leaseUntil) {
        if (ids.isEmpty()) {
            return 0;
        }
        List<Long> free = jdbc.queryForList("select id from outbound_message where claimed_by = ? and status = 'SENDING' "
                + "and id in (" + in(ids) + ") order by id for update skip locked", Long.class, instance);
        if (free.isEmpty()) {
            return 0;
        }
        return jdbc.update("update outbound_message set lease_until = ? where id in (" + in(free) + ")",
                Timestamp.from(leaseUntil));
    }

    /** A row left SENDING by an instance whose lease ran out. */
    record Orphan(long id, String claimedBy) {
    }

    /**
     * SENDING rows whose lease ran out (their instance died or stalled), locked for takeover. Rows
     * claimed before leases existed count as expired once claimed longer than a lease.
     */
    List<Orphan> expired(Instant now, Instant claimedBefore, int limit) {
        return jdbc.query("select id, claimed_by from outbound_message where status = 'SENDING' and (lease_until < ? "
                + "or (lease_until is null and claimed_at < ?)) order by priority, id limit ? for update skip locked",
                (rs, n) -> new Orphan(rs.getLong(1), rs.getString(2)), Timestamp.from(now),
                Timestamp.from(claimedBefore), limit);
    }

    /**
     * Puts an orphaned row back in the queue (it goes out at once: its next attempt is due), in doubt
     * since its claim: its instance may have handed it to the provider before it died.
     */
    void takeOver(long id, String note) {
        jdbc.update("update outbound_message set status = 'PENDING', claimed_by = null, lease_until = null, "
                + "in_doubt_since = coalesce(in_doubt_since, claimed_at), last_error = ? where id = ? "
                + "and status = 'SENDING'", truncate(note), id);
    }

    /**
     * Writes a send the provider accepted, from the journal, unless another instance already
     * recorded an outcome for the row.
     */
    boolean markSentFromJournal(long id, String providerId, int segments, Instant now) {
        return jdbc.update("update outbound_message set status = 'SENT', provider_message_id = ?, segments = ?, "
                + "sent_at = ?, last_error = null, claimed_by = null, lease_until = null "
                + "where id = ? and status in ('SENDING', 'PENDING')", ProviderIds.safe(providerId), segments,
                Timestamp.from(now), id) > 0;
    }

    private static String in(java.util.Collection<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }

    void markSent(long id, String providerId, int segments, Instant now) {
        jdbc.update("update outbound_message set status = 'SENT', provider_message_id = ?, segments = ?, sent_at = ?, "
                + "last_error = null, claimed_by = null, lease_until = null where id = ?", ProviderIds.safe(providerId),
                segments, Timestamp.from(now), id);
    }

    /** Due again at {@code next}; {@code inDoubt}: this attempt may have reached the provider. */
    void markRetry(long id, Instant next, String error, boolean inDoubt) {
        jdbc.update("update outbound_message set status = 'PENDING', next_attempt_at = ?, last_error = ?"
                + (inDoubt ? ", in_doubt_since = coalesce(in_doubt_since, claimed_at)" : "") + " where id = ?",
                Timestamp.from(next), truncate(error), id);
    }

    void markFinal(long id, OutboxStatus status, String error) {
        jdbc.update("update outbound_message set status = ?, last_error = ? where id = ?", status.name(),
                truncate(error), id);
    }

    /** Skips the person's copies of a correlation that have not left yet: they answered on another channel. */
    int markAnswered(Long personId, Correlation correlation, Instant now) {
        return jdbc.update("update outbound_message set status = 'ANSWERED', last_error = ? where person_id = ? "
                + "and correlation_kind = ? and correlation_id = ? and status = 'PENDING'",
                "answered at " + now, personId, correlation.kind(), correlation.id());
    }

    /** Skips a correlation's copies queued before the instant that have not left yet: what they asked is moot. */
    int markWithdrawn(Correlation correlation, Instant queuedBefore, Instant now) {
        return jdbc.update("update outbound_message set status = 'ANSWERED', last_error = ? where correlation_kind = ? "
                + "and correlation_id = ? and status = 'PENDING' and created_at < ?",
                "withdrawn at " + now, correlation.kind(), correlation.id(), java.sql.Timestamp.from(queuedBefore));
    }

    /**
     * Records a provider status report unless the row is already in a later state; {@code units} (the
     * minutes a call was billed), when given, replaces the row's segments.
     */
    boolean markReported(long id, OutboxStatus status, String error, Instant now, Integer units) {
        return jdbc.update("update outbound_message set status = ?, last_error = coalesce(?, last_error), "
                + "delivered_at = case when ? = 'DELIVERED' then ? else delivered_at end, "
                + "segments = coalesce(?, segments) "
                + "where id = ? and status in ('SENT', 'SENDING', 'DELIVERED')", status.name(), truncate(error),
                status.name(), Timestamp.from(now), units, id) > 0;
    }

    /** Puts rows a worker claimed but did not send back in the queue at once, as not attempted. */
    void release(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.update("update outbound_message set status = 'PENDING', attempts = attempts - 1, claimed_by = null, "
                + "lease_until = null where status = 'SENDING' and id in (" + in(ids) + ")");
    }

    Optional<OutboxEntry> findByProvider(ChannelType channel, String providerId) {
        return jdbc.query("select " + COLUMNS + " from outbound_message where channel = ? and provider_message_id = ?",
                MAPPER, channel.name(), ProviderIds.safe(providerId)).stream().findFirst();
    }

    Optional<OutboxEntry> find(long id) {
        return jdbc.query("select " + COLUMNS + " from outbound_message where id = ?", MAPPER, id).stream().findFirst();
    }

    List<OutboxEntry> recentForPerson(long personId, int limit) {
        return jdbc.query("select " + COLUMNS + " from outbound_message where person_id = ? order by id desc limit ?",
                MAPPER, personId, limit);
    }

    List<OutboxEntry> recent(int limit) {
        return jdbc.query("select " + COLUMNS + " from outbound_message order by id desc limit ?", MAPPER, limit);
    }

    List<OutboxEntry> byCorrelation(String kind, long id) {
        return jdbc.query("select " + COLUMNS + " from outbound_message where correlation_kind = ? and correlation_id = ? "
                + "order by id", MAPPER, kind, id);
    }

    /** When an alarm's rows of one correlation began (the first queued), or empty while some still wait to leave. */
    Optional<Instant> alarmFannedOutSince(String kind, long id) {
        return jdbc.query("select sum(case when status in ('PENDING', 'SENDING') then 1 else 0 end), min(created_at) "
                + "from outbound_message where correlation_kind = ? and correlation_id = ? and priority = 0", rs -> {
                    if (!rs.next() || rs.getLong(1) > 0 || rs.getTimestamp(2) == null) {
                        return Optional.<Instant>empty();
                    }
                    return Optional.of(rs.getTimestamp(2).toInstant());
                }, kind, id);
    }

    /** An error text as it can be stored: control characters from a provider's answer dropped, at most 500 characters. */
    private static String truncate(String s) {
        if (s == null) {
            return null;
        }
        String clean = InboundPipeline.sanitize(s);
        return clean.length() <= 500 ? clean : clean.substring(0, 500);
    }

    private static final RowMapper<OutboxEntry> MAPPER = (rs, n) -> new OutboxEntry(rs.getLong("id"),
            ChannelType.valueOf(rs.getString("channel")), rs.getString("address"), nullableLong(rs, "person_id"),
            rs.getString("template"), rs.getString("text"), OutboxEntry.decode(rs.getString("options")),
            Priority.values()[rs.getShort("priority")], rs.getString("correlation_kind"),
            nullableLong(rs, "correlation_id"), OutboxStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
            instant(rs, "next_attempt_at"), instant(rs, "valid_until"), rs.getString("provider_message_id"),
            (Integer) rs.getObject("segments", Integer.class), rs.getString("last_error"), nullableLong(rs, "fallback_of"),
            instant(rs, "created_at"), instant(rs, "sent_at"), instant(rs, "delivered_at"), rs.getInt("attachment_count"),
            nullableLong(rs, "commune_id"), rs.getString("via"));

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
