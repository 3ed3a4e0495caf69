package vn.keng.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.keng.messaging.ChannelType;
import vn.keng.messaging.InboundMessage;
import vn.keng.messaging.InboundMessages;
import vn.keng.registry.Commune;
import vn.keng.registry.Household;
import vn.keng.registry.Language;
import vn.keng.registry.Person;
import vn.keng.registry.Registry;
import vn.keng.registry.Role;
import vn.keng.registry.Rotation;
import vn.keng.registry.SafetyGroup;
import vn.keng.registry.SafetyGroups;
import vn.keng.registry.Village;
import vn.keng.testing.TestPeople;

/**
 * A commune with one village, its head, the commune police, an on-duty striker, and a fire-safety
 * group of households with members (some on Telegram), a leader, a deputy and a group chat.
 */
@Component
class IncidentScene {

    private final Registry registry;
    private final SafetyGroups groups;
    private final TestPeople testPeople;
    private final InboundMessages inbound;
    private final TransactionTemplate tx;

    IncidentScene(Registry registry, SafetyGroups groups, TestPeople testPeople, InboundMessages inbound,
            TransactionTemplate tx) {
        this.registry = registry;
        this.groups = groups;
        this.testPeople = testPeople;
        this.inbound = inbound;
        this.tx = tx;
    }

    /** One built scene. */
    static final class Built {
        Commune commune;
        Village village;
        SafetyGroup group;
        Person head;
        Person police;
        Person striker;
        Person leader;
        Person deputy;
        /** Group members other than the leader and deputy: SMS-only first, then on Telegram. */
        final List<Person> members = new ArrayList<>();
        long groupChat;
    }

    Built build(int smsMembers, int telegramMembers) {
        Built s = new Built();
        s.commune = testPeople.commune();
        s.village = testPeople.village(s.commune);
        s.head = testPeople.person(s.village, Role.VILLAGE_HEAD);
        s.police = testPeople.person(s.village, Role.POLICE);
        s.striker = testPeople.person(s.village, Role.STRIKER);
        s.group = group(s.village);
        s.leader = testPeople.withTelegram(member(s.village, s.group, Role.GROUP_LEADER));
        s.deputy = member(s.village, s.group, Role.GROUP_LEADER);
        for (int i = 0; i < smsMembers; i++) {
            s.members.add(member(s.village, s.group, Role.RESIDENT));
        }
        for (int i = 0; i < telegramMembers; i++) {
            s.members.add(testPeople.withTelegram(member(s.village, s.group, Role.RESIDENT)));
        }
        s.groupChat = -ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
        tx.executeWithoutResult(t -> {
            registry.appointLeaders(s.group.getId(), s.leader.getId(), s.deputy.getId());
            SafetyGroup g = groups.findById(s.group.getId()).orElseThrow();
            g.linkTelegramChat(s.groupChat);
            var point = registry.createGongPoint(s.village.getId(), TestPeople.unique("Kẻng"), true, null, null);
            registry.setRoster(point.getId(), Rotation.FIXED, LocalDate.now().minusDays(1), List.of(s.striker.getId()),
                    null);
        });
        s.group = groups.findById(s.group.getId()).orElseThrow();
        return s;
    }

    SafetyGroup group(Village village) {
        return tx.execute(t -> registry.createGroup(village.getId(), TestPeople.unique("Tổ"), null, null));
    }

    /** A person living in a new household of the group. */
    Person member(Village village, SafetyGroup group, Role role) {
        return tx.execute(t -> {
            Household household = registry.createHousehold(village.getId(), null, TestPeople.unique("Nhà"),
                    group.getId());
            return registry.createPerson(village.getCommuneId(), TestPeople.unique("Người"), TestPeople.newPhone(),
                    EnumSet.of(role), village.getId(), household.getId(), Language.VI);
        });
    }

    InboundMessage sms(Person from, String text) {
        return sms(from.getPhone().e164(), text);
    }

    InboundMessage sms(String phone, String text) {
        InboundMessage m = InboundMessage.text(ChannelType.SMS, "SM" + UUID.randomUUID(), phone, text, Instant.now());
        inbound.receive(m);
        return m;
    }

    InboundMessage telegram(Person from, String text, String buttonData) {
        InboundMessage m = new InboundMessage(ChannelType.TELEGRAM, "TG" + UUID.randomUUID(),
                String.valueOf(from.getTelegramUserId()), null, text, null, buttonData, null, Instant.now());
        inbound.receive(m);
        return m;
    }

    InboundMessage received(InboundMessage m) {
        inbound.receive(m);
        return m;
    }
}
