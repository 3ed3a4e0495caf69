package vn.keng.console;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Puts a service's validation message next to the field it names ("address is required" beside the
 * address), or at the top of the form (key {@code form}) when it names none of them.
 */
final class FieldErrors {

    private FieldErrors() {
    }

    static Map<String, String> of(String message, String... fields) {
        Map<String, String> errors = new LinkedHashMap<>();
        String text = message == null ? "" : message;
        String lower = text.toLowerCase(Locale.ROOT);
        for (String field : fields) {
            String word = field.endsWith("Id") ? field.substring(0, field.length() - 2) : field;
            if (lower.startsWith(word.toLowerCase(Locale.ROOT)) || lower.contains(" " + word.toLowerCase(Locale.ROOT) + " ")
                    || (word.equals("phone") && lower.contains("phone"))) {
                errors.put(field, text);
                return errors;
            }
        }
        errors.put("form", text);
        return errors;
    }
}
