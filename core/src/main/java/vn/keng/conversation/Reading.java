package vn.keng.conversation;

import java.util.Locale;

/**
 * How one message was understood, and why: the route it takes, the command or intent, the model's
 * confidence, the option data it selected, the text after a command, and the rule that decided.
 */
public record Reading(Route route, Command command, Intent intent, double confidence, String data, String rest,
        String rule) {

    /** Where a message goes. */
    public enum Route {
        /** An answer to the open question (digit, words of an option, a tapped button). */
        OPTION,
        /** A bare digit with no open question. */
        NO_QUESTION,
        /** An explicit command the sender may give. */
        COMMAND,
        /** The next step of a dialog the sender is in. */
        DIALOG,
        /** Free text the model is sure about. */
        INTENT,
        /** An emergency is possible but not sure: one numbered question back. */
        ASK,
        /** Nothing to act on. */
        NOT_UNDERSTOOD
    }

    static Reading option(String data, String rule) {
        return new Reading(Route.OPTION, null, null, 1, data, "", rule);
    }

    static Reading command(Command command, String rest, String rule) {
        return new Reading(Route.COMMAND, command, null, 1, null, rest, rule);
    }

    static Reading of(Route route, Intent intent, double confidence, String rest, String rule) {
        return new Reading(route, null, intent, confidence, null, rest, rule);
    }

    /** One line for logs and the simulator: "INTENT FIRE 0.93 (model: sure emergency)". */
    public String summary() {
        StringBuilder line = new StringBuilder(route.name());
        if (command != null) {
            line.append(' ').append(command.name());
        }
        if (intent != null) {
            line.append(' ').append(intent.name()).append(String.format(Locale.ROOT, " %.2f", confidence));
        }
        if (data != null) {
            line.append(' ').append(data);
        }
        return line.append(" (").append(rule).append(')').toString();
    }
}
