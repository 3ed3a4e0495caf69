package vn.keng.duty;

import java.util.Set;

import org.springframework.stereotype.Component;

import vn.keng.conversation.Command;
import vn.keng.conversation.Dialog;
import vn.keng.conversation.DialogHandler;
import vn.keng.registry.Person;

/**
 * The patrol leader's answer: "TUAN TRA XONG" (or option 1 of the reminder), optionally with a note
 * ("TUAN TRA XONG, binh thuong", "TUAN TRA XONG, co chay o bai rom"). The patrol is recorded for
 * whoever the night asked; anyone else is told politely it is not counted. The note is then passed
 * through the conversation's understanding: a hazard in it becomes an incident like any report.
 */
@Component
class PatrolDialog implements DialogHandler {

    private final Patrols patrols;

    PatrolDialog(Patrols patrols) {
        this.patrols = patrols;
    }

    @Override
    public String name() {
        return "patrol";
    }

    @Override
    public Set<Command> commands() {
        return Set.of(Command.PATROL_DONE);
    }

    @Override
    public boolean handle(Dialog dialog) {
        if (dialog.sender().isEmpty()) {
            return false;
        }
        Long person = dialog.sender().map(Person::getId).orElseThrow();
        String data = dialog.optionData();
        if (data != null) {
            String[] parts = data.split(":");
            if (parts.length != 3 || !"done".equals(parts[1]) || !parts[2].matches("\\d{1,18}")) {
                return false;
            }
            dialog.reply(patrols.done(person, Long.parseLong(parts[2]), null));
            return true;
        }
        if (dialog.command() != Command.PATROL_DONE) {
            return false;
        }
        String note = note(dialog.rest());
        dialog.reply(patrols.done(person, null, note));
        dialog.passOn(note);
        return true;
    }

    /** The note after the command, without the separator people type (", ", ": ", "- "). */
    static String note(String rest) {
        return rest == null ? "" : rest.replaceFirst("^[\\s,.:;\\-]+", "").strip();
    }
}
