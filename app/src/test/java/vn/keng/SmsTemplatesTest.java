package vn.keng;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import vn.keng.messaging.ChannelType;
import vn.keng.messaging.SmsText;
import vn.keng.messaging.Templates;
import vn.keng.registry.Language;

/**
 * Every SMS text fits one GSM-7 segment with realistic values. The templates come from every
 * module's {@code messages/*.properties} on this (the application's) class path, so a template added
 * later is checked without touching this test. Each is rendered for SMS as a person would get it:
 * the longest names of the demo commune, a typed place of 40 characters, a person's name of 30, and
 * the options line of its module ("Tra loi 1=..., 2=...", its two longest labels) under it, then
 * measured by the encoder the SMS channel itself uses ({@link SmsText}).
 */
class SmsTemplatesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z0-9_]+)}");
    static final String PERSON = "Nguyễn Hoàng Thị Phương Khuyên";
    static final String PLACE = "nhà ông Bảy cạnh cầu Đá, xóm 3, vào 200m";
    static final String VILLAGE = "Làng Mường Chuông";
    static final String GONG_POINT = "Nhà văn hóa Làng Mường Chuông";
    /** Keys never sent by SMS as they are: labels, options, chat-only, spoken and web console texts. */
    private static final Pattern NOT_SMS = Pattern.compile(
            "^(telegram|voice|console)\\..*|.*\\.(option|kind|status|label|command|menu|button)\\..*|.*\\.call(\\..*)?$|.*\\.zalo$");

    /** Parts of the chat report ({@code report.summary}); its SMS variant is one text of its own. */
    private static final Set<String> REPORT_PARTS = Set.of("report.rounds", "report.incidents", "report.rounds-spread",
            "report.groups", "report.gong-points", "report.village-line", "report.no-data", "report.no-records",
            "report.attached", "report.scheduled", "report.calls", "report.patrols", "report.patrol-line",
            "report.confirmations", "report.confirmations-missing");
    /**
     * Texts sent without options (every other text of a module with options is measured with its
     * options line, so a template added later is measured the strict way until it is listed here).
     */
    private static final Set<String> WITHOUT_OPTIONS = Set.of("duty.digest", "duty.digest_all");

    private final Templates templates = new Templates();

    @Test
    void theValuesAreAsLongAsTheBriefSays() {
        assertThat(PERSON).hasSize(30);
        assertThat(PLACE).hasSize(40);
    }

    @Test
    void everySmsTemplateFitsOneGsm7Segment() {
        List<String> tooLong = new ArrayList<>();
        int checked = 0;
        for (String key : templates.keys()) {
            if (key.endsWith(".sms") || NOT_SMS.matcher(key).matches() || REPORT_PARTS.contains(key)) {
                continue; // an SMS variant is checked through its key
            }
            for (Language language : Language.values()) {
                String text = templates.render(key, language, ChannelType.SMS, values(key, language), false);
                String options = WITHOUT_OPTIONS.contains(key) ? "" : optionsLine(key, language);
                String sms = options.isEmpty() ? text : text + "\n" + options;
                checked++;
                assertThat(SmsText.isGsm7(sms)).as("%s (%s) is GSM-7: %s", key, language, sms).isTrue();
                SmsText.Segments segments = SmsText.segments(sms);
                if (segments.count() > 1) {
                    tooLong.add(key + " (" + language + ", " + segments.units() + "): " + sms);
                }
            }
        }
        assertThat(checked).as("templates found on the class path").isGreaterThan(100);
        assertThat(tooLong).as("SMS texts over one GSM-7 segment").isEmpty();
    }

    @Test
    void bundlesOfEveryModuleAreChecked() {
        assertThat(templates.keys()).contains("incident.alarm", "duty.reminder", "report.summary", "sms.gateway.down",
                "zalo.otp", "conversation.help");
    }

    /** The options line of the template's module: its two longest answer labels, as the SMS shows them. */
    private String optionsLine(String key, Language language) {
        String prefix = key.substring(0, key.indexOf('.') + 1) + "option.";
        List<String> labels = templates.keys().stream()
                .filter(k -> k.startsWith(prefix) && !k.startsWith(prefix + "kind.") && !k.endsWith(".sms"))
                .map(k -> templates.render(k, language, ChannelType.SMS, Map.of(), false))
                .sorted(Comparator.comparingInt(String::length).reversed()).limit(2).toList();
        if (labels.size() < 2) {
            return "";
        }
        String choices = "1=" + labels.get(0) + ", 2=" + labels.get(1);
        return templates.render("messaging.options", language, ChannelType.SMS, Map.of("options", choices), false);
    }

    private Map<String, Object> values(String key, Language language) {
        Map<String, Object> values = new HashMap<>();
        Matcher m = PLACEHOLDER.matcher(templates.raw(key, language, true));
        while (m.find()) {
            values.put(m.group(1), key.startsWith("report.") ? reportValue(m.group(1), language) : value(m.group(1), language));
        }
        return values;
    }

    /** The longest text among the keys with this prefix (an incident kind, a status). */
    private String longest(String prefix, Language language) {
        return templates.keys().stream().filter(k -> k.startsWith(prefix) && !k.endsWith(".sms"))
                .map(k -> templates.raw(k, language, false)).max(Comparator.comparingInt(String::length)).orElse("");
    }

    /** In reports the counts are numbers (bounded to three digits) and the subject is a commune or a village. */
    private Object reportValue(String name, Language language) {
        return switch (name) {
            case "late", "missed" -> "2555"; // 7 villages × 365 nights
            case "subject" -> VILLAGE;
            default -> value(name, language);
        };
    }

    private Object value(String name, Language language) {
        return switch (name) {
            case "name", "reporter", "striker", "backup", "person", "leader" -> PERSON;
            case "due" -> "00:05";
            case "deadline" -> "20/11";
            case "place" -> PLACE;
            case "village" -> VILLAGE;
            case "villages" -> VILLAGE + ", Thôn Minh Thành";
            case "missed", "late", "down" -> VILLAGE + " +6"; // MorningDigest.names: one long name and the count
            case "gongPoint" -> GONG_POINT;
            case "commune", "subject" -> "Xã Đồng Thịnh";
            case "province" -> "Thanh Hóa";
            case "kind" -> longest("incident.kind.", language);
            case "KIND" -> longest("incident.kind.", language).toUpperCase(java.util.Locale.ROOT);
            case "status" -> longest("incident.status.", language);
            case "signal" -> "Đánh liên hồi 3 hồi, dồn dập";
            case "phone" -> "0913071200";
            case "time" -> "22:00";
            case "lastSeen" -> "21:45 27/11";
            case "night", "date" -> "27/11";
            case "period" -> "H2-2026";
            case "dates" -> "01/07/2026-31/12/2026";
            case "share", "previousShare", "coverage" -> "100%";
            case "typed" -> "bao cao nam ngoai nua";
            case "code" -> "123456";
            case "label" -> "Không đến được";
            case "group" -> "TLG-12";
            // a village notice as typed: its own length is the sender's choice (its SMS cost is shown before it goes)
            case "text" -> "Họp dân 19:30 tối nay tại nhà văn hóa";
            case "sender" -> "Trưởng làng Mường Chuông";
            case "audience" -> VILLAGE + ", Thôn Minh Thành +5"; // Notices.audience: 40 characters of names and "+N"
            case "length" -> "5000";
            case "max" -> "300";
            case "from" -> "21:30";
            case "smsNote" -> "";
            case "options" -> "1=Tôi đến ngay, 2=Không đến được";
            default -> "999";
        };
    }
}
