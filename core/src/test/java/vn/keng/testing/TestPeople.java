package vn.keng.testing;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.keng.registry.Commune;
import vn.keng.registry.Language;
import vn.keng.registry.Person;
import vn.keng.registry.PhoneNumber;
import vn.keng.registry.Registry;
import vn.keng.registry.TelegramLinks;
import vn.keng.registry.Role;
import vn.keng.registry.Village;

/** Makes communes, villages and people with unique names and phones, so tests never depend on what a database holds. */
@Component
public class TestPeople {

    private final Registry registry;
    private final TelegramLinks telegramLinks;
    private final TransactionTemplate tx;

    public TestPeople(Registry registry, TelegramLinks telegramLinks, TransactionTemplate tx) {
        this.registry = registry;
        this.telegramLinks = telegramLinks;
        this.tx = tx;
    }

    public static String unique(String prefix) {
        return prefix + " " + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    /** A fresh Vietnamese mobile number nobody has. */
    /**
     * A phone nobody else in this test JVM got: consecutive numbers from a random start. Random
     * numbers alone collide (a few thousand people among 10 M numbers: about even odds per run);
     * the random start keeps test JVMs that share a database apart.
     */
    public static PhoneNumber newPhone() {
        return PhoneNumber.parse(String.format("+8497%07d", NEXT_PHONE.getAndIncrement() % 10_000_000));
    }

    private static final java.util.concurrent.atomic.AtomicInteger NEXT_PHONE = new java.util.concurrent.atomic.AtomicInteger(
            ThreadLocalRandom.current().nextInt(9_000_000));

    public Commune commune() {
        return tx.execute(s -> registry.createCommune(unique("Xã Thử"), "Tỉnh Thử"));
    }

    public Village village(Commune commune) {
        return tx.execute(s -> registry.createVillage(commune.getId(), unique("Thôn"), null, 100));
    }

    public Person person(Village village, Role... roles) {
        Set<Role> set = roles.length == 0 ? EnumSet.of(Role.RESIDENT) : EnumSet.of(roles[0], roles);
        return tx.execute(s -> registry.createPerson(village.getCommuneId(), unique("Người"), newPhone(), set,
                village.getId(), null, Language.VI));
    }

    public Person withTelegram(Person person) {
        long telegramId = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
        return tx.execute(s -> telegramLinks.linkByPhone(telegramId, person.getPhone()).orElseThrow());
    }

    public Person english(Person person) {
        return tx.execute(s -> registry.updatePerson(person.getId(), null, null, null, null, null, Language.EN));
    }
}
