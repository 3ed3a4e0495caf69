package vn.keng.notice;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.keng.messaging.ChannelType;
import vn.keng.messaging.Notice;
import vn.keng.messaging.Notifications;
import vn.keng.messaging.SmsText;
import vn.keng.messaging.Templates;
import vn.keng.registry.Commune;
import vn.keng.registry.Language;
import vn.keng.registry.People;
import vn.keng.registry.Person;
import vn.keng.registry.Registry;
import vn.keng.registry.Village;

/**
 * Village notices: a draft with its audience and cost, then sent (or cancelled) by its sender. Used by
 * the chat command ({@link NoticeHandler}) and the admin API alike.
 */
@Service
@Transactional
public class Notices {

    private static final Logger log = LoggerFactory.getLogger(Notices.class);
    static final String MESSAGE = "notice.message";
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final int AUDIENCE_NAMES = 40;

    private final VillageNotices notices;
    private final Registry registry;
    private final People people;
    private final Notifications notifications;
    private final Templates templates;
    private final NoticeSettings settings;
    private final Clock clock;

    Notices(VillageNotices notices, Registry registry, People people, Notifications notifications, Templates templates,
            NoticeSettings settings, Clock clock) {
        this.notices = notices;
        this.registry = registry;
        this.people = people;
        this.notifications = notifications;
        this.templates = templates;
        this.settings = settings;
        this.clock = clock;
    }

    /** What became of a request to draft a notice. */
    public sealed interface Draft {
        /** Ready to be confirmed; {@code lastSentAt} is set when the sender sent one within the repeat window. */
        record Ready(VillageNotice notice, Instant lastSentAt) implements Draft {
        }

        /** Not drafted: the template (and its parameters) telling why. */
        record Refused(String template, Map<String, Object> params) implements Draft {
        }
    }

    /** What a confirmed notice did: recipients queued, and when its SMS copies leave (null: at once). */
    public record Sent(VillageNotice notice, int queued, Instant smsNotBefore) {
    }

    /**
     * Drafts a notice: checks the text and the audience and counts the recipients and the SMS it costs.
     *
     * @param sender who sends it (null through the admin API)
     * @param senderName how recipients see the sender ("UBND Xã Đồng Thịnh"); null for the sender's office
     * @param villageIds the villages addressed; empty for the whole commune
     */
    public Draft draft(long communeId, Person sender, String senderName, List<Long> villageIds, String text) {
        Commune commune = registry.commune(communeId);
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            return new Draft.Refused("notice.usage", Map.of());
        }
        if (body.length() > settings.maxLength()) {
            return new Draft.Refused("notice.too-long", Map.of("length", body.length(), "max", settings.maxLength()));
        }
        List<Village> villages = new ArrayList<>();
        for (Long id : villageIds) {
            Village village = registry.village(id);
            if (!village.getCommuneId().equals(communeId)) {
                throw new IllegalArgumentException("village " + id + " is not in commune " + communeId);
            }
            villages.add(village);
        }
        String audience = audience(commune, villages);
        String from = senderName != null && !senderName.isBlank() ? senderName.strip() : senderName(commune, sender);
        int recipients = 0;
        int sms = 0;
        for (Person person : recipients(communeId, villages, sender)) {
            Optional<ChannelType> channel = notifications.infoChannel(person.getId());
            if (channel.isPresent()) {
                recipients++;
                sms += channel.get() == ChannelType.SMS ? 1 : 0;
            }
        }
        if (recipients == 0) {
            return new Draft.Refused("notice.empty-audience", Map.of("audience", audience));
        }
        int segments = SmsText.segments(templates.render(MESSAGE, Language.VI, ChannelType.SMS,
                Map.of("sender", from, "text", body), false)).count();
        Instant now = clock.instant();
        VillageNotice notice = notices.save(new VillageNotice(communeId, sender == null ? null : sender.getId(), from,
                body, villages.stream().map(Village::getId).toList(), audience, recipients, sms, segments, now));
        Instant last = sender == null ? null
                : notices.findBySenderIdAndStatusAndSentAtAfter(sender.getId(), NoticeStatus.SENT,
                        now.minus(settings.repeatWindow())).stream().map(VillageNotice::getSentAt)
                        .max(Instant::compareTo).orElse(null);
        return new Draft.Ready(notice, last);
    }

    /** Sends a draft to its audience, once. Empty when it is not a draft any more (sent or cancelled). */
    public Optional<Sent> send(long noticeId) {
        VillageNotice notice = notices.findById(noticeId).orElseThrow(() ->
                new vn.keng.platform.NotFoundException("Notice", noticeId));
        Instant now = clock.instant();
        if (!notice.markSent(now)) {
            return Optional.empty();
        }
        Commune commune = registry.commune(notice.getCommuneId());
        Instant smsNotBefore = QuietHours.of(settings).smsNotBefore(now, commune.getTimeZone());
        List<Village> villages = notice.villages().stream().map(registry::village).toList();
        Person sender = notice.getSenderId() == null ? null : people.findById(notice.getSenderId()).orElse(null);
        Notice message = Notice.info(MESSAGE, Map.of("sender", notice.getSenderName(), "text", notice.getText()));
        int queued = 0;
        for (Person person : recipients(notice.getCommuneId(), villages, sender)) {
            if (!notifications.announce(person.getId(), message, smsNotBefore).isEmpty()) {
                queued++;
            }
        }
        log.info("Notice {} of commune {} sent to {} people ({}){}", notice.getId(), notice.getCommuneId(), queued,
                notice.getAudience(), smsNotBefore == null ? "" : "; SMS wait until " + smsNotBefore);
        return Optional.of(new Sent(notice, queued, smsNotBefore));
    }

    /**
     * Keeps a notice that was sent before (the demo commune's history, an import): listed and counted in
     * reports like the others; nothing is queued.
     */
    public VillageNotice recordSent(long communeId, String senderName, List<Long> villageIds, String text, Instant sentAt) {
        Draft draft = draft(communeId, null, senderName, villageIds, text);
        if (draft instanceof Draft.Refused refused) {
            throw new IllegalArgumentException("notice refused: " + refused.template());
        }
        VillageNotice notice = ((Draft.Ready) draft).notice();
        notice.markSent(sentAt);
        return notice;
    }

    /** Cancels a draft; false when it was sent or cancelled already. */
    public boolean cancel(long noticeId) {
        return notices.findById(noticeId).map(VillageNotice::cancel).orElse(false);
    }

    @Transactional(readOnly = true)
    public Optional<VillageNotice> find(long noticeId) {
        return notices.findById(noticeId);
    }

    @Transactional(readOnly = true)
    public List<VillageNotice> list(long communeId) {
        registry.commune(communeId);
        return notices.findByCommuneIdOrderByCreatedAtDesc(communeId);
    }

    /** The parameters of the question that asks a sender to confirm a draft. */
    Map<String, Object> confirmParams(Draft.Ready ready) {
        VillageNotice n = ready.notice();
        Map<String, Object> params = new HashMap<>();
        params.put("audience", n.getAudience());
        params.put("recipients", n.getRecipients());
        params.put("sms", n.getSmsRecipients());
        params.put("segments", n.getSmsSegments());
        params.put("cost", n.getSmsRecipients() * n.getSmsSegments());
        if (ready.lastSentAt() != null) {
            Commune commune = registry.commune(n.getCommuneId());
            params.put("time", TIME.format(LocalTime.ofInstant(ready.lastSentAt(), commune.getTimeZone())));
        }
        return params;
    }

    /** The parameters of the answer once sent. */
    Map<String, Object> sentParams(Sent sent) {
        Map<String, Object> params = new HashMap<>();
        params.put("recipients", sent.queued());
        params.put("audience", sent.notice().getAudience());
        if (sent.smsNotBefore() != null) {
            Commune commune = registry.commune(sent.notice().getCommuneId());
            params.put("time", TIME.format(LocalTime.ofInstant(sent.smsNotBefore(), commune.getTimeZone())));
            params.put("from", TIME.format(settings.quietFrom()));
        }
        return params;
    }

    /** Everyone of the villages (or the commune) but the sender. */
    private List<Person> recipients(long communeId, List<Village> villages, Person sender) {
        List<Person> all = new ArrayList<>();
        if (villages.isEmpty()) {
            all.addAll(people.findByCommuneIdOrderByName(communeId));
        } else {
            villages.forEach(v -> all.addAll(people.findByVillageIdOrderByName(v.getId())));
        }
        return all.stream().filter(p -> sender == null || !p.getId().equals(sender.getId())).toList();
    }

    private String audience(Commune commune, List<Village> villages) {
        if (villages.isEmpty()) {
            return Templates.fill(templates.raw("notice.audience-commune", Language.VI, false),
                    Map.of("commune", commune.getName()));
        }
        StringBuilder names = new StringBuilder();
        int shown = 0;
        for (Village village : villages) {
            if (shown > 0 && names.length() + village.getName().length() + 2 > AUDIENCE_NAMES) {
                break;
            }
            names.append(shown == 0 ? "" : ", ").append(village.getName());
            shown++;
        }
        return shown < villages.size() ? names + " +" + (villages.size() - shown) : names.toString();
    }

    /** "UBND Xã Đồng Thịnh" for an official, "Trưởng thôn Đồng Tâm" for the head of Thôn Đồng Tâm. */
    private String senderName(Commune commune, Person sender) {
        if (sender != null && sender.hasRole(vn.keng.registry.Role.VILLAGE_HEAD) && sender.getVillageId() != null
                && !sender.hasRole(vn.keng.registry.Role.OFFICIAL)) {
            String village = registry.village(sender.getVillageId()).getName();
            return Templates.fill(templates.raw("notice.sender-village", Language.VI, false),
                    Map.of("village", village.isEmpty() ? village
                            : Character.toLowerCase(village.charAt(0)) + village.substring(1)));
        }
        return Templates.fill(templates.raw("notice.sender-commune", Language.VI, false),
                Map.of("commune", commune.getName()));
    }
}
