package vn.keng.conversation;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.keng.registry.Role;

/**
 * Runs labelled lines through {@link Understanding} as the sender of each role would be seen, and
 * counts what the issue counts: lost reports (an emergency that raises no alarm and asks nothing),
 * false alarms (a line that is no report raising one), opt-out changes that were not asked for,
 * gong confirmations from a role that may not give them; and precision and recall per intent.
 */
final class UnderstandingEvaluation {

    /** One labelled line: what it should do, who sends it, the text. */
    record Line(String expected, String role, String text) {
    }

    /** What one line became. */
    record Outcome(Line line, Reading reading, String verdict) {
    }

    final List<Outcome> outcomes = new ArrayList<>();
    final List<Outcome> lost = new ArrayList<>();
    final List<Outcome> falseAlarms = new ArrayList<>();
    final List<Outcome> unwantedOptChanges = new ArrayList<>();
    final List<Outcome> forbiddenConfirmations = new ArrayList<>();
    final List<Outcome> wrong = new ArrayList<>();
    int noneLines;
    int asked;

    private final Understanding understanding;

    UnderstandingEvaluation(Understanding understanding) {
        this.understanding = understanding;
    }

    static List<Line> lines(String resource, int columns) {
        var in = UnderstandingEvaluation.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing " + resource);
        }
        List<Line> lines = new ArrayList<>();
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(l -> {
                    String[] parts = l.split("\t", columns);
                    lines.add(columns == 3 ? new Line(parts[0], parts[1], parts[2]) : new Line(parts[0], "RESIDENT", parts[1]));
                });
        return lines;
    }

    /** The sender as the service sees them: a striker tonight has the reminder's question open. */
    static Situation situation(String role) {
        return switch (role) {
            case "STRIKER" -> new Situation(true, Set.of(Role.STRIKER), () -> EnumSet.of(Standing.GONG_DUTY), REMINDER, false);
            case "HEAD" -> new Situation(true, Set.of(Role.VILLAGE_HEAD), () -> EnumSet.of(Standing.GONG_DUTY),
                    Situation.OpenQuestion.NONE, false);
            case "OFFICIAL" -> new Situation(true, Set.of(Role.OFFICIAL), () -> EnumSet.noneOf(Standing.class),
                    Situation.OpenQuestion.NONE, false);
            default -> new Situation(true, Set.of(Role.RESIDENT), () -> EnumSet.noneOf(Standing.class),
                    Situation.OpenQuestion.NONE, false);
        };
    }

    /** The striker's reminder: 1=Da danh, 2=Khong danh duoc. */
    static final Situation.OpenQuestion REMINDER = new Situation.OpenQuestion() {
        @Override
        public Optional<String> byNumber(int number) {
            return number == 1 ? Optional.of("duty:done:1") : number == 2 ? Optional.of("duty:cannot:1") : Optional.empty();
        }

        @Override
        public Optional<String> byWords(String folded) {
            return "da danh".equals(folded) ? Optional.of("duty:done:1") : Optional.empty();
        }
    };

    UnderstandingEvaluation run(List<Line> lines) {
        for (Line line : lines) {
            Reading reading = understanding.read(line.text(), null, situation(line.role()));
            String verdict = judge(line, reading);
            Outcome outcome = new Outcome(line, reading, verdict);
            outcomes.add(outcome);
            // The same words from a plain resident must never confirm a gong or close anything.
            Reading asResident = understanding.read(line.text(), null, situation("RESIDENT"));
            if (confirms(asResident)) {
                forbiddenConfirmations.add(new Outcome(line, asResident, "confirmation from a resident"));
            }
        }
        return this;
    }

    private String judge(Line line, Reading r) {
        Intent acted = acted(r);
        if (r.route() == Reading.Route.ASK) {
            asked++;
        }
        switch (line.expected()) {
            case "FIRE", "THEFT", "RESCUE", "DISORDER" -> {
                if (acted == null && r.route() != Reading.Route.ASK) {
                    lost.add(new Outcome(line, r, "lost"));
                    return "lost";
                }
                if (acted != null && !acted.name().equals(line.expected())) {
                    wrong.add(new Outcome(line, r, "other kind"));
                    return "other kind";
                }
                return r.route() == Reading.Route.ASK ? "asked" : "ok";
            }
            case "NONE" -> {
                noneLines++;
                if (acted != null) {
                    falseAlarms.add(new Outcome(line, r, "false alarm"));
                    return "false alarm";
                }
                if (r.command() == Command.OPT_OUT || r.command() == Command.OPT_IN) {
                    unwantedOptChanges.add(new Outcome(line, r, "opt change"));
                    return "opt change";
                }
                if (line.role().equals("RESIDENT") && confirms(r)) {
                    forbiddenConfirmations.add(new Outcome(line, r, "confirmation"));
                    return "confirmation";
                }
                return r.route() == Reading.Route.ASK ? "asked" : "ok";
            }
            case "OPTOUT", "OPTIN" -> {
                Command wanted = line.expected().equals("OPTOUT") ? Command.OPT_OUT : Command.OPT_IN;
                return verdict(line, r, r.command() == wanted);
            }
            case "STRIKE_DONE" -> {
                return verdict(line, r, r.command() == Command.STRIKE_DONE || "duty:done:1".equals(r.data()));
            }
            case "REPORT", "HELP" -> {
                Intent wanted = Intent.valueOf(line.expected());
                Command command = wanted == Intent.REPORT ? Command.REPORT : Command.HELP;
                return verdict(line, r, r.command() == command || (r.route() == Reading.Route.INTENT && r.intent() == wanted));
            }
            default -> throw new IllegalStateException("unknown label " + line.expected());
        }
    }

    private String verdict(Line line, Reading r, boolean right) {
        if (!right) {
            wrong.add(new Outcome(line, r, "wrong"));
            if (r.command() == Command.OPT_OUT || r.command() == Command.OPT_IN) {
                unwantedOptChanges.add(new Outcome(line, r, "opt change"));
            }
            if (acted(r) != null) {
                falseAlarms.add(new Outcome(line, r, "false alarm"));
            }
        }
        return right ? "ok" : "wrong";
    }

    /** The emergency a reading raises an alarm for at once, or null. */
    static Intent acted(Reading r) {
        if (r.route() == Reading.Route.INTENT && r.intent() != null && r.intent().emergency()) {
            return r.intent();
        }
        if (r.route() == Reading.Route.COMMAND && r.command() != null && r.command().reportsIncident()) {
            String kind = r.command().name().substring("REPORT_".length());
            return kind.equals("OTHER") ? Intent.NONE : Intent.valueOf(kind);
        }
        return null;
    }

    static boolean confirms(Reading r) {
        return r.command() == Command.STRIKE_DONE || r.command() == Command.RESOLVE || r.command() == Command.FALSE_ALARM;
    }

    /** Precision and recall of what was done at once, per expected label, and the errors, for the test log. */
    String report(String title) {
        Map<String, int[]> counts = new java.util.TreeMap<>(); // label -> {true positives, expected, predicted}
        for (Outcome o : outcomes) {
            String expected = o.line().expected();
            String predicted = predicted(o.reading());
            counts.computeIfAbsent(expected, k -> new int[3])[1]++;
            counts.computeIfAbsent(predicted, k -> new int[3])[2]++;
            if (expected.equals(predicted)) {
                counts.get(expected)[0]++;
            }
        }
        StringBuilder out = new StringBuilder("EVALUATION " + title + ": " + outcomes.size() + " lines, lost " + lost.size()
                + ", false alarms " + falseAlarms.size() + "/" + noneLines + ", unwanted opt changes "
                + unwantedOptChanges.size() + ", forbidden confirmations " + forbiddenConfirmations.size() + ", questions "
                + asked + "\n");
        counts.forEach((label, c) -> out.append(String.format(Locale.ROOT, "  %-12s precision %5.1f%%  recall %5.1f%%  (%d expected)%n",
                label, c[2] == 0 ? 0 : 100.0 * c[0] / c[2], c[1] == 0 ? 0 : 100.0 * c[0] / c[1], c[1])));
        List<Outcome> errors = new ArrayList<>(lost);
        errors.addAll(falseAlarms);
        errors.addAll(unwantedOptChanges);
        errors.addAll(forbiddenConfirmations);
        errors.addAll(wrong);
        outcomes.stream().filter(o -> o.verdict().equals("asked") && o.line().expected().equals("NONE"))
                .forEach(o -> errors.add(new Outcome(o.line(), o.reading(), "asked (no report)")));
        errors.forEach(o -> out.append("  ").append(o.verdict()).append(": [").append(o.line().expected()).append(' ')
                .append(o.line().role()).append("] ").append(o.line().text()).append(" -> ").append(o.reading().summary())
                .append('\n'));
        return out.toString();
    }

    /** The label a reading amounts to: the emergency acted on, ASK, the command or intent, or NONE. */
    static String predicted(Reading r) {
        Intent acted = acted(r);
        if (acted != null) {
            return acted.name();
        }
        if (r.route() == Reading.Route.ASK) {
            return "ASK";
        }
        if (r.command() != null) {
            return switch (r.command()) {
                case OPT_OUT -> "OPTOUT";
                case OPT_IN -> "OPTIN";
                case STRIKE_DONE -> "STRIKE_DONE";
                case REPORT -> "REPORT";
                case HELP -> "HELP";
                default -> r.command().name();
            };
        }
        if ("duty:done:1".equals(r.data())) {
            return "STRIKE_DONE";
        }
        if (r.route() == Reading.Route.INTENT && r.intent() != null) {
            return r.intent().name();
        }
        return "NONE";
    }
}
