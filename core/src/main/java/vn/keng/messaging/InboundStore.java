package vn.keng.messaging;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The inbound_message table: every message as received, kept whatever became of it. */
@Repository
class InboundStore {

    static final int MAX_TEXT = 20_000;

    private final JdbcTemplate jdbc;

    InboundStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the message as RECEIVED; empty when the same channel and provider id is already stored. */
    Optional<Long> insert(InboundMessage m, String text, boolean truncated, Instant now) {
        var keys = new GeneratedKeyHolder();
        try {
            jdbc.update(con -> {
                var ps = con.prepareStatement("insert into inbound_message (channel, provider_message_id, sender_address, "
                        + "chat_address, text, text_truncated, latitude, longitude, button_data, attachment_ref, "
                        + "received_at, stored_at, status, via) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RECEIVED', ?)",
                        new String[] {"id"});
                ps.setString(1, m.channel().name());
                ps.setString(2, cut(m.providerMessageId(), 128));
                ps.setString(3, cut(m.senderAddress(), 64));
                ps.setString(4, cut(m.chatAddress(), 64));
                ps.setString(5, text);
                ps.setBoolean(6, truncated);
                ps.setObject(7, m.location() == null ? null : m.location().latitude());
                ps.setObject(8, m.location() == null ? null : m.location().longitude());
                ps.setString(9, cut(m.buttonData(), 128));
                ps.setString(10, cut(m.attachmentRef(), 256));
                ps.setTimestamp(11, Timestamp.from(m.receivedAt()));
                ps.setTimestamp(12, Timestamp.from(now));
                ps.setString(13, cut(m.via(), 64));
                return ps;
            }, keys);
        } catch (DuplicateKeyException e) {
            return Optional.empty();
        }
        return Optional.of(keys.getKey().longValue());
    }

    /**
     * Takes a message for handling, for this instance until {@code leaseUntil}: a RECEIVED one, or
     * (the recovery sweep) one whose earlier handler's lease ran out, or a FAILED one due for another
     * attempt. False if another worker or instance has it.
     */
    boolean claim(long id, String instance, Instant now, Instant leaseUntil) {
        return jdbc.update("update inbound_message set status = 'HANDLING', claimed_by = ?, lease_until = ?, "
                + "attempts = attempts + 1 where id = ? and (status = 'RECEIVED' "
                + "or (status = 'HANDLING' and (lease_until < ? or lease_until is null)) "
                + "or (status = 'FAILED' and next_attempt_at <= ?))", instance, Timestamp.from(leaseUntil), id,
                Timestamp.from(now), Timestamp.from(now)) == 1;
    }

    void finish(long id, Long personId, String status, String outcome, Instant now) {
        jdbc.update("update inbound_message set status = ?, person_id = ?, outcome = ?, handled_at = ?, "
                + "next_attempt_at = null, lease_until = null where id = ?", status, personId, cut(outcome, 300),
                Timestamp.from(now), id);
    }

    /** Records a failed handling; {@code nextAttempt} null when there will be none. */
    void fail(long id, String error, Instant nextAttempt, Instant now) {
        jdbc.update("update inbound_message set status = 'FAILED', outcome = ?, handled_at = ?, next_attempt_at = ?, "
                + "lease_until = null where id = ?", cut(error, 300), Timestamp.from(now),
                nextAttempt == null ? null : Timestamp.from(nextAttempt), id);
    }

    int attempts(long id) {
        Integer attempts = jdbc.queryForObject("select attempts from inbound_message where id = ?", Integer.class, id);
        return attempts == null ? 0 : attempts;
    }

    /** Extends this instance's claims on messages it is still handling. */
    int renew(java.util.Collection<Long> ids, String instance, Instant leaseUntil) {
        if (ids.isEmpty()) {
            return 0;
        }
        // rows a handling transaction holds are skipped, not waited for (waiting could deadlock with it)
        List<Long> free = jdbc.queryForList("select id from inbound_message where claimed_by = ? and status = 'HANDLING' "
                + "and id in (" + String.join(",", ids.stream().map(String::valueOf).toList()) + ") order by id "
                + "for update skip locked", Long.class, instance);
        if (free.isEmpty()) {
            return 0;
        }
        return jdbc.update("update inbound_message set lease_until = ? where id in ("
                + String.join(",", free.stream().map(String::valueOf).toList()) + ")", Timestamp.from(leaseUntil));
    }

    /**
     * Messages to handle again, oldest first: stored but never taken (a crash between storing and
     * handling, or a full queue), taken by a handler whose lease ran out (its instance died), or
     * failed and due for another attempt.
     */
    List<Long> due(Instant storedBefore, Instant now, int limit) {
        return jdbc.queryForList("select id from inbound_message where (status = 'RECEIVED' and stored_at < ?) "
                + "or (status = 'HANDLING' and (lease_until < ? or (lease_until is null and stored_at < ?))) "
                + "or (status = 'FAILED' and next_attempt_at <= ?) order by id limit ?", Long.class,
                Timestamp.from(storedBefore), Timestamp.from(now), Timestamp.from(storedBefore), Timestamp.from(now), limit);
    }

    Optional<InboundMessage> load(long id) {
        return jdbc.query("select * from inbound_message where id = ?", (rs, n) -> {
            double lat = rs.getDouble("latitude");
            GeoLocation location = rs.wasNull() ? null : new GeoLocation(lat, rs.getDouble("longitude"));
            return new InboundMessage(ChannelType.valueOf(rs.getString("channel")), rs.getString("provider_message_id"),
                    rs.getString("sender_address"), rs.getString("chat_address"), rs.getString("text"), location,
                    rs.getString("button_data"), rs.getString("attachment_ref"),
                    rs.getTimestamp("received_at").toInstant(), rs.getString("via"));
        }, id).stream().findFirst();
    }

    List<InboundEntry> recentForPerson(long personId, int limit) {
        return jdbc.query("select id, channel, sender_address, text, button_data, status, outcome, received_at "
                + "from inbound_message where person_id = ? order by id desc limit ?", (rs, n) -> new InboundEntry(
                        rs.getLong("id"), ChannelType.valueOf(rs.getString("channel")), rs.getString("sender_address"),
                        rs.getString("text"), rs.getString("button_data"), rs.getString("status"), rs.getString("outcome"),
                        rs.getTimestamp("received_at").toInstant()),
                personId, limit);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
