package vn.keng.incident;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import vn.keng.conversation.Command;
import vn.keng.conversation.Dialog;
import vn.keng.conversation.DialogHandler;
import vn.keng.conversation.Intent;
import vn.keng.conversation.Reading;
import vn.keng.messaging.InboundMessage;
import vn.keng.messaging.Notice;
import vn.keng.registry.Language;
import vn.keng.registry.Person;

/**
 * The "incident" dialog, as the conversation understood the message: a report by command ("BAO
 * CHAY NHA ONG BA THON 3") or by the intent model ("có cháy ở nhà bác Tư"), the numbered question
 * when an emergency is possible but not sure, details added by the next message, answers to alarms
 * ("incident:coming:42", "1", "đến ngay"), closing ("XONG", "SAI") and verifying, which the
 * conversation lets only the people asked give.
 */
@Component
class IncidentDialog implements DialogHandler {

    private static final Map<Command, IncidentKind> REPORTS = Map.of(Command.REPORT_FIRE, IncidentKind.FIRE,
            Command.REPORT_THEFT, IncidentKind.THEFT, Command.REPORT_RESCUE, IncidentKind.RESCUE,
            Command.REPORT_DISORDER, IncidentKind.DISORDER, Command.REPORT_OTHER, IncidentKind.OTHER);
    /** The numbered question: 1-4 report that kind, 0 is "not a report". */
    private static final List<IncidentKind> ASKED = List.of(IncidentKind.FIRE, IncidentKind.THEFT, IncidentKind.RESCUE,
            IncidentKind.DISORDER);
    private static final String NOT_A_REPORT = "NONE";

    private final Incidents incidents;
    private final IncidentReporting reporting;
    private final IncidentAnswers answers;
    private final IncidentClosing closing;
    private final IncidentSettings settings;
    private final Clock clock;

    IncidentDialog(Incidents incidents, IncidentReporting reporting, IncidentAnswers answers, IncidentClosing closing,
            IncidentSettings settings, Clock clock) {
        this.incidents = incidents;
        this.reporting = reporting;
        this.answers = answers;
        this.closing = closing;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "incident";
    }

    @Override
    public Set<Command> commands() {
        Set<Command> commands = EnumSet.of(Command.RESOLVE, Command.FALSE_ALARM, Command.CONFIRM, Command.DISMISS,
                Command.COMING);
        commands.addAll(REPORTS.keySet());
        return commands;
    }

    @Override
    public Set<Intent> intents() {
        return EnumSet.of(Intent.FIRE, Intent.THEFT, Intent.RESCUE, Intent.DISORDER);
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
        Reading.Route route = dialog.reading().route();
        if (route == Reading.Route.ASK) {
            askKind(dialog);
            return true;
        }
        if (route == Reading.Route.DIALOG) {
            return pending(dialog);
        }
        if (route == Reading.Route.INTENT) {
            String text = dialog.message().text();
            dialog.clearState();
            report(dialog, IncidentKind.valueOf(dialog.intent().name()), PlaceInText.of(text), text);
            return true;
        }
        Command command = dialog.command();
        if (command == null) {
            return false;
        }
        return switch (command) {
            case RESOLVE -> onLatest(dialog, List.of(IncidentStatus.OPEN),
                    (p, i) -> closing.close(p, i, IncidentStatus.RESOLVED));
            case FALSE_ALARM -> onLatest(dialog, List.of(IncidentStatus.OPEN),
                    (p, i) -> closing.close(p, i, IncidentStatus.FALSE_ALARM));
            case CONFIRM, DISMISS -> onLatest(dialog, List.of(IncidentStatus.UNVERIFIED),
                    (p, i) -> closing.verify(p, i, command == Command.CONFIRM));
            case COMING -> onLatest(dialog, List.of(IncidentStatus.OPEN),
                    (p, i) -> answers.answer(p, dialog.message().channel(), i, Answer.COMING));
            default -> reportCommand(dialog, REPORTS.get(command));
        };
    }

    private boolean reportCommand(Dialog dialog, IncidentKind kind) {
        if (kind == null) {
            return false;
        }
        dialog.clearState();
        report(dialog, kind, PlaceInText.afterCommand(dialog.rest()), dialog.message().text());
        return true;
    }

    /** Hands the report to the incident module as plain data, and passes its answer on. */
    private void report(Dialog dialog, IncidentKind kind, String place, String text) {
        InboundMessage message = dialog.message();
        ReportReceipt receipt = reporting.report(new IncidentReport(kind, place, text, dialog.sender(),
                message.channel(), message.senderAddress(), message.via(), message.location(), message.attachmentRef()));
        if (receipt.reply() != null) {
            dialog.reply(receipt.reply());
        }
        if (receipt.followUpIncident() != null) {
            dialog.keepState(Map.of("step", "details", "incident", String.valueOf(receipt.followUpIncident())),
                    settings.followUp());
        }
    }

    /** One numbered question in one SMS: "1=Cháy 2=Trộm 3=Cứu nạn 4=Gây rối 0=Không phải", naming 114 and 113. */
    private void askKind(Dialog dialog) {
        long expires = clock.instant().plus(settings.followUp()).getEpochSecond();
        List<Notice.Option> options = new java.util.ArrayList<>();
        for (IncidentKind kind : ASKED) {
            options.add(new Notice.Option("incident.option.kind." + kind.name(), "incident:kind:" + kind.name() + ":" + expires));
        }
        options.add(new Notice.Option("incident.option.kind.NONE", "incident:kind:" + NOT_A_REPORT + ":" + expires, 0));
        dialog.reply(Notice.info("incident.ask-kind", Map.of()).withOptions(options)
                .withValidUntil(Instant.ofEpochSecond(expires)));
        dialog.keepState(Map.of("step", "kind", "text", dialog.message().text()), settings.followUp());
    }

    private boolean option(Dialog dialog, String[] parts) {
        if (parts.length >= 3 && parts[1].equals("kind")) {
            return kindAnswered(dialog, parts);
        }
        if (parts.length != 3) {
            return false;
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
        Person person = dialog.sender().get();
        Notice reply = switch (parts[1]) {
            case "coming" -> answers.answer(person, dialog.message().channel(), locked, Answer.COMING);
            case "cannot" -> answers.answer(person, dialog.message().channel(), locked, Answer.CANNOT);
            case "resolve" -> closing.close(person, locked, IncidentStatus.RESOLVED);
            case "false" -> closing.close(person, locked, IncidentStatus.FALSE_ALARM);
            case "confirm" -> closing.verify(person, locked, true);
            case "dismiss" -> closing.verify(person, locked, false);
            default -> null;
        };
        if (reply == null) {
            return false;
        }
        dialog.reply(reply);
        return true;
    }

    /** The answer to the numbered question, while it is open: a kind reports at once, 0 changes nothing. */
    private boolean kindAnswered(Dialog dialog, String[] parts) {
        if (parts.length == 4 && !parts[3].matches("\\d{1,12}")) {
            return false;
        }
        if (parts.length == 4 && clock.instant().getEpochSecond() > Long.parseLong(parts[3])) {
            dialog.reply(Notice.info("incident.question-expired", Map.of()));
            return true;
        }
        String text = dialog.state().filter(s -> "kind".equals(s.get("step"))).map(s -> s.get("text")).orElse("");
        dialog.clearState();
        if (NOT_A_REPORT.equals(parts[2])) {
            dialog.reply(Notice.info("incident.not-a-report", Map.of()));
            return true;
        }
        IncidentKind kind;
        try {
            kind = IncidentKind.valueOf(parts[2]);
        } catch (IllegalArgumentException e) {
            return false;
        }
        report(dialog, kind, PlaceInText.of(text), text.isEmpty() ? dialog.message().text() : text);
        return true;
    }

    /** Applies an action to the latest incident in the given statuses the sender was alarmed about. */
    private boolean onLatest(Dialog dialog, List<IncidentStatus> statuses,
            java.util.function.BiFunction<Person, Incident, Notice> action) {
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
        dialog.reply(action.apply(sender.get(), incidents.findForUpdate(latest.get(0).getId()).orElseThrow()));
        return true;
    }

    private boolean pending(Dialog dialog) {
        Optional<Map<String, String>> state = dialog.state();
        if (state.isPresent() && "kind".equals(state.get().get("step"))) {
            askKind(dialog); // an answer that names no option: the question once more, never "not understood"
            return true;
        }
        if (state.isEmpty() || !"details".equals(state.get().get("step"))) {
            return false;
        }
        InboundMessage message = dialog.message();
        Optional<Notice> added = reporting.addDetails(Long.parseLong(state.get().get("incident")),
                dialog.sender().map(Person::getLanguage).orElse(Language.VI), dialog.rest(), message.location(),
                message.attachmentRef());
        added.ifPresent(dialog::reply);
        return added.isPresent();
    }
}
