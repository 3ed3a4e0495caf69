package vn.keng.conversation;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

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
 * Hands each message, as {@link Understanding} reads it, to the one handler that owns the option
 * data's prefix, the command, the open dialog or the intent; anything else gets the "not
 * understood" answer, which names the emergency numbers.
 */
@Component
class DialogEngine implements InboundHandler {

    private static final Logger log = LoggerFactory.getLogger(DialogEngine.class);

    private final Map<String, DialogHandler> byName = new HashMap<>();
    private final Map<Command, DialogHandler> byCommand = new EnumMap<>(Command.class);
    private final Map<Intent, DialogHandler> byIntent = new EnumMap<>(Intent.class);
    private final Understanding understanding;
    private final List<Standings> standings;
    private final Notifications notifications;
    private final AnswerOptions answers;
    private final DialogStates states;

    DialogEngine(List<DialogHandler> handlers, Understanding understanding, List<Standings> standings,
            Notifications notifications, AnswerOptions answers, DialogStates states) {
        this.understanding = understanding;
        this.standings = List.copyOf(standings);
        this.notifications = notifications;
        this.answers = answers;
        this.states = states;
        for (DialogHandler handler : handlers) {
            own(byName, handler.name(), handler);
            handler.commands().forEach(c -> own(byCommand, c, handler));
            handler.intents().forEach(i -> own(byIntent, i, handler));
        }
    }

    private static <K> void own(Map<K, DialogHandler> owners, K key, DialogHandler handler) {
        DialogHandler before = owners.put(key, handler);
        if (before != null) {
            throw new IllegalStateException(key + " is claimed by two dialog handlers: " + before.name() + ", " + handler.name());
        }
    }

    @Override
    public String handle(InboundMessage message, Optional<Person> sender) {
        String key = sender.map(p -> AnswerOptions.personKey(p.getId()))
                .orElse(AnswerOptions.addressKey(message.channel(), message.senderAddress()));
        Optional<String> dialog = states.handlerOf(key);
        Situation situation = new Situation(sender.isPresent(),
                sender.map(Person::getRoles).orElse(Set.of()),
                standingsOf(sender), question(key), dialog.filter(byName::containsKey).isPresent());
        Reading reading = understanding.read(message.text(), message.buttonData(), situation);
        DialogHandler handler = switch (reading.route()) {
            case OPTION -> byName.get(prefix(reading.data()));
            case COMMAND -> byCommand.get(reading.command());
            case DIALOG -> byName.get(dialog.orElse(""));
            case INTENT -> byIntent.get(reading.intent());
            case ASK -> byIntent.get(Intent.FIRE);
            case NO_QUESTION, NOT_UNDERSTOOD -> null;
        };
        if (reading.route() == Reading.Route.NO_QUESTION) {
            reply(message, "conversation.no-question");
        } else if (handler == null) {
            if (reading.route() == Reading.Route.OPTION) {
                log.info("Option data '{}' from {} matched no handler", reading.data(), message.channel());
                reply(message, "conversation.stale-option");
            } else {
                notUnderstood(message, sender);
            }
        } else if (sender.isEmpty() && !handler.acceptsUnknownSenders()) {
            reply(message, "conversation.unknown-sender");
        } else if (!handler.handle(new DialogContext(message, sender, key, handler.name(), reading, notifications, states,
                text -> passOn(message, sender, key, situation, text)))) {
            if (reading.route() == Reading.Route.OPTION) {
                reply(message, "conversation.stale-option");
            } else {
                notUnderstood(message, sender);
            }
        }
        log.debug("Message {} from {} understood as {}", message.providerMessageId(), message.channel(), reading.summary());
        return reading.summary();
    }

    /** A note a handler passes on: handled as its own message when it reports an emergency. */
    private boolean passOn(InboundMessage message, Optional<Person> sender, String key, Situation situation, String text) {
        Reading reading = understanding.readNote(text, situation);
        if (reading == null) {
            return false;
        }
        DialogHandler handler = reading.route() == Reading.Route.COMMAND ? byCommand.get(reading.command())
                : byIntent.get(reading.route() == Reading.Route.ASK ? Intent.FIRE : reading.intent());
        if (handler == null) {
            return false;
        }
        InboundMessage note = new InboundMessage(message.channel(), message.providerMessageId() + "#note",
                message.senderAddress(), message.chatAddress(), text.strip(), message.location(), null, null,
                message.receivedAt(), message.via());
        log.debug("Note of message {} passed on as {}", message.providerMessageId(), reading.summary());
        return handler.handle(new DialogContext(note, sender, key, handler.name(), reading, notifications, states,
                more -> false));
    }

    private Supplier<Set<Standing>> standingsOf(Optional<Person> sender) {
        return new Supplier<>() {
            private Set<Standing> known;

            @Override
            public Set<Standing> get() {
                if (known == null) {
                    Set<Standing> all = EnumSet.noneOf(Standing.class);
                    sender.ifPresent(person -> standings.forEach(s -> all.addAll(s.of(person))));
                    known = all;
                }
                return known;
            }
        };
    }

    private Situation.OpenQuestion question(String key) {
        Map<String, String> options = answers.question(key);
        if (options.isEmpty()) {
            return Situation.OpenQuestion.NONE;
        }
        return new Situation.OpenQuestion() {
            @Override
            public Optional<String> byNumber(int number) {
                return Optional.ofNullable(options.get(String.valueOf(number)));
            }

            @Override
            public Optional<String> byWords(String folded) {
                return Optional.ofNullable(options.get(AnswerOptions.wordsField(folded)));
            }
        };
    }

    private static String prefix(String data) {
        int colon = data.indexOf(':');
        return colon > 0 ? data.substring(0, colon) : data;
    }

    private void notUnderstood(InboundMessage message, Optional<Person> sender) {
        reply(message, sender.isPresent() ? "conversation.not-understood" : "conversation.unknown-sender");
    }

    private void reply(InboundMessage message, String template) {
        notifications.reply(message, Notice.info(template, Map.of()));
    }
}
