package vn.keng.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.Environment;

/**
 * Whether the simulator is open to anyone or needs the administrator's login. It is open only beside
 * no real provider: console SMS on every route, Telegram and Zalo off and no voice calls (the embedded default).
 * With Twilio, the Android gateway, Telegram, Zalo or Twilio Voice in use, a message typed in the simulator could alarm real people,
 * so the page and its API need the admin login.
 *
 * @param open whether anyone may use it
 * @param realProviders the real providers in use, named for the log
 */
record SimulatorAccess(boolean open, List<String> realProviders) {

    static SimulatorAccess of(Environment env) {
        List<String> real = new ArrayList<>();
        String telegram = env.getProperty("keng.telegram.mode", "off").strip().toLowerCase(Locale.ROOT);
        if (!telegram.equals("off")) {
            real.add("Telegram (" + telegram + ")");
        }
        String zalo = env.getProperty("keng.zalo.mode", "off").strip().toLowerCase(Locale.ROOT);
        if (!zalo.equals("off")) {
            real.add("Zalo (" + zalo + ")");
        }
        String sms = env.getProperty("keng.sms.provider", "console").strip().toLowerCase(Locale.ROOT);
        if (!sms.equals("console")) {
            real.add("SMS provider " + sms);
        }
        ResolvableType routesType = ResolvableType.forClassWithGenerics(Map.class, ResolvableType.forClass(String.class),
                ResolvableType.forClassWithGenerics(List.class, String.class));
        Binder.get(env).<Map<String, List<String>>>bind("keng.sms.routes", Bindable.of(routesType))
                .orElse(Map.of()).forEach((prefix, providers) -> providers.stream()
                        .map(p -> p.strip().toLowerCase(Locale.ROOT))
                        .filter(p -> !p.equals("console"))
                        .forEach(p -> real.add("SMS route +" + prefix + " " + p)));
        Binder.get(env).<Map<String, List<String>>>bind("keng.sms.commune-routes", Bindable.of(routesType))
                .orElse(Map.of()).forEach((commune, providers) -> providers.stream()
                        .map(p -> p.strip().toLowerCase(Locale.ROOT))
                        .filter(p -> !p.equals("console"))
                        .forEach(p -> real.add("SMS route of commune " + commune + " " + p)));
        if (Boolean.parseBoolean(env.getProperty("keng.voice.enabled", "false").strip())) {
            real.add("Twilio Voice calls"); // a fire typed in the simulator would ring real phones
        }
        return new SimulatorAccess(real.isEmpty(), List.copyOf(real));
    }

    /** A phone number or address for someone without credentials: {@code 0912000001} becomes {@code 09******01}. */
    static String mask(String address) {
        if (address == null) {
            return null;
        }
        if (address.length() <= 4) {
            return "*".repeat(address.length());
        }
        return address.substring(0, 2) + "*".repeat(address.length() - 4) + address.substring(address.length() - 2);
    }
}
