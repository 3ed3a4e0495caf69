package vn.keng.duty;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import vn.keng.registry.Commune;
import vn.keng.registry.Role;
import vn.keng.registry.RoundDirectory;

/**
 * Last night's round in one message for the commune's police and officials: "Dem 27/11: 7/7 thon
 * danh keng dung gio", or how many were on time and which villages were late, missed or not
 * reminded. A village counts as on time when every gong point of it was confirmed in time.
 */
@Component
class MorningDigest {

    /** Room left for village names so that the SMS stays one segment. */
    private static final int NAMES_BUDGET = 20;

    private final NightlyDuties duties;
    private final RoundDirectory directory;
    private final DutyNotices notices;

    MorningDigest(NightlyDuties duties, RoundDirectory directory, DutyNotices notices) {
        this.duties = duties;
        this.directory = directory;
        this.notices = notices;
    }

    int send(Commune commune, java.time.LocalDate night) {
        List<NightlyDuty> records = duties.findByCommuneIdAndNightOrderByVillageIdAscGongPointIdAsc(commune.getId(), night);
        if (records.isEmpty()) {
            return 0;
        }
        var villages = directory.villages(commune.getId());
        Map<Long, DutyStatus> worst = new TreeMap<>();
        for (NightlyDuty duty : records) {
            worst.merge(duty.getVillageId(), duty.effectiveStatus(), MorningDigest::worse);
        }
        List<String> late = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        List<String> down = new ArrayList<>();
        worst.forEach((villageId, status) -> {
            String name = villages.containsKey(villageId) ? villages.get(villageId).getName() : "?";
            switch (status) {
                case LATE -> late.add(name);
                case MISSED, PENDING -> missed.add(name);
                case SERVICE_DOWN -> down.add(name);
                default -> { }
            }
        });
        int total = worst.size();
        int ok = total - late.size() - missed.size() - down.size();
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("night", DutyNotices.DAY.format(night));
        params.put("ok", ok);
        params.put("total", total);
        params.put("missed", names(missed));
        params.put("late", names(late));
        params.put("down", names(down));
        String template = ok == total ? "duty.digest_all" : "duty.digest";
        Set<Long> recipients = new LinkedHashSet<>(directory.withRole(commune.getId(), Role.POLICE));
        recipients.addAll(directory.withRole(commune.getId(), Role.OFFICIAL));
        recipients.forEach(person -> notices.tell(person, template, params, null));
        return recipients.size();
    }

    /** The worse of two statuses of one village's gong points. */
    private static DutyStatus worse(DutyStatus a, DutyStatus b) {
        return rank(a) >= rank(b) ? a : b;
    }

    private static int rank(DutyStatus status) {
        return switch (status) {
            case ON_TIME, SUBSTITUTE, EXCUSED -> 0;
            case LATE -> 1;
            case SERVICE_DOWN -> 2;
            case MISSED, PENDING -> 3;
        };
    }

    /** Village names, shortened with "+N" so that the message stays one SMS segment. */
    static String names(List<String> names) {
        if (names.isEmpty()) {
            return "0";
        }
        StringBuilder text = new StringBuilder();
        int shown = 0;
        for (String name : names) {
            if (shown > 0 && text.length() + name.length() + 2 > NAMES_BUDGET) {
                break;
            }
            text.append(shown == 0 ? "" : ", ").append(name);
            shown++;
        }
        return shown < names.size() ? text + " +" + (names.size() - shown) : text.toString();
    }
}
