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
                        + "received_at, stored_at, status) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RECEIVED')",
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
                return ps;
            }, keys);
        } catch (DuplicateKeyException e) {
            return Optional.empty();
        }
        return Optional.of(keys.getKey().longValue());
    }

    /** Takes a RECEIVED message for handling; false if another worker or instance took it. */
    boolean claim(long id) {
        return jdbc.update("update inbound_message set status = 'HANDLING' where id = ? and status = 'RECEIVED'", id) == 1;
    }

    void finish(long id, Long personId, String status, String outcome, Instant now) {
        jdbc.update("update inbound_message set status = ?, person_id = ?, outcome = ?, handled_at = ? where id = ?",
                status, personId, cut(outcome, 300), Timestamp.from(now), id);
    }

    /** Messages stored but never handled (a crash between storing and handling), oldest first. */
    List<Long> unhandled(Instant storedBefore, int limit) {
        return jdbc.queryForList("select id from inbound_message where status in ('RECEIVED', 'HANDLING') and stored_at < ? "
                + "order by id limit ?", Long.class, Timestamp.from(storedBefore), limit);
    }

    void reset(long id) {
        jdbc.update("update inbound_message set status = 'RECEIVED' where id = ? and status = 'HANDLING'", id);
    }

    Optional<InboundMessage> load(long id) {
        return jdbc.query("select * from inbound_message where id = ?", (rs, n) -> {
            double lat = rs.getDouble("latitude");
            GeoLocation location = rs.wasNull() ? null : new GeoLocation(lat, rs.getDouble("longitude"));
            return new InboundMessage(ChannelType.valueOf(rs.getString("channel")), rs.getString("provider_message_id"),
                    rs.getString("sender_address"), rs.getString("chat_address"), rs.getString("text"), location,
                    rs.getString("button_data"), rs.getString("attachment_ref"),
                    rs.getTimestamp("received_at").toInstant());
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
