package vn.keng.report;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.keng.registry.Commune;
import vn.keng.registry.Language;
import vn.keng.registry.Person;
import vn.keng.registry.Registry;
import vn.keng.registry.Role;
import vn.keng.registry.SafetyGroup;
import vn.keng.registry.Village;
import vn.keng.testing.TestPeople;

/**
 * The small fixed data set the report figures are checked against (unique names, any database).
 *
 * <pre>
 * Village one:   12 households, group A 6, group B 3 (outside 5-15), 3 in no group; gongs GOOD, DAMAGED, LOST
 * Village two:   declares 400 households, registers 2, both in group C (outside 5-15); one GOOD gong
 * Village three: nothing
 * SMS (commune time Asia/Ho_Chi_Minh): one 2+1 segments in 2026 (+ a failed 3 and a Telegram 1 not counted),
 *   two 2 at 01:00 on 1/1/2026 local (in 2026) and 5 at 23:00 on 31/12/2025 local (in 2025),
 *   the official (no village) 4 in 2026; a person of another commune 7 in 2026 (not counted)
 * Calls (VOICE): village one's head picked up (2 minutes) and got a busy line, its striker no answer, a failed
 *   call, one with no end yet and one never placed (not counted); village two's resident picked up 1 minute at
 *   01:00 on 1/1/2026 local and 3 at 23:00 on 31/12/2025 local (2025); keys pressed by the head and the
 *   resident (at 01:00 on 1/1/2026 local)
 * Night duty records and incidents: {@link RecordsFixture}
 * </pre>
 */
final class ReportFixture {

    private final Registry registry;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ReportReadModel readModel;

    ReportFixture(Registry registry, JdbcTemplate jdbc, TransactionTemplate tx, ReportReadModel readModel) {
        this.readModel = readModel;
        this.registry = registry;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    record Data(Commune commune, Village one, Village two, Village three, Person official, Person police,
            Person headOfOne, Person striker, Person resident) {
    }

    Data create() {
        return create("Tỉnh Thử");
    }

    /**
     * The fixture commune, and another commune with one SMS, in the given province. The records are
     * written as plain SQL (no events), so the commune's read model is rebuilt from them.
     */
    Data create(String province) {
        Data data = tx.execute(s -> {
            Commune commune = registry.createCommune(TestPeople.unique("Xã Đồng Thịnh"), province);
            Village one = registry.createVillage(commune.getId(), "Thôn Một", null, null);
            Village two = registry.createVillage(commune.getId(), "Thôn Hai", null, 400);
            Village three = registry.createVillage(commune.getId(), "Thôn Ba", null, null);
            SafetyGroup a = registry.createGroup(one.getId(), "Tổ A", null, null);
            SafetyGroup b = registry.createGroup(one.getId(), "Tổ B", null, null);
            SafetyGroup c = registry.createGroup(two.getId(), "Tổ C", null, null);
            for (int i = 0; i < 12; i++) {
                Long group = i < 6 ? a.getId() : i < 9 ? b.getId() : null;
                registry.createHousehold(one.getId(), "H" + i, "Số " + i + " thôn Một", group);
            }
            for (int i = 0; i < 2; i++) {
                registry.createHousehold(two.getId(), "H" + i, "Số " + i + " thôn Hai", c.getId());
            }
            long gong1 = gong(one, "GOOD");
            long gong2 = gong(one, "DAMAGED");
            gong(one, "LOST");
            long gong4 = gong(two, "GOOD");
            Person official = person(commune, null, Role.OFFICIAL);
            Person police = person(commune, null, Role.POLICE);
            Person headOfOne = person(commune, one, Role.VILLAGE_HEAD);
            Person striker = person(commune, one, Role.STRIKER);
            Person resident = person(commune, two, Role.RESIDENT);
            sms(headOfOne, "SMS", "SENT", 2, "2026-03-10T03:00:00Z");
            sms(headOfOne, "SMS", "DELIVERED", 1, "2026-06-10T03:00:00Z");
            sms(headOfOne, "SMS", "FAILED", 3, "2026-06-10T03:00:00Z");
            sms(headOfOne, "TELEGRAM", "SENT", 1, "2026-06-10T03:00:00Z");
            sms(resident, "SMS", "SENT", 2, "2025-12-31T18:00:00Z");
            sms(resident, "SMS", "SENT", 5, "2025-12-31T16:00:00Z");
            sms(official, "SMS", "SENT", 4, "2026-11-01T03:00:00Z");
            call(headOfOne, "DELIVERED", null, 2, "2026-03-10T03:00:00Z");
            call(headOfOne, "UNDELIVERED", "provider reported undelivered (error busy)", 0, "2026-04-01T03:00:00Z");
            call(striker, "UNDELIVERED", "provider reported undelivered (error no-answer)", 0, "2026-05-01T03:00:00Z");
            call(striker, "FAILED", "provider reported failed (error failed 31005)", 0, "2026-05-02T03:00:00Z");
            call(striker, "SENT", null, 1, "2026-06-01T03:00:00Z");
            call(striker, "FAILED", "Twilio 21215: geographic permission", null, null);
            call(resident, "DELIVERED", null, 1, "2025-12-31T18:00:00Z");
            call(resident, "DELIVERED", null, 3, "2025-12-31T16:00:00Z");
            key(headOfOne, "2026-03-10T03:00:20Z");
            key(resident, "2025-12-31T18:00:20Z");
            Commune other = registry.createCommune(TestPeople.unique("Xã Khác"), province);
            sms(person(other, null, Role.OFFICIAL), "SMS", "SENT", 7, "2026-05-01T03:00:00Z");
            new RecordsFixture(jdbc).create(commune, one, two, gong1, gong2, gong4, striker, headOfOne, resident, official);
            return new Data(commune, one, two, three, official, police, headOfOne, striker, resident);
        });
        readModel.rebuild(data.commune().getId());
        return data;
    }

    private long gong(Village village, String condition) {
        long id = registry.createGongPoint(village.getId(), "Kẻng " + condition, false, null, null).getId();
        jdbc.update("update gong_point set condition = ? where id = ?", condition, id);
        return id;
    }

    private Person person(Commune commune, Village village, Role role) {
        return registry.createPerson(commune.getId(), TestPeople.unique("Người"), TestPeople.newPhone(),
                EnumSet.of(role), village == null ? null : village.getId(), null, Language.VI);
    }

    /** A call as the voice channel leaves it: placed at {@code sentAt} (null: never placed), ended as the status says. */
    private void call(Person to, String status, String error, Integer minutes, String sentAt) {
        Timestamp at = sentAt == null ? Timestamp.from(Instant.parse("2026-07-01T03:00:00Z")) : Timestamp.from(Instant.parse(sentAt));
        jdbc.update("insert into outbound_message (channel, address, person_id, text, priority, status, attempts, "
                + "next_attempt_at, segments, last_error, created_at, sent_at) values ('VOICE', ?, ?, 'x', 0, ?, 1, ?, ?, ?, ?, ?)",
                to.getPhone().e164(), to.getId(), status, at, minutes, error, at, sentAt == null ? null : at);
    }

    /** A key pressed in a call, as the inbound pipeline stores it. */
    private void key(Person from, String receivedAt) {
        Timestamp at = Timestamp.from(Instant.parse(receivedAt));
        jdbc.update("insert into inbound_message (channel, provider_message_id, sender_address, person_id, text, received_at, "
                + "stored_at, status) values ('VOICE', ?, ?, ?, '1', ?, ?, 'HANDLED')", "CA" + java.util.UUID.randomUUID() + ":1",
                from.getPhone().e164(), from.getId(), at, at);
    }

    private void sms(Person to, String channel, String status, int segments, String sentAt) {
        Timestamp at = Timestamp.from(Instant.parse(sentAt));
        jdbc.update("insert into outbound_message (channel, address, person_id, text, priority, status, attempts, "
                + "next_attempt_at, segments, created_at, sent_at) values (?, ?, ?, 'x', 3, ?, 1, ?, ?, ?, ?)", channel,
                to.getPhone().e164(), to.getId(), status, at, segments, at, at);
    }
}
