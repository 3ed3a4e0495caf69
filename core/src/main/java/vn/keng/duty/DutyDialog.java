package vn.keng.duty;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.keng.conversation.Dialog;
import vn.keng.conversation.DialogHandler;
import vn.keng.messaging.InboundMessage;
import vn.keng.messaging.Notice;
import vn.keng.registry.Person;

/**
 * Strikers' answers by SMS, Telegram or the simulator: "ok", "da danh", "xong" (confirm),
 * "khong danh duoc" (cannot), "doi ca" (ask the backup to take tonight), "danh nham" (struck by
 * mistake), and the option data of the reminder's buttons ({@code duty:done:<id>}).
 */
@Component
@Order(10) // Before the incident dialog: it declines the shared "xong" / "done" when the sender has no duty.
class DutyDialog implements DialogHandler {

    private static final List<String> DONE = List.of("ok", "da danh", "đã đánh", "xong", "danh roi", "done", "struck");
    private static final List<String> CANNOT = List.of("khong danh duoc", "cannot");
    private static final List<String> SWAP = List.of("doi ca", "swap");
    private static final List<String> MISTAKE = List.of("danh nham", "mistake");
    private static final DateTimeFormatter NIGHT = DateTimeFormatter.BASIC_ISO_DATE;

    private final Strikes strikes;
    private final Swaps swaps;
    private final MistakenStrikes mistakes;

    DutyDialog(Strikes strikes, Swaps swaps, MistakenStrikes mistakes) {
        this.strikes = strikes;
        this.swaps = swaps;
        this.mistakes = mistakes;
    }

    @Override
    public String name() {
        return "duty";
    }

    @Override
    public List<String> keywords() {
        return java.util.stream.Stream.of(DONE, CANNOT, SWAP, MISTAKE).flatMap(List::stream).toList();
    }

    @Override
    public boolean handle(Dialog dialog) {
        if (dialog.sender().isEmpty()) {
            return false;
        }
        Long person = dialog.sender().map(Person::getId).orElseThrow();
        InboundMessage message = dialog.message();
        Notice reply = dialog.optionData() != null ? option(dialog.optionData(), person, message)
                : keyword(dialog, person, message);
        if (reply == null) {
            return false;
        }
        dialog.reply(reply);
        return true;
    }

    private Notice option(String data, Long person, InboundMessage message) {
        String[] parts = data.split(":");
        if (parts.length < 3 || !"duty".equals(parts[0])) {
            return null;
        }
        try {
            return switch (parts[1]) {
                case "done" -> strikes.confirm(Long.parseLong(parts[2]), person, message.channel(), message.receivedAt());
                case "cannot" -> strikes.cannot(Long.parseLong(parts[2]), person);
                case "take", "decline" -> parts.length < 4 ? null : swaps.answerSwap(Long.parseLong(parts[2]),
                        LocalDate.parse(parts[3], NIGHT), person, "take".equals(parts[1]));
                default -> null;
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            return null;
        }
    }

    private Notice keyword(Dialog dialog, Long person, InboundMessage message) {
        String text = Texts.fold(dialog.keyword() != null ? dialog.keyword() : message.text());
        String rest = dialog.rest() == null ? "" : dialog.rest();
        if (matches(text, CANNOT)) {
            return strikes.cannotOpen(person);
        }
        if (matches(text, SWAP)) {
            return swaps.requestSwap(person);
        }
        if (matches(text, MISTAKE)) {
            return mistakes.report(person);
        }
        if (matches(text, DONE)) {
            Notice notice = strikes.confirmOpen(person, message.channel(), message.receivedAt(), rest);
            // "xong" / "done" also close incidents: with no duty tonight, leave them to the incident dialog.
            boolean shared = text.startsWith("xong") || text.startsWith("done");
            return shared && "duty.no_duty".equals(notice.template()) ? null : notice;
        }
        return null;
    }

    private static boolean matches(String folded, List<String> keywords) {
        return keywords.stream().map(Texts::fold).anyMatch(folded::startsWith);
    }

}
