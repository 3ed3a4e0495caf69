package vn.keng.conversation;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.keng.messaging.TextForms;

/**
 * Words that may announce an emergency whatever the model thinks of the sentence, and the kind each
 * hints at. When one appears in text the model reads as nothing, the sender is asked what they want
 * to report; when it agrees with the model's likeliest emergency, a lower confidence is enough to act.
 * A word typed with diacritics counts only with the right ones ("chạy", run, is not "cháy", fire;
 * "khỏi" is not "khói"); typed without any, it counts, since it may be either.
 */
final class Hazards {

    private static final Map<Intent, List<List<String>>> PHRASES = new LinkedHashMap<>();
    /** Emoji that people send alone to say "fire", "alarm", "help". */
    private static final Map<String, Intent> EMOJI = Map.of("🔥", Intent.FIRE, "🚒", Intent.FIRE, "🚨", Intent.FIRE,
            "🆘", Intent.RESCUE, "🚑", Intent.RESCUE);

    /** Idioms in which a hazard word means no danger ("trộm vía", a charm; "cháy túi", broke; "ăn chay", vegetarian). */
    private static final List<List<String>> IDIOMS = java.util.stream.Stream.of("trộm vía", "cháy túi", "cháy hàng",
            "hàng cháy", "cơm cháy", "nắng cháy", "cháy da", "cháy nắng", "ăn chay", "cứu cánh", "nổ máy", "nổ lốp",
            "đuối sức", "chữa cháy", "phòng cháy", "cháy nổ", "ngã giá", "ngã ba", "ngã tư", "ngã năm", "cứu trợ",
            "đâm chồi", "đua xe đạp", "đua thuyền", "đua ghe").map(p -> List.of(p.split(" "))).toList();

    static {
        put(Intent.FIRE, "cháy", "hỏa hoạn", "hoả hoạn", "khói", "nổ", "chập điện", "bốc lửa", "fire");
        put(Intent.THEFT, "trộm", "cướp", "đột nhập", "thief");
        put(Intent.RESCUE, "đuối nước", "chết đuối", "cấp cứu", "cứu", "tai nạn", "sạt lở", "lũ cuốn", "lũ quét",
                "nước lũ", "ngất", "bất tỉnh", "điện giật", "sos", "bỏng", "băng huyết", "co giật", "đột quỵ", "khó thở",
                "chảy máu", "rắn cắn", "nhập viện", "đi viện", "ra viện", "vào viện", "bệnh viện", "xe cứu thương",
                "sét đánh", "bị thương", "nguy kịch", "ngộ độc", "chuyển dạ", "đau đẻ", "đi lạc", "mất tích", "ngã",
                "lăn đùng", "không dậy", "trạm xá", "trạm y tế", "chóng mặt");
        put(Intent.DISORDER, "đánh nhau", "gây rối", "đâm", "chém", "đua xe", "hỗn chiến", "súng", "chặn đường", "chặn xe");
    }

    /** Words that put an event in the past or in hearsay: such a text is asked about, never alarmed at once. */
    private static final List<List<String>> PAST = java.util.stream.Stream.of("tuần trước", "tháng trước", "năm ngoái",
            "năm trước", "hôm qua", "hôm kia", "hôm nọ", "hôm trước", "nghe nói", "nghe bảo", "bị phạt", "bắt được",
            "không dám", "dập xong", "đã tắt", "xử lý xong", "đã yên").map(p -> List.of(p.split(" "))).toList();

    private Hazards() {
    }

    static boolean pastOrHearsay(Words words) {
        for (int start = 0; start < words.size(); start++) {
            if (phraseAt(words, start, PAST) != null) {
                return true;
            }
        }
        return false;
    }

    private static void put(Intent intent, String... phrases) {
        PHRASES.put(intent, java.util.Arrays.stream(phrases).map(p -> List.of(p.split(" "))).toList());
    }

    /** The kinds of emergency the text's words or emoji hint at; empty when none. */
    static Set<Intent> hinted(String text, Words words) {
        Set<Intent> hints = EnumSet.noneOf(Intent.class);
        if (text != null) {
            EMOJI.forEach((emoji, intent) -> {
                if (text.contains(emoji)) {
                    hints.add(intent);
                }
            });
        }
        boolean[] idiom = new boolean[words.size()];
        for (int start = 0; start < words.size(); start++) {
            List<String> found = phraseAt(words, start, IDIOMS);
            if (found != null) {
                java.util.Arrays.fill(idiom, start, start + found.size(), true);
            }
        }
        PHRASES.forEach((intent, phrases) -> {
            for (int start = 0; start < words.size() && !hints.contains(intent); start++) {
                if (!idiom[start] && phraseAt(words, start, phrases) != null) {
                    hints.add(intent);
                }
            }
        });
        return hints;
    }

    /** The first of the phrases that the words spell from {@code start} on, or null. */
    private static List<String> phraseAt(Words words, int start, List<List<String>> phrases) {
        for (List<String> phrase : phrases) {
            if (matchesAt(words, start, phrase)) {
                return phrase;
            }
        }
        return null;
    }

    private static boolean matchesAt(Words words, int start, List<String> phrase) {
        if (start + phrase.size() > words.size()) {
            return false;
        }
        for (int i = 0; i < phrase.size(); i++) {
            String wanted = phrase.get(i);
            int at = start + i;
            boolean same = words.typed().get(at).equals(wanted)
                    || (words.plain(at) && words.folded().get(at).equals(TextForms.withoutDiacritics(wanted)));
            if (!same) {
                return false;
            }
        }
        return true;
    }
}
