package vn.keng.sms;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.Environment;

import vn.keng.registry.PhoneNumber;

/**
 * Which providers carry a message to a number, in failover order: the longest matching country
 * prefix of {@code keng.sms.routes}, else the default {@code keng.sms.provider}.
 */
final class SmsRoutes {

    private static final Bindable<Map<String, List<ProviderKind>>> ROUTES = Bindable.of(ResolvableType
            .forClassWithGenerics(Map.class, ResolvableType.forClass(String.class),
                    ResolvableType.forClassWithGenerics(List.class, ProviderKind.class)));

    private final List<ProviderKind> fallback;
    private final Map<String, List<ProviderKind>> byPrefix;

    SmsRoutes(ProviderKind provider, Map<String, List<ProviderKind>> routes) {
        this.fallback = List.of(provider);
        Map<String, List<ProviderKind>> sorted = new LinkedHashMap<>();
        routes.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, List<ProviderKind>> e) -> prefix(e.getKey()).length())
                        .reversed())
                .forEach(e -> {
                    if (e.getValue() == null || e.getValue().isEmpty()) {
                        throw new IllegalStateException("keng.sms.routes." + e.getKey() + " names no provider");
                    }
                    sorted.put(prefix(e.getKey()), List.copyOf(e.getValue()));
                });
        this.byPrefix = sorted;
    }

    List<ProviderKind> providersFor(PhoneNumber to) {
        return byPrefix.entrySet().stream()
                .filter(e -> to.e164().startsWith(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(fallback);
    }

    Set<ProviderKind> inUse() {
        Set<ProviderKind> kinds = EnumSet.copyOf(fallback);
        byPrefix.values().forEach(kinds::addAll);
        return kinds;
    }

    /** The providers the configuration uses, read before the beans exist (for the provider conditions). */
    static Set<ProviderKind> inUse(Environment env) {
        Binder binder = Binder.get(env);
        ProviderKind provider = binder.bind("keng.sms.provider", ProviderKind.class).orElse(ProviderKind.CONSOLE);
        Map<String, List<ProviderKind>> routes = binder.bind("keng.sms.routes", ROUTES).orElse(Map.of());
        return new SmsRoutes(provider, routes).inUse();
    }

    /** "84", "+84", "[+84]" all mean the prefix +84. */
    private static String prefix(String key) {
        String digits = key.replaceAll("\\D", "");
        if (digits.isEmpty()) {
            throw new IllegalStateException("keng.sms.routes key '" + key + "' is not a country prefix");
        }
        return "+" + digits;
    }
}
