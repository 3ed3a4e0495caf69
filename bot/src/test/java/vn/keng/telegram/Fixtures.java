package vn.keng.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.telegram.telegrambots.meta.api.objects.Update;

/** Real update payloads from {@code src/test/resources/updates/}, with values swapped for unique ones. */
final class Fixtures {

    private Fixtures() {
    }

    /**
     * The fixture with the replacements applied and, unless a replacement set it, a fresh
     * update_id: the service's real pipeline drops an update id it has seen before.
     */
    static String json(String name, Map<String, String> replacements) {
        String json = raw(name, replacements);
        String original = raw(name, Map.of());
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"update_id\":\\s*(\\d+)").matcher(original);
        if (id.find() && replacements.keySet().stream().noneMatch(k -> k.contains(id.group(1)))) {
            json = json.replaceFirst("\"update_id\":\\s*\\d+", "\"update_id\": " + (1_000_000_000L + uniqueId() % 1_000_000_000L));
        }
        return json;
    }

    /** The fixture as stored, with the replacements applied. */
    static String raw(String name, Map<String, String> replacements) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/updates/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (Map.Entry<String, String> replacement : replacements.entrySet()) {
                json = json.replace(replacement.getKey(), replacement.getValue());
            }
            return json;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String json(String name) {
        return json(name, Map.of());
    }

    static Update update(String name) {
        return new UpdateJson().read(raw(name, Map.of()));
    }

    /** A Telegram-like id no other test run uses. */
    static long uniqueId() {
        return 6_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
    }

    /** A valid Vietnamese mobile number unlikely to be registered already. */
    static String uniquePhone() {
        return "0913" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    }
}
