package vn.keng.registry;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.JdbcTemplate;

/** Small factories for registry tests on a database that may already hold data: every name and phone is new. */
final class TestRegistry {

    private static final String[] MOBILE_PREFIXES = {"032", "033", "034", "035", "036", "037", "038", "039", "070",
            "076", "077", "078", "079", "081", "082", "083", "084", "085", "086", "088", "091", "094", "096",
            "097", "098"};

    private TestRegistry() {
    }

    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * A block of 10,000 valid mobile numbers, {@code phone(i)} for i in 0..9999, none of them taken
     * yet in the database (which other test runs may share).
     */
    static PhoneBlock phoneBlock(JdbcTemplate jdbc) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (true) {
            String prefix = MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)] + String.format("%03d", random.nextInt(1000));
            String e164Prefix = "+84" + prefix.substring(1);
            Long taken = jdbc.queryForObject("select count(*) from person where phone like ?", Long.class, e164Prefix + "%");
            if (taken == 0) {
                return new PhoneBlock(prefix);
            }
        }
    }

    record PhoneBlock(String prefix) {
        String local(int i) {
            return prefix + String.format("%04d", i);
        }

        PhoneNumber phone(int i) {
            return PhoneNumber.parse(local(i));
        }
    }
}
