package vn.keng.sms;

import java.util.ArrayList;
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
 * Which providers carry a message to a number, in failover order: the route of the recipient's
 * commune ({@code keng.sms.commune-routes.<commune id>}) if it has one, else the longest matching
 * country prefix of {@code keng.sms.routes}, else the default {@code keng.sms.provider}. A reply goes
 * first through the provider its message came in on ({@code via}), then along that route.
 */
final class SmsRoutes {

    private static final Bindable<Map<String, List<ProviderKind>>> ROUTES = Bindable.of(ResolvableType
            .forClassWithGenerics(Map.class, ResolvableType.forClass(String.class),
                    ResolvableType.forClassWithGenerics(List.class, ProviderKind.class)));

    private final List<ProviderKind> fallback;
    private final Map<String, List<ProviderKind>> byPrefix;
    private final Map<Long, List<ProviderKind>> byCommune;

    SmsRoutes(ProviderKind provider, Map<String, List<ProviderKind>> routes) {
        this(provider, routes, Map.of());
    }

    SmsRoutes(ProviderKind provider, Map<String, List<ProviderKind>> routes, Map<String, List<ProviderKind>> communes) {
        this.fallback = List.of(provider);
        Map<String, List<ProviderKind>> sorted = new LinkedHashMap<>();
        routes.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, List<ProviderKind>> e) -> prefix(e.getKey()).length())
                        .reversed())
                .forEach(e -> sorted.put(prefix(e.getKey()), nonEmpty("keng.sms.routes." + e.getKey(), e.getValue())));
        this.byPrefix = sorted;
        Map<Long, List<ProviderKind>> perCommune = new LinkedHashMap<>();
        communes.forEach((key, kinds) -> perCommune.put(communeId(key),
                nonEmpty("keng.sms.commune-routes." + key, kinds)));
        this.byCommune = perCommune;
    }

    List<ProviderKind> providersFor(PhoneNumber to) {
        return providersFor(to, null, null);
    }

    /**
     * The route for a message: the commune's, the country prefix's or the default one; a provider named
     * by {@code via} ({@code android:viettel}, {@code twilio}) goes first, ahead of that route.
     */
    List<ProviderKind> providersFor(PhoneNumber to, Long communeId, String via) {
        List<ProviderKind> route = communeId != null && byCommune.containsKey(communeId) ? byCommune.get(communeId)
                : byPrefix.entrySet().stream()
                        .filter(e -> to.e164().startsWith(e.getKey()))
                        .map(Map.Entry::getValue)
                        .findFirst()
                        .orElse(fallback);
        ProviderKind first = kindOf(via);
        if (first == null || route.get(0) == first) {
            return route;
        }
        List<ProviderKind> out = new ArrayList<>(route.size() + 1);
        out.add(first);
        route.stream().filter(k -> k != first).forEach(out::add);
        return out;
    }

    /** The provider of a key such as {@code android:viettel} or {@code twilio}; null for none or an unknown one. */
    static ProviderKind kindOf(String via) {
        if (via == null || via.isBlank()) {
            return null;
        }
        String name = via.contains(":") ? via.substring(0, via.indexOf(':')) : via;
        for (ProviderKind kind : ProviderKind.values()) {
            if (kind.key().equals(name)) {
                return kind;
            }
        }
        return null;
    }

    Set<ProviderKind> inUse() {
        Set<ProviderKind> kinds = EnumSet.copyOf(fallback);
        byPrefix.values().forEach(kinds::addAll);
        byCommune.values().forEach(kinds::addAll);
        return kinds;
    }

    /** The providers the configuration uses, read before the beans exist (for the provider conditions). */
    static Set<ProviderKind> inUse(Environment env) {
        Binder binder = Binder.get(env);
        ProviderKind provider = binder.bind("keng.sms.provider", ProviderKind.class).orElse(ProviderKind.CONSOLE);
        Map<String, List<ProviderKind>> routes = binder.bind("keng.sms.routes", ROUTES).orElse(Map.of());
        Map<String, List<ProviderKind>> communes = binder.bind("keng.sms.commune-routes", ROUTES).orElse(Map.of());
        return new SmsRoutes(provider, routes, communes).inUse();
    }

    private static List<ProviderKind> nonEmpty(String key, List<ProviderKind> kinds) {
        if (kinds == null || kinds.isEmpty()) {
            throw new IllegalStateException(key + " names no provider");
        }
        return List.copyOf(kinds);
    }

    /** "84", "+84", "[+84]" all mean the prefix +84. */
    private static String prefix(String key) {
        String digits = key.replaceAll("\\D", "");
        if (digits.isEmpty()) {
            throw new IllegalStateException("keng.sms.routes key '" + key + "' is not a country prefix");
        }
        return "+" + digits;
    }

    private static Long communeId(String key) {
        String digits = key.replaceAll("[\\[\\]\\s]", "");
        if (!digits.matches("\\d{1,18}")) {
            throw new IllegalStateException("keng.sms.commune-routes key '" + key + "' is not a commune id "
                    + "(GET /api/v1/communes lists them)");
        }
        return Long.valueOf(digits);
    }
}
