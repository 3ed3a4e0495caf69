package vn.keng.sms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.keng.registry.PhoneNumber;

/**
 * The configured phones and which of them carries an SMS: the phone a reply's message came in on,
 * then the phones given to the recipient's commune, then the others serving every commune; within
 * each, a phone whose network ({@link VietnameseCarrier}) is the recipient's first, then the phones
 * that name no network, then the rest.
 */
final class AndroidPhones {

    private final List<AndroidPhone> phones;
    private final Map<String, AndroidPhone> byName;

    AndroidPhones(List<AndroidPhone> phones) {
        if (phones.isEmpty()) {
            throw new IllegalStateException("No Android phone configured");
        }
        this.phones = List.copyOf(phones);
        this.byName = phones.stream().collect(Collectors.toUnmodifiableMap(AndroidPhone::name, Function.identity()));
    }

    List<AndroidPhone> all() {
        return phones;
    }

    Optional<AndroidPhone> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The phone named in a provider key such as {@code android:viettel}, if it is one of ours. */
    Optional<AndroidPhone> fromVia(String via) {
        String prefix = ProviderKind.ANDROID.key() + ":";
        return via != null && via.startsWith(prefix) ? named(via.substring(prefix.length())) : Optional.empty();
    }

    /** The phones that may carry an SMS, best first (a phone may still be silent: the caller skips those). */
    List<AndroidPhone> candidates(PhoneNumber to, Long communeId, String via) {
        VietnameseCarrier carrier = VietnameseCarrier.of(to).orElse(null);
        List<AndroidPhone> out = new ArrayList<>(phones.size());
        fromVia(via).ifPresent(out::add);
        phones.stream()
                .filter(p -> !out.contains(p) && p.serves(communeId))
                .sorted(Comparator.comparingInt((AndroidPhone p) -> p.communes().isEmpty() ? 1 : 0)
                        .thenComparingInt(p -> carrier != null && p.carriers().contains(carrier) ? 0
                                : p.carriers().isEmpty() ? 1 : 2))
                .forEach(out::add);
        return out;
    }
}
