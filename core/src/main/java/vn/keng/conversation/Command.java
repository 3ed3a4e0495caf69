package vn.keng.conversation;

import java.util.List;

import vn.keng.messaging.TextForms;

/**
 * The explicit commands people may type, each with its phrases (matched without diacritics, case or
 * punctuation), whether the phrase must be the whole message or may start it, and who may give it.
 * A phrase said by someone the gate does not admit is read as free text instead.
 */
public enum Command {
    OPT_OUT(Gate.KNOWN, true, "tat tin", "tat tin nhan", "ngung nhan tin", "huy nhan tin", "huy tin", "dung nhan tin",
            "tat thong bao", "stop", "unsubscribe", "/stop", "/huy"),
    OPT_IN(Gate.KNOWN, true, "bat tin", "bat lai tin", "nhan tin lai", "bat thong bao", "tiep tuc nhan tin", "start",
            "subscribe", "/bat"),
    HELP(Gate.ANYONE, true, "help", "tro giup", "/help", "/trogiup", "huong dan", "menu", "/start", "hd"),
    REGISTER(Gate.ANYONE, false, "dang ky", "register", "/dangky", "/register"),
    REPORT_CONFIRM(Gate.KNOWN, false, "xac nhan bc", "xac nhan bao cao", "xac nhan so lieu", "confirm report"),
    REPORT(Gate.ANYONE, false, "/baocao", "bao cao", "bc", "report", "/report"),
    /** The Telegram menu's "Tổ của tôi": the person's fire-safety group, its leader and deputy. */
    MY_GROUP(Gate.KNOWN, true, "to cua toi", "to lien gia cua toi", "my group"),
    /** The Telegram menu's "Ca trực tối nay": where the person strikes the gong tonight, if they do. */
    MY_DUTY(Gate.KNOWN, true, "ca truc toi nay", "ca truc", "tonight's duty", "my duty"),
    STRIKE_DONE(Gate.GONG_DUTY, false, "ok", "oke", "okay", "da danh", "danh roi", "danh xong", "danh thay", "xong",
            "danh keng xong", "danh keng roi", "toi da danh", "toi danh roi", "toi danh thay", "em da danh", "em danh roi",
            "em danh thay", "done", "struck"),
    STRIKE_CANNOT(Gate.GONG_DUTY, false, "khong danh duoc", "ko danh duoc", "k danh duoc", "khong danh dc",
            "ko danh dc", "khong the danh", "cannot"),
    SWAP(Gate.STRIKER, false, "doi ca", "swap"),
    /** A village notice: the notice module drafts it for officials and village heads and refuses others politely. */
    NOTICE(Gate.OFFICIAL_OR_HEAD, false, "thong bao", "/thongbao", "notice"),
    MISTAKE(Gate.STRIKER, false, "danh nham", "mistake"),
    PATROL_DONE(Gate.KNOWN, false, "tuan tra xong", "da tuan tra xong", "da tuan tra", "tuan tra roi", "xong tuan tra",
            "patrol done"),
    RESOLVE(Gate.ALERTED, true, "xong", "xong roi", "da xu ly", "xu ly xong", "done", "resolved"),
    FALSE_ALARM(Gate.ALERTED, true, "sai", "bao nham", "bao sai", "false", "false alarm"),
    CONFIRM(Gate.VERIFIER, true, "xac nhan", "confirm"),
    DISMISS(Gate.VERIFIER, true, "bo qua", "dismiss"),
    COMING(Gate.ALERTED, true, "den ngay", "toi den ngay", "toi den", "dang den", "coming"),
    REPORT_FIRE(Gate.ANYONE, false, "bao chay", "chay nha", "chay rung", "hoa hoan", "fire"),
    REPORT_THEFT(Gate.ANYONE, false, "bao trom", "theft", "thief", "robbery"),
    REPORT_RESCUE(Gate.ANYONE, false, "cuu nan", "bao cuu nan", "cuu ho", "sos", "rescue"),
    REPORT_DISORDER(Gate.ANYONE, false, "bao gay roi", "gay roi", "disorder", "fight"),
    REPORT_OTHER(Gate.ANYONE, false, "bao su co", "su co", "bao dong", "khan cap", "emergency");

    private final Gate gate;
    private final boolean whole;
    private final List<String> phrases;

    Command(Gate gate, boolean whole, String... phrases) {
        this.gate = gate;
        this.whole = whole;
        this.phrases = List.of(phrases).stream().map(p -> TextForms.withoutDiacritics(p).toLowerCase(java.util.Locale.ROOT))
                .toList();
    }

    Gate gate() {
        return gate;
    }

    /** Whether the phrase must be the whole message (polite words such as "ạ", "nhé" may follow), not only start it. */
    boolean whole() {
        return whole;
    }

    List<String> phrases() {
        return phrases;
    }

    /** A report of an incident of some kind (the kind is the handler's business). */
    public boolean reportsIncident() {
        return name().startsWith("REPORT_");
    }

    /**
     * Whether the text after the command is a note the handler keeps and passes on through the
     * understanding itself ({@link Dialog#passOn}), so an emergency in it never outranks the command.
     */
    boolean carriesNote() {
        return this == PATROL_DONE;
    }

    /** Whether the command changes nothing but answers (help, a report request). */
    boolean harmless() {
        return this == HELP || this == REGISTER || this == REPORT || this == MY_GROUP || this == MY_DUTY;
    }
}
