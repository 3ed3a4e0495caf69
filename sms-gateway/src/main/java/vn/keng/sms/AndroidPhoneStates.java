package vn.keng.sms;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code android_gateway_phone} table: what every instance knows of each phone (its last sign of
 * life, whether officials were told it went silent, the last webhook check). Kept in the database so
 * that a ping received by one instance counts for all, and each notice goes out once.
 */
class AndroidPhoneStates {

    /** One phone's row. */
    record State(String phone, Instant watchedSince, Instant lastSeenAt, Instant lastPingAt, String lastEvent,
            String deviceId, Instant downSince, Instant downNotifiedAt, Instant webhooksCheckedAt,
            String webhooksProblem) {
    }

    private final JdbcTemplate jdbc;

    AndroidPhoneStates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates the rows of phones not seen before (watched from now). */
    void ensure(List<AndroidPhone> phones, Instant now) {
        phones.forEach(phone -> ensure(phone.name(), now));
    }

    private void ensure(String phone, Instant now) {
        try {
            jdbc.update("insert into android_gateway_phone (phone, watched_since) select ?, ? where not exists "
                    + "(select 1 from android_gateway_phone where phone = ?)", phone, Timestamp.from(now), phone);
        } catch (DuplicateKeyException e) {
            // another instance created it at the same moment
        }
    }

    /** Records a sign of life: any authentic webhook, a system:ping among them. */
    void seen(String phone, String event, String deviceId, boolean ping, Instant at) {
        int updated = jdbc.update("update android_gateway_phone set last_seen_at = ?, last_event = ?, "
                + "device_id = coalesce(?, device_id), last_ping_at = case when ? then ? else last_ping_at end "
                + "where phone = ?", Timestamp.from(at), cut(event, 32), cut(deviceId, 64), ping, Timestamp.from(at),
                phone);
        if (updated == 0) {
            ensure(phone, at);
            seen(phone, event, deviceId, ping, at);
        }
    }

    Map<String, State> all() {
        Map<String, State> out = new HashMap<>();
        jdbc.query("select * from android_gateway_phone", rs -> {
            out.put(rs.getString("phone"), new State(rs.getString("phone"), instant(rs.getTimestamp("watched_since")),
                    instant(rs.getTimestamp("last_seen_at")), instant(rs.getTimestamp("last_ping_at")),
                    rs.getString("last_event"), rs.getString("device_id"), instant(rs.getTimestamp("down_since")),
                    instant(rs.getTimestamp("down_notified_at")), instant(rs.getTimestamp("webhooks_checked_at")),
                    rs.getString("webhooks_problem")));
        });
        return out;
    }

    /** Marks the phone as reported down; true for the one caller (of all instances) that must tell officials. */
    boolean claimDownNotice(String phone, Instant silentSince, Instant now) {
        return jdbc.update("update android_gateway_phone set down_since = ?, down_notified_at = ? where phone = ? "
                + "and down_notified_at is null", Timestamp.from(silentSince), Timestamp.from(now), phone) == 1;
    }

    /**
     * Clears the down mark once the phone was seen after it; true for the one caller that must tell
     * officials it is back.
     */
    boolean claimBackNotice(String phone) {
        return jdbc.update("update android_gateway_phone set down_since = null, down_notified_at = null where phone = ? "
                + "and down_notified_at is not null and last_seen_at > down_notified_at", phone) == 1;
    }

    void webhooksChecked(String phone, String problem, Instant at) {
        jdbc.update("update android_gateway_phone set webhooks_checked_at = ?, webhooks_problem = ? where phone = ?",
                Timestamp.from(at), cut(problem, 300), phone);
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
