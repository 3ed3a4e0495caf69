package vn.keng.conversation;

import java.util.List;

/**
 * One intent of the dialog engine (confirm a strike, report an incident, answer an alarm, ask for a
 * report...). A Spring bean implementing it registers itself.
 */
public interface DialogHandler {

    /** A unique lower-case name; it is the prefix of this handler's option data ({@code duty:confirm:42}). */
    String name();

    /**
     * Phrases that start this handler, in Vietnamese and English; matched at the start of the text
     * after removing diacritics, case, punctuation and spaces ("bao chay" matches "Báo cháy!",
     * "BAOCHAY").
     */
    List<String> keywords();

    /** Whether people the service does not know may use it (an incident report may; a strike confirmation may not). */
    default boolean acceptsUnknownSenders() {
        return false;
    }

    /**
     * Handles a message routed here: by keyword, by option data with this handler's prefix, or as
     * the next step of a dialog this handler started.
     *
     * @return false to decline (the engine goes on to the next way of routing, and finally help)
     */
    boolean handle(Dialog dialog);
}
