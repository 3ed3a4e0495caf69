package vn.keng.simulator;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.keng.messaging.Attachment;
import vn.keng.messaging.ChannelType;
import vn.keng.messaging.GeoLocation;
import vn.keng.messaging.InboundMessage;
import vn.keng.messaging.InboundMessages;
import vn.keng.messaging.MessageLog;
import vn.keng.messaging.OutboxEntry;
import vn.keng.messaging.OutboxQueries;
import vn.keng.messaging.OutboxStatus;
import vn.keng.messaging.Priority;
import vn.keng.platform.NotFoundException;
import vn.keng.registry.RegistryReads;
import vn.keng.registry.Person;
import vn.keng.registry.PhoneNumber;

/** The simulator's JSON API: the people to play, sending as one of them, their conversation, the outbox. */
@Tag(name = "Simulator", description = "The simulator page's API (embedded default; the admin login beside real providers)")
@Tag(name = "Simulator", description = "The simulator page's API (open on the embedded default; the admin login beside real providers)")
@RestController
@RequestMapping("/simulator/api")
@ConditionalOnBooleanProperty("keng.simulator.enabled")
class SimulatorApi {

    private final InboundMessages inbound;
    private final MessageLog log;
    private final OutboxQueries outbox;
    private final RegistryReads registry;
    private final SimulatorStreams streams;
    private final Clock clock;
    private final java.util.Optional<SimulatedZalo> zalo;

    SimulatorApi(InboundMessages inbound, MessageLog log, OutboxQueries outbox, RegistryReads registry,
            SimulatorStreams streams, Clock clock, java.util.Optional<SimulatedZalo> zalo) {
        this.zalo = zalo;
        this.inbound = inbound;
        this.log = log;
        this.outbox = outbox;
        this.registry = registry;
        this.streams = streams;
        this.clock = clock;
    }

    /**
     * People to play: the first 500, or those whose name contains {@code q}, or the one with phone
     * {@code q}. Phone numbers are masked ({@code 09******01}) for callers without credentials.
     */
    @Operation(summary = "People to play", description = "The first 500 people, or those whose name contains q, "
            + "or the one with phone q (any form). Phone numbers are masked (09******01) without credentials.")
    @GetMapping("/people")
    @Transactional(readOnly = true)
    List<PersonCard> people(@RequestParam(required = false) String q) {
        List<Person> found;
        if (q == null || q.isBlank()) {
            found = registry.firstPeople(500);
        } else if (q.strip().matches("[+\\d .()-]{9,}")) {
            found = phone(q).flatMap(registry::personByPhone).map(List::of).orElse(List.of());
        } else {
            found = registry.peopleNamed(q);
        }
        var villageNames = new java.util.HashMap<Long, String>();
        registry.villagesById(found.stream().map(Person::getVillageId).filter(java.util.Objects::nonNull).distinct()
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

    @Operation(summary = "Send as a person", description = "The text (or a tapped option's data, or a location) "
            + "enters the real pipeline on the simulator's channel, as if the person had written it; the answer "
            + "is the pipeline's receipt (ACCEPTED, DUPLICATE...). 400 for an unknown person.")
    @PostMapping("/send")
    ResponseEntity<?> send(@RequestBody Send body) {
        if (body.personId() == null || registry.person(body.personId()).isEmpty()) {
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
        return ResponseEntity.ok(new Receipt(receipt.name()));
    }

    @Operation(summary = "A person's conversation", description = "The last 200 messages to and from the person "
            + "on every channel, oldest first: how each inbound one was understood, the options offered, the "
            + "files sent (attachments, fetched one by one).")
    @GetMapping("/conversation")
    List<MessageLog.Line> conversation(@RequestParam long personId) {
        return log.forPerson(personId, 200);
    }

    /** A file sent with a message: pictures inline (the page shows them), documents as downloads. */
    @Operation(summary = "A file sent with a message", description = "The chart (image/png, inline), the PDF or the "
            + "workbook of a report, by the message's id and the file's position; 404 when there is none.")
    @GetMapping("/messages/{id}/attachments/{position}")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable int position) {
        Attachment file = outbox.attachment(id, position)
                .orElseThrow(() -> new NotFoundException("Attachment", id + "/" + position));
        ContentDisposition disposition = (file.isImage() ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(file.fileName()).build();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString()).body(file.content());
    }

    /** The latest outbox rows with their recipients' names; addresses masked for callers without credentials. */
    @Operation(summary = "The outbox", description = "The latest 100 outbound messages of every channel with their "
            + "recipient's name, priority, status and attempts; phone numbers and chat ids masked without credentials.")
    @GetMapping("/outbox")
    @Transactional(readOnly = true)
    List<OutboxLine> outbox() {
        List<OutboxEntry> rows = outbox.recent(100);
        boolean showAddresses = SimulatorSecurity.authenticated();
        Map<Long, String> names = new HashMap<>();
        registry.peopleById(rows.stream().map(OutboxEntry::personId).filter(Objects::nonNull).distinct().toList())
                .forEach(p -> names.put(p.getId(), p.getName()));
        return rows.stream().map(r -> new OutboxLine(r.id(), r.channel(),
                showAddresses ? r.address() : SimulatorAccess.mask(r.address()), r.personId(), names.get(r.personId()),
                r.template(), r.text(), r.priority(), r.status(), r.attempts(), r.attachmentCount(), r.lastError(),
                r.createdAt(), r.sentAt())).toList();
    }

    @Operation(summary = "Live changes", description = "Server-sent events named \"changed\" whenever the "
            + "conversation of personId (or, without it, any conversation or the outbox) changes.")
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

    /** What the pipeline did with a message sent from the page. */
    record Receipt(String receipt) {
    }

    /** An outbox row as the page shows it: to whom by name, not only by address. */
    record OutboxLine(long id, ChannelType channel, String address, Long personId, String personName, String template,
            String text, Priority priority, OutboxStatus status, int attempts, int attachmentCount, String lastError,
            Instant createdAt, Instant sentAt) {
    }
}
