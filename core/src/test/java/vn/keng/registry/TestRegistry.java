package vn.keng.registry;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Small factories for registry tests on a database that may already hold data: every name and phone is new. */
final class TestRegistry {

    private static final String[] MOBILE_PREFIXES = {"032", "033", "034", "035", "036", "037", "038", "039", "070",
            "076", "077", "078", "079", "081", "082", "083", "084", "085", "086", "088", "089", "091", "094", "096",
            "097", "098"};

    private TestRegistry() {
    }

    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A block of 10,000 valid mobile numbers, {@code block(i)} for i in 0..9999, unlikely to be taken. */
    static PhoneBlock phoneBlock() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String prefix = MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)];
        return new PhoneBlock(prefix + String.format("%03d", random.nextInt(1000)));
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
