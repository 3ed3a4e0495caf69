package vn.keng.report;

import java.util.Set;

import org.springframework.stereotype.Component;

import vn.keng.conversation.Command;
import vn.keng.conversation.Dialog;
import vn.keng.conversation.DialogHandler;
import vn.keng.registry.Person;

/** "XAC NHAN BC 2026": a village head confirms the village's figures of the year (see {@link ReportCalendar}). */
@Component
class ReportConfirmDialog implements DialogHandler {

    private final ReportCalendar calendar;

    ReportConfirmDialog(ReportCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public String name() {
        return "reportconfirm";
    }

    @Override
    public Set<Command> commands() {
        return Set.of(Command.REPORT_CONFIRM);
    }

    @Override
    public boolean handle(Dialog dialog) {
        if (dialog.sender().isEmpty() || dialog.command() != Command.REPORT_CONFIRM) {
            return false;
        }
        dialog.reply(calendar.confirm(dialog.sender().map(Person::getId).orElseThrow(), dialog.rest()));
        return true;
    }
}
