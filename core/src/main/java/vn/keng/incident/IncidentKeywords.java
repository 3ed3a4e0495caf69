package vn.keng.incident;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.keng.conversation.TextMatcher;

/**
 * The words that report an incident of each kind (Vietnamese with or without diacritics, English;
 * the Telegram buttons "🔥 Báo cháy", "🚨 Báo trộm", "🆘 Cứu nạn", "⚠️ Sự cố" fold to them), and
 * the words that close, confirm or answer one.
 */
final class IncidentKeywords {

    static final Map<String, IncidentKind> REPORT = new LinkedHashMap<>();
    static final Set<String> RESOLVE = folded("xong", "da xu ly", "xu ly xong", "done", "resolved");
    static final Set<String> FALSE_ALARM = folded("sai", "bao nham", "bao sai", "false", "false alarm");
    static final Set<String> CONFIRM = folded("xac nhan", "confirm");
    static final Set<String> DISMISS = folded("bo qua", "dismiss");
    static final Set<String> COMING = folded("den ngay", "toi den ngay", "toi den", "coming");
    /** A word that alone, with no place after it, may not be a report ("chay" is fire, run or vegetarian). */
    static final Set<String> AMBIGUOUS = folded("chay");

    static {
        put(IncidentKind.FIRE, "chay nha", "bao chay", "chay", "hoa hoan", "chay rung", "fire");
        put(IncidentKind.THEFT, "trom", "bao trom", "cuop", "trom cap", "theft", "thief", "robbery");
        put(IncidentKind.RESCUE, "cuu", "cuu nan", "cuu ho", "cuu voi", "sos", "rescue");
        put(IncidentKind.DISORDER, "danh nhau", "gay roi", "bao gay roi", "disorder", "fight");
        put(IncidentKind.OTHER, "su co", "bao su co", "bao dong", "khan cap", "emergency");
    }

    private IncidentKeywords() {
    }

    private static void put(IncidentKind kind, String... words) {
        for (String word : words) {
            REPORT.put(TextMatcher.fold(word), kind);
        }
    }

    private static Set<String> folded(String... words) {
        return Set.of(java.util.Arrays.stream(words).map(TextMatcher::fold).toArray(String[]::new));
    }

    static List<String> all() {
        List<String> all = new ArrayList<>(REPORT.keySet());
        for (Set<String> set : List.of(RESOLVE, FALSE_ALARM, CONFIRM, DISMISS, COMING)) {
            all.addAll(set);
        }
        return List.copyOf(all);
    }
}
