package vn.keng.sms;

import java.util.Map;
import java.util.Optional;

import vn.keng.registry.PhoneNumber;

/**
 * The Vietnamese mobile networks, told apart by a number's prefix (the 2018 renumbering: 03x, 05x,
 * 07x, 08x, 09x). Numbers may move between networks and keep their prefix (number portability since
 * 2021), so the prefix is the likely network, not a certainty: an SMS still arrives across networks.
 */
enum VietnameseCarrier {
    VIETTEL("32", "33", "34", "35", "36", "37", "38", "39", "86", "96", "97", "98"),
    VINAPHONE("81", "82", "83", "84", "85", "88", "91", "94"),
    MOBIFONE("70", "76", "77", "78", "79", "89", "90", "93"),
    VIETNAMOBILE("52", "56", "58", "92"),
    GMOBILE("59", "99"),
    ITELECOM("87"),
    REDDI("55");

    private static final Map<String, VietnameseCarrier> BY_PREFIX;

    static {
        var map = new java.util.HashMap<String, VietnameseCarrier>();
        for (VietnameseCarrier carrier : values()) {
            for (String prefix : carrier.prefixes) {
                if (map.put(prefix, carrier) != null) {
                    throw new IllegalStateException("Prefix 0" + prefix + " given to two networks");
                }
            }
        }
        BY_PREFIX = Map.copyOf(map);
    }

    private final String[] prefixes;

    VietnameseCarrier(String... prefixes) {
        this.prefixes = prefixes;
    }

    /** The likely network of a Vietnamese mobile number (+84 and 9 digits); empty for any other number. */
    static Optional<VietnameseCarrier> of(PhoneNumber number) {
        String e164 = number.e164();
        if (!e164.startsWith("+84") || e164.length() != 12) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_PREFIX.get(e164.substring(3, 5)));
    }
}
