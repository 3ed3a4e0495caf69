package vn.keng.messaging;

/**
 * Provider ids as they may be stored: a NUL (PostgreSQL refuses it in text), another control
 * character or an unpaired surrogate in an id a provider sent is written as <code>&#92;u0000</code>, so the
 * message is stored and acknowledged instead of failing with a 5xx that makes the provider retry for
 * days. Printable ids, every real provider's, are kept as they are.
 */
final class ProviderIds {

    private ProviderIds() {
    }

    /** The id with every control character and unpaired surrogate escaped; null stays null. */
    static String safe(String id) {
        if (id == null || clean(id)) {
            return id;
        }
        StringBuilder out = new StringBuilder(id.length() + 16);
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < id.length() && Character.isLowSurrogate(id.charAt(i + 1))) {
                out.append(c).append(id.charAt(++i));
            } else if (Character.isISOControl(c) || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean clean(String id) {
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (Character.isISOControl(c) || Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < id.length() && Character.isLowSurrogate(id.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return false;
            }
        }
        return true;
    }
}
