package vn.keng.notice;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.keng.conversation.Command;
import vn.keng.conversation.Dialog;
import vn.keng.conversation.DialogHandler;
import vn.keng.messaging.Notice;
import vn.keng.messaging.Priority;
import vn.keng.messaging.TextForms;
import vn.keng.registry.Person;
import vn.keng.registry.Registry;
import vn.keng.registry.Role;
import vn.keng.registry.Village;
import vn.keng.registry.Villages;

/**
 * "THONG BAO &lt;text&gt;" (to the sender's village, or the commune for an official), "THONG BAO THON A,
 * THON B: &lt;text&gt;", "THONG BAO TOAN XA: &lt;text&gt;": drafts the notice and asks its sender to confirm
 * the audience and the cost with one digit (1 = send, 0 = cancel); nothing goes before that. Residents
 * are refused politely (and told how to report an incident).
 */
@Component
class NoticeHandler implements DialogHandler {

    private static final Set<String> WHOLE_COMMUNE = Set.of("toan xa", "ca xa", "xa", "tat ca", "all");
    /** Where a list of villages may end with ':' ("THON A, THON B: ..."): further on, the colon is the text's. */
    private static final int TARGETS_WITHIN = 200;

    private final Notices notices;
    private final Registry registry;
    private final Villages villages;
    private final NoticeSettings settings;
    private final Clock clock;

    NoticeHandler(Notices notices, Registry registry, Villages villages, NoticeSettings settings, Clock clock) {
        this.notices = notices;
        this.registry = registry;
        this.villages = villages;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "notice";
    }

    @Override
    public Set<Command> commands() {
        return Set.of(Command.NOTICE);
    }

    @Override
    public boolean handle(Dialog dialog) {
        Person sender = dialog.sender().orElseThrow();
        if (dialog.optionData() != null) {
            return answer(dialog, sender, dialog.optionData());
        }
        boolean official = sender.hasRole(Role.OFFICIAL) || sender.hasRole(Role.ADMIN);
        if (!official && !(sender.hasRole(Role.VILLAGE_HEAD) && sender.getVillageId() != null)) {
            dialog.reply(reply("notice.not-allowed", Map.of()));
            return true;
        }
        String rest = dialog.rest();
        List<Long> villages = new ArrayList<>();
        String text = rest;
        int colon = rest.indexOf(':');
        if (colon > 0 && colon <= TARGETS_WITHIN) {
            Optional<List<Long>> named = villagesNamed(sender.getCommuneId(), rest.substring(0, colon));
            if (named.isPresent()) {
                villages.addAll(named.get());
                text = rest.substring(colon + 1);
            }
        }
        if (!official) {
            Long own = sender.getVillageId();
            if (villages.stream().anyMatch(v -> !v.equals(own))) {
                dialog.reply(reply("notice.only-own-village", Map.of("village", registry.village(own).getName())));
                return true;
            }
            villages = List.of(own);
        }
        Notices.Draft draft = notices.draft(sender.getCommuneId(), sender, null, villages, text);
        if (draft instanceof Notices.Draft.Refused refused) {
            dialog.reply(reply(refused.template(), refused.params()));
            return true;
        }
        Notices.Draft.Ready ready = (Notices.Draft.Ready) draft;
        long id = ready.notice().getId();
        dialog.reply(reply(ready.lastSentAt() != null ? "notice.confirm-again" : "notice.confirm",
                notices.confirmParams(ready))
                .withOptions(List.of(new Notice.Option("notice.option.send", "notice:send:" + id),
                        new Notice.Option("notice.option.cancel", "notice:cancel:" + id, 0)))
                .withValidUntil(clock.instant().plus(settings.confirmFor())));
        return true;
    }

    /** 1 = send, 0 = cancel; only the notice's own sender may answer for it. */
    private boolean answer(Dialog dialog, Person sender, String data) {
        String[] parts = data.split(":");
        if (parts.length != 3) {
            return false;
        }
        long id = Long.parseLong(parts[2]);
        Optional<VillageNotice> notice = notices.find(id);
        if (notice.isEmpty() || !sender.getId().equals(notice.get().getSenderId())) {
            return false;
        }
        if ("cancel".equals(parts[1])) {
            dialog.reply(reply(notices.cancel(id) ? "notice.cancelled" : "notice.closed", Map.of()));
            return true;
        }
        Optional<Notices.Sent> sent = notices.send(id);
        if (sent.isEmpty()) {
            dialog.reply(reply("notice.closed", Map.of()));
        } else {
            dialog.reply(reply(sent.get().smsNotBefore() == null ? "notice.sent" : "notice.sent-morning",
                    notices.sentParams(sent.get())));
        }
        return true;
    }

    /** The villages named before the colon ("Thôn A, làng B và Đồng Tâm"), all of them known; empty otherwise. */
    private Optional<List<Long>> villagesNamed(Long communeId, String head) {
        String folded = TextForms.fold(head);
        if (WHOLE_COMMUNE.contains(folded)) {
            return Optional.of(List.of());
        }
        List<Village> all = villages.findByCommuneIdOrderByName(communeId);
        List<Long> ids = new ArrayList<>();
        for (String name : head.split(",|;| và | va | and ")) {
            String wanted = TextForms.fold(name);
            if (wanted.isEmpty()) {
                continue;
            }
            Optional<Village> match = all.stream().filter(v -> matches(v.getName(), wanted)).findFirst();
            if (match.isEmpty()) {
                return Optional.empty();
            }
            if (!ids.contains(match.get().getId())) {
                ids.add(match.get().getId());
            }
        }
        return ids.isEmpty() ? Optional.empty() : Optional.of(ids);
    }

    /** "Thôn Đồng Tâm" is named by "thon dong tam" or "dong tam". */
    private static boolean matches(String villageName, String wanted) {
        String name = TextForms.fold(villageName);
        return name.equals(wanted) || name.replaceFirst("^(thon|lang|ban|xom|ap|to dan pho) ", "").equals(wanted);
    }

    private static Notice reply(String template, Map<String, ?> params) {
        return Notice.of(template, params, Priority.INFO);
    }
}
