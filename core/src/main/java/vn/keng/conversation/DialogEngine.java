package vn.keng.conversation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.keng.messaging.AnswerOptions;
import vn.keng.messaging.InboundHandler;
import vn.keng.messaging.InboundMessage;
import vn.keng.messaging.Notice;
import vn.keng.messaging.Notifications;
import vn.keng.registry.Person;

/**
 * Routes each message to one handler: option data (a tapped button, or a bare digit answering the
 * last question) by its prefix; then an exact keyword; then the dialog the sender is in the middle
 * of; then a keyword with one typo; anything else gets help that lists what can be said.
 */
@Component
class DialogEngine implements InboundHandler {

    private static final Logger log = LoggerFactory.getLogger(DialogEngine.class);

    private final List<DialogHandler> handlers;
    private final Map<String, DialogHandler> byName = new HashMap<>();
    private final Notifications notifications;
    private final AnswerOptions answers;
    private final DialogStates states;

    DialogEngine(List<DialogHandler> handlers, Notifications notifications, AnswerOptions answers, DialogStates states) {
        this.handlers = List.copyOf(handlers); // in @Order order, as Spring injects them
        this.notifications = notifications;
        this.answers = answers;
        this.states = states;
        for (DialogHandler handler : handlers) {
            if (byName.put(handler.name(), handler) != null) {
                throw new IllegalStateException("Two dialog handlers named " + handler.name());
            }
        }
    }

    @Override
    public void handle(InboundMessage message, Optional<Person> sender) {
        String key = sender.map(p -> AnswerOptions.personKey(p.getId()))
                .orElse(AnswerOptions.addressKey(message.channel(), message.senderAddress()));
        String folded = TextMatcher.fold(message.text());
        String optionData = message.buttonData();
        if (optionData == null && folded.matches("[1-9]")) {
            optionData = answers.resolve(key, Integer.parseInt(folded)).orElse(null);
            if (optionData == null) {
                reply(message, "conversation.no-question");
                return;
            }
        }
        if (optionData != null) {
            routeOption(message, sender, key, optionData);
            return;
        }
        for (Candidate exact : keywordCandidates(folded, true)) {
            if (run(exact.handler(), message, sender, key, exact, null)) {
                return;
            }
        }
        Optional<String> pending = states.handlerOf(key);
        if (pending.isPresent()) {
            DialogHandler handler = byName.get(pending.get());
            if (handler != null && run(handler, message, sender, key, null, null)) {
                return;
            }
        }
        for (Candidate fuzzy : keywordCandidates(folded, false)) {
            if (run(fuzzy.handler(), message, sender, key, fuzzy, null)) {
                return;
            }
        }
        reply(message, sender.isPresent() ? "conversation.not-understood" : "conversation.unknown-sender");
    }

    private void routeOption(InboundMessage message, Optional<Person> sender, String key, String data) {
        int colon = data.indexOf(':');
        DialogHandler handler = byName.get(colon > 0 ? data.substring(0, colon) : data);
        if (handler == null || !run(handler, message, sender, key, null, data)) {
            log.info("Option data '{}' from {} matched no handler", data, message.channel());
            reply(message, "conversation.stale-option");
        }
    }

    private boolean run(DialogHandler handler, InboundMessage message, Optional<Person> sender, String key,
            Candidate keyword, String optionData) {
        if (sender.isEmpty() && !handler.acceptsUnknownSenders()) {
            reply(message, "conversation.unknown-sender");
            return true;
        }
        String rest = keyword == null ? message.text().strip() : restAfter(message.text(), keyword.end());
        DialogContext dialog = new DialogContext(message, sender, key, handler.name(),
                keyword == null ? null : keyword.keyword(), rest, optionData, notifications, states);
        return handler.handle(dialog);
    }

    /** The typed text after the keyword, found by counting folded letters (folding keeps one character per letter). */
    static String restAfter(String text, int foldedEnd) {
        String folded = TextMatcher.fold(text);
        int letters = folded.substring(0, Math.min(foldedEnd, folded.length())).replace(" ", "").length();
        String plain = vn.keng.messaging.TextForms.withoutDiacritics(text);
        int seen = 0;
        int i = 0;
        while (i < plain.length() && seen < letters) {
            if (Character.isLetterOrDigit(plain.charAt(i)) || plain.charAt(i) == '/') {
                seen++;
            }
            i++;
        }
        int offset = Math.min(i, text.length());
        return text.length() == plain.length() ? text.substring(offset).strip() : plain.substring(offset).strip();
    }

    /**
     * The handlers whose keyword starts the text, the longest match first, then in handler order
     * ({@code @Order}): when two handlers share a word ("xong" confirms a strike and closes an
     * incident), the first may decline and the next one gets it.
     */
    private List<Candidate> keywordCandidates(String folded, boolean exact) {
        List<Candidate> found = new java.util.ArrayList<>();
        for (DialogHandler handler : handlers) {
            Candidate best = null;
            for (String keyword : handler.keywords()) {
                TextMatcher.Match match = TextMatcher.match(folded, keyword);
                if (match.found() && match.exact() == exact && (best == null || match.end() > best.end())) {
                    best = new Candidate(handler, TextMatcher.fold(keyword), match.end());
                }
            }
            if (best != null) {
                found.add(best);
            }
        }
        found.sort(java.util.Comparator.comparingInt(Candidate::end).reversed());
        return found;
    }

    private void reply(InboundMessage message, String template) {
        notifications.reply(message, Notice.info(template, Map.of()));
    }

    private record Candidate(DialogHandler handler, String keyword, int end) {
    }
}
