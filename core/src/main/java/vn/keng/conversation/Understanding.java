package vn.keng.conversation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.keng.messaging.TextForms;

/**
 * The one place that decides what a message means, in this order: (1) an answer to the sender's
 * open question (a tapped button, a digit, the words of an option); (2) an explicit command the
 * sender's role and standing allow; (3) the next step of a dialog the sender is in; (4) the intent
 * model over free text; (5) a numbered question back when an emergency is possible but not sure.
 * An emergency the model is sure of outranks a command or a dialog step that would otherwise take
 * the text. Handlers act on the reading; none of them looks at the words again.
 */
@Component
class Understanding {

    /** The model's probability of one emergency at which a report acts at once. */
    static final double ACT = 0.7;
    /** The same, for text typed with diacritics that holds no hazard word of that kind. */
    static final double ACT_UNSUPPORTED = 0.9;
    /** The same, when a hazard word of that kind is in the text and the kind is the model's top class. */
    static final double ACT_AGREED = 0.45;
    /** The model's probability of one emergency at which it outranks a command ("ok, nhà ông Ba cháy rồi"). */
    static final double OUTRANK = 0.8;
    /** The model's probability of one emergency at which the sender is asked what they report. */
    static final double ASK = 0.25;
    /** The model's probability of any emergency at which the sender is asked what they report. */
    static final double ASK_ANY = 0.4;
    /** The model's probability of a report request or a help request at which it is answered. */
    static final double ANSWER = 0.5;

    private static final Set<String> POLITE = Set.of("a", "ah", "ak", "nhe", "nha", "nhen", "nhi", "di", "giup", "voi",
            "em", "anh", "chi", "toi", "minh", "oi", "vang", "da", "ad", "admin", "please", "pls", "cam", "on", "thanks",
            "thank", "you", "luon", "nhanh", "ngay", "keng", "lai", "cho", "xin");

    private final IntentModel model;
    private final List<Phrase> phrases;

    Understanding(IntentModel model) {
        this.model = model;
        List<Phrase> all = new ArrayList<>();
        for (Command command : Command.values()) {
            command.phrases().forEach(p -> all.add(new Phrase(command, p)));
        }
        all.sort(Comparator.comparingInt((Phrase p) -> p.text().replace(" ", "").length()).reversed());
        this.phrases = List.copyOf(all);
    }

    Reading read(String text, String buttonData, Situation situation) {
        if (buttonData != null && !buttonData.isBlank()) {
            return Reading.option(buttonData, "button");
        }
        String folded = TextForms.fold(text);
        Words words = Words.of(text);
        Reading answer = answer(folded, situation.question());
        if (answer != null) {
            return answer;
        }
        if (folded.isEmpty()) {
            if (!Hazards.hinted(text, words).isEmpty()) {
                return Reading.of(Reading.Route.ASK, Intent.FIRE, 0, text.strip(), "alarm emoji");
            }
            return situation.inDialog() ? Reading.of(Reading.Route.DIALOG, null, 0, "", "nothing typed, dialog open")
                    : Reading.of(Reading.Route.NOT_UNDERSTOOD, Intent.NONE, 1, "", "nothing typed");
        }
        List<Matched> commands = matching(folded);
        for (Matched phrase : commands) {
            if (phrase.command().gate().admits(situation.known(), situation.roles(), situation.standings())) {
                return command(text, phrase);
            }
        }
        String refused = commands.isEmpty() ? null : commands.get(0).command().name() + " not for this sender";
        Reading free = fromModel(text.strip(), words, model.classify(text), Hazards.hinted(text, words), refused);
        if (free.route() == Reading.Route.NOT_UNDERSTOOD && !commands.isEmpty()
                && commands.get(0).command().gate().handlerRefuses()) {
            Matched phrase = commands.get(0);
            return Reading.command(phrase.command(), DialogText.restAfter(text, phrase.end()),
                    "command not for this sender, nothing else read: its handler says why");
        }
        if (situation.inDialog() && !(free.route() == Reading.Route.INTENT && free.intent().emergency())) {
            return Reading.of(Reading.Route.DIALOG, free.intent(), free.confidence(), text.strip(), "next step of the dialog");
        }
        return free;
    }

    /**
     * Text passed on by a handler (a patrol leader's note), read as if sent alone with no question
     * or dialog open: only a report of an emergency (sure, to be asked about, or by command) counts.
     *
     * @return the reading, or null when the text reports nothing
     */
    Reading readNote(String text, Situation situation) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Situation plain = new Situation(situation.known(), situation.roles(), situation.standings(),
                Situation.OpenQuestion.NONE, false);
        Reading reading = read(text, null, plain);
        boolean report = switch (reading.route()) {
            case INTENT -> reading.intent() != null && reading.intent().emergency();
            case ASK -> true;
            case COMMAND -> reading.command().reportsIncident();
            default -> false;
        };
        return report ? reading : null;
    }

    /** A digit, or the words of an option, answering the open question; null when the text is neither. */
    private static Reading answer(String folded, Situation.OpenQuestion question) {
        if (folded.matches("\\d")) {
            return question.byNumber(Integer.parseInt(folded))
                    .map(data -> Reading.option(data, "digit answers the open question"))
                    .orElseGet(() -> Reading.of(Reading.Route.NO_QUESTION, null, 0, "", "digit without an open question"));
        }
        return folded.isEmpty() ? null : question.byWords(folded)
                .map(data -> Reading.option(data, "words of an option of the open question")).orElse(null);
    }

    /**
     * A command the sender may give. What follows it is its argument, unless the whole text is a
     * question about the command ("báo cháy thì gõ gì?") or a sure emergency outranks it.
     */
    private Reading command(String text, Matched phrase) {
        Command command = phrase.command();
        String rest = DialogText.restAfter(text, phrase.end());
        if (rest.isBlank() || command.harmless()) {
            return Reading.command(command, rest, "command");
        }
        if (command.carriesNote()) {
            return Reading.command(command, rest, "command with a note");
        }
        IntentModel.Classification c = model.classify(text);
        if (command.reportsIncident()) {
            return c.intent() == Intent.HELP && c.confidence() >= ANSWER
                    ? Reading.of(Reading.Route.INTENT, Intent.HELP, c.confidence(), text, "a question about the command")
                    : Reading.command(command, rest, "command");
        }
        Map.Entry<Intent, Double> emergency = c.bestEmergency();
        if (emergency.getValue() >= OUTRANK) {
            return Reading.of(Reading.Route.INTENT, emergency.getKey(), emergency.getValue(), text,
                    "emergency outranks the command " + command.name());
        }
        return Reading.command(command, rest, "command");
    }

    private static Reading fromModel(String text, Words words, IntentModel.Classification c, Set<Intent> hints,
            String refused) {
        Map.Entry<Intent, Double> emergency = c.bestEmergency();
        String why = refused == null ? "" : "; " + refused;
        boolean hazard = !hints.isEmpty();
        boolean past = Hazards.pastOrHearsay(words);
        // Typed with diacritics and without a word of that kind ("chạy", run, not "cháy"): the words speak against it.
        double act = hints.contains(emergency.getKey()) || !words.marked() ? ACT : ACT_UNSUPPORTED;
        if (emergency.getValue() >= act && !past) {
            return Reading.of(Reading.Route.INTENT, emergency.getKey(), emergency.getValue(), text, "model: sure" + why);
        }
        if (c.intent() == emergency.getKey() && hints.contains(emergency.getKey()) && emergency.getValue() >= ACT_AGREED
                && !past) {
            return Reading.of(Reading.Route.INTENT, emergency.getKey(), emergency.getValue(), text,
                    "model and hazard word agree" + why);
        }
        if ((c.intent() == Intent.REPORT || c.intent() == Intent.HELP) && c.confidence() >= ANSWER && !hazard) {
            return Reading.of(Reading.Route.INTENT, c.intent(), c.confidence(), text, "model" + why);
        }
        if (hazard || past && emergency.getValue() >= ACT_AGREED) {
            return Reading.of(Reading.Route.ASK, emergency.getKey(), emergency.getValue(), text,
                    (past ? "past or hearsay" : "hazard word") + ", model unsure" + why);
        }
        if (emergency.getValue() >= ASK || c.emergency() >= ASK_ANY || c.intent().emergency()) {
            return Reading.of(Reading.Route.ASK, emergency.getKey(), emergency.getValue(), text, "model unsure" + why);
        }
        return Reading.of(Reading.Route.NOT_UNDERSTOOD, c.intent(), c.confidence(), text, "model" + why);
    }

    /** The command phrases the folded text starts with, longest first; a whole-message command only when nothing but polite words follows. */
    private List<Matched> matching(String folded) {
        List<Matched> found = new ArrayList<>();
        for (Phrase phrase : phrases) {
            TextMatcher.Match match = TextMatcher.match(folded, phrase.text());
            if (!match.found() || !match.exact()) {
                continue;
            }
            if (phrase.command().whole() && !onlyPolite(folded.substring(match.end()))) {
                continue;
            }
            found.add(new Matched(phrase.command(), match.end()));
        }
        return found;
    }

    private static boolean onlyPolite(String folded) {
        for (String word : folded.strip().split(" ")) {
            if (!word.isEmpty() && !POLITE.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private record Phrase(Command command, String text) {
    }

    private record Matched(Command command, int end) {
    }
}
