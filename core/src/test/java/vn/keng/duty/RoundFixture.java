package vn.keng.duty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import vn.keng.registry.Commune;
import vn.keng.registry.Language;
import vn.keng.registry.PhoneNumber;
import vn.keng.registry.Registry;
import vn.keng.registry.Role;
import vn.keng.registry.Rotation;
import vn.keng.registry.SignalKind;

/**
 * A commune with unique names and phones (the integration suite runs on a database that is not
 * empty): village A with a striker, a backup, a head, residents and a group leader; village B
 * with its own striker; the commune's police and an official.
 */
public final class RoundFixture {

    public final long commune;
    public final ZoneId zone;
    public final long villageA;
    public final long villageB;
    public final long pointA;
    public final long pointB;
    public final long striker;
    public final long backup;
    public final long head;
    public final long strikerB;
    public final long police;
    public final long official;
    public final long resident;
    public final long optedOut;
    public final long leader;

    public RoundFixture(Registry registry, String zone) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Commune c = registry.createCommune("Xa " + tag, "Tinh Thu");
        c.changeTimeZone(ZoneId.of(zone));
        this.commune = c.getId();
        this.zone = c.getTimeZone();
        this.villageA = registry.createVillage(commune, "Thon Dong " + tag, null, 120).getId();
        this.villageB = registry.createVillage(commune, "Thon Tay " + tag, null, 90).getId();
        registry.addSignal(villageA, SignalKind.PEACE, "3 hoi ngan", LocalTime.of(22, 0), null);
        registry.addSignal(villageA, SignalKind.ALARM, "lien hoi 3 hoi", null, null);
        this.pointA = registry.createGongPoint(villageA, "Nha van hoa", true, null, null).getId();
        this.pointB = registry.createGongPoint(villageB, "Cay da", true, null, null).getId();
        this.striker = person(registry, "Ong Ba", villageA, Role.STRIKER);
        this.backup = person(registry, "Ong Tu", villageA, Role.STRIKER);
        this.head = person(registry, "Ba Nam", villageA, Role.VILLAGE_HEAD);
        this.strikerB = person(registry, "Anh Sau", villageB, Role.STRIKER);
        this.police = person(registry, "Cong an Bay", null, Role.POLICE);
        this.official = person(registry, "Can bo Tam", null, Role.OFFICIAL);
        this.resident = person(registry, "Chi Chin", villageA, Role.RESIDENT);
        this.optedOut = person(registry, "Chu Muoi", villageA, Role.RESIDENT);
        registry.person(optedOut).optOutOfInfo(true);
        this.leader = person(registry, "Co Muoi Mot", villageA, Role.GROUP_LEADER);
        registry.createGroup(villageA, "To 1", leader, null);
        LocalDate start = LocalDate.of(2026, 1, 1);
        registry.setRoster(pointA, Rotation.FIXED, start, List.of(striker), backup);
        registry.setRoster(pointB, Rotation.FIXED, start, List.of(strikerB), null);
    }

    public Instant at(LocalDate night, String localTime) {
        return LocalDateTime.of(night, LocalTime.parse(localTime)).atZone(zone).toInstant();
    }

    /** A person of this commune, reachable by SMS. */
    public long person(Registry registry, String name, Long village, Role role) {
        return registry.createPerson(commune, name, phone(), Set.of(role), village, null, Language.VI).getId();
    }

    /** A fresh, valid Vietnamese mobile number. */
    public static PhoneNumber phone() {
        return vn.keng.testing.TestPeople.newPhone();
    }
}
