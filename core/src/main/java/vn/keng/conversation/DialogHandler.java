package vn.keng.conversation;

import java.util.Set;

/**
 * One flow of the conversation (gong duty, incidents, reports, help...): the commands and intents it
 * takes. A Spring bean implementing it registers itself; {@link Understanding} decides what a
 * message means and the engine hands it to the handler that owns the command, the intent, the
 * option data's prefix or the open dialog.
 */
public interface DialogHandler {

    /** A unique lower-case name; it is the prefix of this handler's option data ({@code duty:confirm:42}). */
    String name();

    /** The explicit commands this handler carries out (each command has one handler). */
    default Set<Command> commands() {
        return Set.of();
    }

    /** The intents of free text this handler acts on (each intent has one handler); the owner of FIRE also asks the numbered question. */
    default Set<Intent> intents() {
        return Set.of();
    }

    /** Whether people the service does not know may use it (an incident report may; a strike confirmation may not). */
    default boolean acceptsUnknownSenders() {
        return false;
    }

    /**
     * Handles a message routed here.
     *
     * @return false to decline (the sender is told the message was not understood)
     */
    boolean handle(Dialog dialog);
}
