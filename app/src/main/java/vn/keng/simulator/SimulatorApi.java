package vn.keng.simulator;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import vn.keng.messaging.ChannelType;
import vn.keng.messaging.GeoLocation;
import vn.keng.messaging.InboundMessage;
import vn.keng.messaging.InboundMessages;
import vn.keng.messaging.MessageLog;
import vn.keng.messaging.OutboxEntry;
import vn.keng.messaging.OutboxQueries;
import vn.keng.registry.People;
import vn.keng.registry.Person;
import vn.keng.registry.PhoneNumber;
import vn.keng.registry.Villages;

/** The simulator's JSON API: the people to play, sending as one of them, their conversation, the outbox. */
@RestController
@RequestMapping("/simulator/api")
@ConditionalOnBooleanProperty("keng.simulator.enabled")
class SimulatorApi {

    private final InboundMessages inbound;
    private final MessageLog log;
    private final OutboxQueries outbox;
    private final People people;
    private final Villages villages;
    private final SimulatorStreams streams;
    private final Clock clock;
    private final java.util.Optional<SimulatedZalo> zalo;

    SimulatorApi(InboundMessages inbound, MessageLog log, OutboxQueries outbox, People people, Villages villages,
            SimulatorStreams streams, Clock clock, java.util.Optional<SimulatedZalo> zalo) {
        this.zalo = zalo;
        this.inbound = inbound;
        this.log = log;
        this.outbox = outbox;
        this.people = people;
        this.villages = villages;
        this.streams = streams;
        this.clock = clock;
    }

    /**
     * People to play: the first 500, or those whose name contains {@code q}, or the one with phone
     * {@code q}. Phone numbers are masked ({@code 09******01}) for callers without credentials.
     */
    @GetMapping("/people")
    @Transactional(readOnly = true)
    List<PersonCard> people(@RequestParam(required = false) String q) {
        List<Person> found;
        if (q == null || q.isBlank()) {
            found = people.findAll(PageRequest.of(0, 500, Sort.by("id"))).getContent();
        } else if (q.strip().matches("[+\\d .()-]{9,}")) {
            found = phone(q).flatMap(people::findByPhone).map(List::of).orElse(List.of());
        } else {
            found = people.findTop200ByNameContainingIgnoreCaseOrderByName(q.strip());
        }
        var villageNames = new java.util.HashMap<Long, String>();
        villages.findAllById(found.stream().map(Person::getVillageId).filter(java.util.Objects::nonNull).distinct()
                .toList()).forEach(v -> villageNames.put(v.getId(), v.getName()));
        boolean showPhones = SimulatorSecurity.authenticated();
        return found.stream().map(p -> new PersonCard(p.getId(), p.getName(), p.getPhone() == null ? null
                : showPhones ? p.getPhone().national() : SimulatorAccess.mask(p.getPhone().national()), p.getRoles().stream().map(Enum::name).sorted().toList(),
                villageNames.get(p.getVillageId()))).toList();
    }

    private static java.util.Optional<PhoneNumber> phone(String q) {
        try {
            return java.util.Optional.of(PhoneNumber.parse(q));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    @PostMapping("/send")
    ResponseEntity<?> send(@RequestBody Send body) {
        if (body.personId() == null || people.findById(body.personId()).isEmpty()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "unknown person");
            problem.setTitle("Invalid input");
            return ResponseEntity.badRequest().body(problem);
        }
        GeoLocation location = body.latitude() == null || body.longitude() == null ? null
                : new GeoLocation(body.latitude(), body.longitude());
        if ("ZALO".equals(body.channel())) { // a person "on Zalo": no buttons, no location, their (simulated) account
            if (zalo.isEmpty()) {
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                        "a real Zalo bot is configured (keng.zalo.mode): the simulator plays Zalo only without one");
                problem.setTitle("Invalid input");
                return ResponseEntity.badRequest().body(problem);
            }
            var receipt = inbound.receive(new InboundMessage(ChannelType.ZALO, UUID.randomUUID().toString(),
                    zalo.get().accountOf(body.personId()), null, body.text(), null, null, null, clock.instant()));
            return ResponseEntity.ok(java.util.Map.of("receipt", receipt.name()));
        }
        var receipt = inbound.receive(new InboundMessage(ChannelType.SIMULATOR, UUID.randomUUID().toString(),
                String.valueOf(body.personId()), null, body.text(), location, body.buttonData(), null, clock.instant()));
        return ResponseEntity.ok(java.util.Map.of("receipt", receipt.name()));
    }

    @GetMapping("/conversation")
    List<MessageLog.Line> conversation(@RequestParam long personId) {
        return log.forPerson(personId, 200);
    }

    /** The latest outbox rows; addresses (phone numbers, chat ids) masked for callers without credentials. */
    @GetMapping("/outbox")
    List<OutboxEntry> outbox() {
        List<OutboxEntry> rows = outbox.recent(100);
        if (SimulatorSecurity.authenticated()) {
            return rows;
        }
        return rows.stream().map(r -> new OutboxEntry(r.id(), r.channel(), SimulatorAccess.mask(r.address()), r.personId(),
                r.template(), r.text(), r.options(), r.priority(), r.correlationKind(), r.correlationId(), r.status(),
                r.attempts(), r.nextAttemptAt(), r.validUntil(), r.providerMessageId(), r.segments(), r.lastError(),
                r.fallbackOf(), r.createdAt(), r.sentAt(), r.deliveredAt(), r.attachmentCount())).toList();
    }

    @GetMapping(path = "/stream", produces = "text/event-stream")
    SseEmitter stream(@RequestParam(required = false) String personId) {
        return streams.open(personId);
    }

    record PersonCard(Long id, String name, String phone, List<String> roles, String village) {
    }

    /** @param channel {@code ZALO} to write as the person on Zalo; else the simulator's own channel */
    record Send(Long personId, String text, String buttonData, Double latitude, Double longitude, String channel) {

        Send(Long personId, String text, String buttonData, Double latitude, Double longitude) {
            this(personId, text, buttonData, latitude, longitude, null);
        }
    }
}
