package vn.keng.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.springframework.transaction.support.TransactionTemplate;

import vn.keng.messaging.ChannelType;
import vn.keng.messaging.InboundMessage;
import vn.keng.messaging.InboundMessages;
import vn.keng.registry.Commune;
import vn.keng.registry.Language;
import vn.keng.registry.Person;
import vn.keng.registry.Registry;
import vn.keng.registry.Role;
import vn.keng.registry.Rotation;
import vn.keng.registry.SafetyGroup;
import vn.keng.registry.Village;
import vn.keng.testing.TestPeople;

/**
 * A commune for {@link ReadModelEqualityTest}: one village with three gong points (a striker each),
 * its head, the commune police, and a fire-safety group of three residents.
 */
final class ReadModelScene {

    private final Registry registry;
    private final TestPeople people;
    private final InboundMessages inbound;
    private final TransactionTemplate tx;

    ReadModelScene(Registry registry, TestPeople people, InboundMessages inbound, TransactionTemplate tx) {
        this.registry = registry;
        this.people = people;
        this.inbound = inbound;
        this.tx = tx;
    }

    static final class Built {
        Commune commune;
        Village village;
        Person head;
        Person police;
        final List<Person> strikers = new ArrayList<>();
        final List<Person> members = new ArrayList<>();
    }

    Built build() {
        Built s = new Built();
        s.commune = people.commune();
        s.village = people.village(s.commune);
        s.head = people.person(s.village, Role.VILLAGE_HEAD);
        s.police = people.person(s.village, Role.POLICE);
        for (int i = 0; i < 3; i++) {
            s.strikers.add(people.person(s.village, Role.STRIKER));
        }
        tx.executeWithoutResult(t -> {
            SafetyGroup group = registry.createGroup(s.village.getId(), TestPeople.unique("Tổ"), null, null);
            for (int i = 0; i < 3; i++) {
                long household = registry.createHousehold(s.village.getId(), null, TestPeople.unique("Nhà"),
                        group.getId()).getId();
                s.members.add(registry.createPerson(s.commune.getId(), TestPeople.unique("Người"),
                        TestPeople.newPhone(), EnumSet.of(Role.RESIDENT), s.village.getId(), household, Language.VI));
            }
            for (int i = 0; i < 3; i++) {
                long point = registry.createGongPoint(s.village.getId(), TestPeople.unique("Kẻng"), i == 0, null, null)
                        .getId();
                registry.setRoster(point, Rotation.FIXED, LocalDate.now().minusDays(7), List.of(s.strikers.get(i).getId()),
                        null);
            }
        });
        return s;
    }

    void sms(Person from, String text) {
        sms(from.getPhone().e164(), text);
    }

    void sms(String phone, String text) {
        inbound.receive(InboundMessage.text(ChannelType.SMS, "SM" + UUID.randomUUID(), phone, text, Instant.now()));
    }
}
