package vn.keng.faults;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.keng.messaging.ChannelType;
import vn.keng.messaging.InboundMessage;
import vn.keng.messaging.InboundMessages;
import vn.keng.registry.Language;
import vn.keng.registry.Person;
import vn.keng.registry.Registry;
import vn.keng.registry.Role;
import vn.keng.registry.Rotation;
import vn.keng.registry.SafetyGroup;
import vn.keng.registry.Village;
import vn.keng.testing.TestPeople;

/**
 * A village whose fire-safety group has many members on SMS, a village head, the police and an
 * on-duty striker: a fire reported by one member alarms everyone else (about 40 people), the
 * fan-out the fault matrix used.
 */
final class FireScene {

    /** An alarm the outbox holds for one person: what Twilio must get once. */
    record Alarm(long id, String to, String text, String status) {
    }

    final List<Person> people = new ArrayList<>();
    Person reporter;
    Instant reportedAt;
    private final JdbcTemplate jdbc;
    private final InboundMessages inbound;

    private FireScene(JdbcTemplate jdbc, InboundMessages inbound) {
        this.jdbc = jdbc;
        this.inbound = inbound;
    }

    static FireScene build(int members, TestPeople testPeople, Registry registry, TransactionTemplate tx, JdbcTemplate jdbc,
            InboundMessages inbound) {
        FireScene scene = new FireScene(jdbc, inbound);
        Village village = testPeople.village(testPeople.commune());
        Person head = testPeople.person(village, Role.VILLAGE_HEAD);
        Person police = testPeople.person(village, Role.POLICE);
        Person striker = testPeople.person(village, Role.STRIKER);
        SafetyGroup group = tx.execute(t -> registry.createGroup(village.getId(), TestPeople.unique("Tổ"), null, null));
        List<Person> inGroup = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            Role role = i < 2 ? Role.GROUP_LEADER : Role.RESIDENT;
            inGroup.add(tx.execute(t -> {
                var household = registry.createHousehold(village.getId(), null, TestPeople.unique("Nhà"), group.getId());
                return registry.createPerson(village.getCommuneId(), TestPeople.unique("Người"), TestPeople.newPhone(),
                        EnumSet.of(role), village.getId(), household.getId(), Language.VI);
            }));
        }
        tx.executeWithoutResult(t -> {
            registry.appointLeaders(group.getId(), inGroup.get(0).getId(), inGroup.get(1).getId());
            var point = registry.createGongPoint(village.getId(), TestPeople.unique("Kẻng"), true, null, null);
            registry.setRoster(point.getId(), Rotation.FIXED, LocalDate.now().minusDays(1), List.of(striker.getId()),
                    null);
        });
        scene.people.addAll(List.of(head, police, striker));
        scene.people.addAll(inGroup);
        scene.reporter = inGroup.get(inGroup.size() - 1);
        return scene;
    }

    /** The reporter sends "có cháy" by SMS, as the Twilio webhook hands it to the pipeline. */
    void report() {
        reportedAt = Instant.now();
        inbound.receive(InboundMessage.text(ChannelType.SMS, "SM" + UUID.randomUUID().toString().replace("-", ""),
                reporter.getPhone().e164(), "có cháy", reportedAt));
    }

    /** Everyone but the reporter: who must be alarmed. */
    List<String> alarmedPhones() {
        return people.stream().filter(p -> !p.getId().equals(reporter.getId())).map(p -> p.getPhone().e164()).toList();
    }

    /** The alarm SMS rows the report wrote for the scene's people. */
    List<Alarm> alarms() {
        List<Long> ids = people.stream().map(Person::getId).toList();
        String in = String.join(",", ids.stream().map(String::valueOf).toList());
        return jdbc.query("select id, address, text, status from outbound_message where channel = 'SMS' and priority = 0 "
                + "and created_at >= ? and person_id in (" + in + ") order by id",
                (rs, n) -> new Alarm(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                Timestamp.from(reportedAt.minusSeconds(1)));
    }
}
