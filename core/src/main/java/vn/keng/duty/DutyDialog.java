package vn.keng.duty;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.keng.conversation.Command;
import vn.keng.conversation.Dialog;
import vn.keng.conversation.DialogHandler;
import vn.keng.messaging.InboundMessage;
import vn.keng.messaging.Notice;
import vn.keng.registry.Person;

/**
 * Strikers' answers by SMS, Telegram or the simulator, as understood by the conversation: strike
 * done ("ok", "da danh", "xong"), cannot ("khong danh duoc"), swap ("doi ca"), struck by mistake
 * ("danh nham"), and the option data of the reminder's buttons ({@code duty:done:<id>}). The
 * conversation gives these commands only to people the night asks (see {@link DutyStandings}).
 */
@Component
class DutyDialog implements DialogHandler {

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
    public Set<Command> commands() {
        return Set.of(Command.STRIKE_DONE, Command.STRIKE_CANNOT, Command.SWAP, Command.MISTAKE);
    }

    @Override
    public boolean handle(Dialog dialog) {
        if (dialog.sender().isEmpty()) {
            return false;
        }
        Long person = dialog.sender().map(Person::getId).orElseThrow();
        InboundMessage message = dialog.message();
        Notice reply = dialog.optionData() != null ? option(dialog.optionData(), person, message)
                : command(dialog, person, message);
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

    private Notice command(Dialog dialog, Long person, InboundMessage message) {
        Command command = dialog.command();
        if (command == null) {
            return null;
        }
        return switch (command) {
            case STRIKE_CANNOT -> strikes.cannotOpen(person);
            case SWAP -> swaps.requestSwap(person);
            case MISTAKE -> mistakes.report(person);
            case STRIKE_DONE -> strikes.confirmOpen(person, message.channel(), message.receivedAt(), dialog.rest());
            default -> null;
        };
    }
}
