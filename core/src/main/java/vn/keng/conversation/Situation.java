package vn.keng.conversation;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import vn.keng.registry.Role;

/**
 * What is known of the sender when a message arrives: whether the service knows them, their roles,
 * what they have been asked (looked up only when a command needs it), their open question, and
 * whether they are in the middle of a dialog.
 */
record Situation(boolean known, Set<Role> roles, Supplier<Set<Standing>> standings, OpenQuestion question,
        boolean inDialog) {

    /** The options of the last question asked to the sender, while it is open. */
    interface OpenQuestion {

        OpenQuestion NONE = new OpenQuestion() {
            @Override
            public Optional<String> byNumber(int number) {
                return Optional.empty();
            }

            @Override
            public Optional<String> byWords(String folded) {
                return Optional.empty();
            }
        };

        /** The data of the option with this number. */
        Optional<String> byNumber(int number);

        /** The data of the option whose label is these words (folded). */
        Optional<String> byWords(String folded);
    }
}
