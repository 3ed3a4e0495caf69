package vn.keng.incident;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.keng.conversation.Dialog;
import vn.keng.conversation.DialogHandler;
import vn.keng.messaging.Notice;
import vn.keng.registry.Person;

/**
 * The "incident" dialog: reports by keyword ("CHAY NHA ONG BA THON 3"), the kind asked back for a
 * lone ambiguous word, details added by the next message, answers to alarms ("incident:coming:42",
 * or "1" to the last alarm), closing ("XONG", "SAI"), confirming or dismissing unverified reports.
 */
@Component
@Order(20) // After the duty dialog, which shares "xong" / "done".
class IncidentDialog implements DialogHandler {

    private static final List<IncidentKind> ASKED = List.of(IncidentKind.FIRE, IncidentKind.THEFT,
            IncidentKind.RESCUE, IncidentKind.DISORDER, IncidentKind.OTHER);

    private final Incidents incidents;
    private final IncidentReporting reporting;
    private final IncidentAnswers answers;
    private final IncidentClosing closing;
    private final IncidentSettings settings;

    IncidentDialog(Incidents incidents, IncidentReporting reporting, IncidentAnswers answers, IncidentClosing closing,
            IncidentSettings settings) {
        this.incidents = incidents;
        this.reporting = reporting;
        this.answers = answers;
        this.closing = closing;
        this.settings = settings;
    }

    @Override
    public String name() {
        return "incident";
    }

    @Override
    public List<String> keywords() {
        return IncidentKeywords.all();
    }

    @Override
    public boolean acceptsUnknownSenders() {
        return true;
    }

    @Override
    public boolean handle(Dialog dialog) {
        if (dialog.optionData() != null) {
            return option(dialog, dialog.optionData().split(":"));
        }
        String keyword = dialog.keyword();
        if (keyword == null) {
            return pending(dialog);
        }
        if (IncidentKeywords.RESOLVE.contains(keyword)) {
            return onLatest(dialog, List.of(IncidentStatus.OPEN), i -> closing.close(dialog, i, IncidentStatus.RESOLVED));
        }
        if (IncidentKeywords.FALSE_ALARM.contains(keyword)) {
            return onLatest(dialog, List.of(IncidentStatus.OPEN), i -> closing.close(dialog, i, IncidentStatus.FALSE_ALARM));
        }
        if (IncidentKeywords.CONFIRM.contains(keyword) || IncidentKeywords.DISMISS.contains(keyword)) {
            boolean confirm = IncidentKeywords.CONFIRM.contains(keyword);
            return onLatest(dialog, List.of(IncidentStatus.UNVERIFIED), i -> closing.verify(dialog, i, confirm));
        }
        if (IncidentKeywords.COMING.contains(keyword)) {
            return onLatest(dialog, List.of(IncidentStatus.OPEN), i -> answers.answer(dialog, i, Answer.COMING));
        }
        IncidentKind kind = IncidentKeywords.REPORT.get(keyword);
        if (kind == null) {
            return false;
        }
        String place = dialog.rest().isBlank() ? null : dialog.rest();
        if (place == null && IncidentKeywords.AMBIGUOUS.contains(keyword)) {
            askKind(dialog);
            return true;
        }
        dialog.clearState();
        reporting.report(dialog, kind, place, dialog.message().text());
        return true;
    }

    private void askKind(Dialog dialog) {
        List<Notice.Option> options = ASKED.stream()
                .map(k -> new Notice.Option("incident.option.kind." + k.name(), "incident:kind:" + k.name())).toList();
        dialog.reply(Notice.info("incident.ask-kind", Map.of()).withOptions(options));
        dialog.keepState(Map.of("step", "kind", "text", dialog.message().text()), settings.followUp());
    }

    private boolean option(Dialog dialog, String[] parts) {
        if (parts.length != 3) {
            return false;
        }
        if (parts[1].equals("kind")) {
            IncidentKind kind;
            try {
                kind = IncidentKind.valueOf(parts[2]);
            } catch (IllegalArgumentException e) {
                return false;
            }
            String text = dialog.state().map(s -> s.get("text")).orElse("");
            dialog.clearState();
            reporting.report(dialog, kind, null, text);
            return true;
        }
        long id;
        try {
            id = Long.parseLong(parts[2]);
        } catch (NumberFormatException e) {
            return false;
        }
        if (dialog.sender().isEmpty()) {
            dialog.reply(Notice.info("conversation.unknown-sender", Map.of()));
            return true;
        }
        Optional<Incident> incident = incidents.findForUpdate(id);
        if (incident.isEmpty()) {
            return false;
        }
        Incident locked = incident.get();
        switch (parts[1]) {
            case "coming" -> answers.answer(dialog, locked, Answer.COMING);
            case "cannot" -> answers.answer(dialog, locked, Answer.CANNOT);
            case "resolve" -> closing.close(dialog, locked, IncidentStatus.RESOLVED);
            case "false" -> closing.close(dialog, locked, IncidentStatus.FALSE_ALARM);
            case "confirm" -> closing.verify(dialog, locked, true);
            case "dismiss" -> closing.verify(dialog, locked, false);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Applies an action to the latest incident in the given statuses the sender was alarmed about. */
    private boolean onLatest(Dialog dialog, List<IncidentStatus> statuses, java.util.function.Consumer<Incident> action) {
        Optional<Person> sender = dialog.sender();
        if (sender.isEmpty()) {
            dialog.reply(Notice.info("incident.close-not-allowed", Map.of()));
            return true;
        }
        List<Incident> latest = incidents.findAlertedTo(sender.get().getId(), EnumSet.copyOf(statuses),
                PageRequest.of(0, 1));
        if (latest.isEmpty()) {
            dialog.reply(Notice.info("incident.nothing-open", Map.of()));
            return true;
        }
        action.accept(incidents.findForUpdate(latest.get(0).getId()).orElseThrow());
        return true;
    }

    private boolean pending(Dialog dialog) {
        Optional<Map<String, String>> state = dialog.state();
        if (state.isEmpty() || !"details".equals(state.get().get("step"))) {
            return false;
        }
        return reporting.addDetails(dialog, Long.parseLong(state.get().get("incident")));
    }
}
