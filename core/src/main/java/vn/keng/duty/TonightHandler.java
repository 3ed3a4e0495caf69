package vn.keng.duty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.keng.conversation.Command;
import vn.keng.conversation.Dialog;
import vn.keng.conversation.DialogHandler;
import vn.keng.messaging.Notice;
import vn.keng.registry.Commune;
import vn.keng.registry.Communes;
import vn.keng.registry.DutyRoster;
import vn.keng.registry.GongPoint;
import vn.keng.registry.Person;
import vn.keng.registry.RoundDirectory;

/**
 * "Ca trực tối nay" (the Telegram menu button of strikers, or typed): the gong points the person
 * strikes tonight by the rosters, or where they are the backup, with the gong time; or that they
 * have no duty tonight.
 */
@Component
class TonightHandler implements DialogHandler {

    private final RoundDirectory directory;
    private final Communes communes;
    private final Clock clock;

    TonightHandler(RoundDirectory directory, Communes communes, Clock clock) {
        this.directory = directory;
        this.communes = communes;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "tonight";
    }

    @Override
    public Set<Command> commands() {
        return Set.of(Command.MY_DUTY);
    }

    @Override
    public boolean handle(Dialog dialog) {
        Person person = dialog.sender().orElseThrow();
        Commune commune = communes.findById(person.getCommuneId()).orElseThrow();
        LocalDate night = RoundSchedule.nightAt(commune, clock.instant());
        Map<Long, DutyRoster> rosters = directory.rostersOfCommune(commune.getId());
        List<String> striking = new ArrayList<>();
        List<String> backing = new ArrayList<>();
        for (GongPoint point : directory.gongPoints(commune.getId())) {
            DutyRoster roster = rosters.get(point.getId());
            if (roster == null) {
                continue;
            }
            if (roster.strikerOn(night).filter(person.getId()::equals).isPresent()) {
                striking.add(point.getName());
            } else if (person.getId().equals(roster.getBackupId())) {
                backing.add(point.getName());
            }
        }
        Map<String, Object> params = new HashMap<>();
        params.put("night", night.format(DutyNotices.DAY));
        params.put("time", commune.getGongTime().toString());
        if (!striking.isEmpty()) {
            params.put("gongPoint", String.join(", ", striking));
            dialog.reply(Notice.info("menu.tonight.striker", params));
        } else if (!backing.isEmpty()) {
            params.put("gongPoint", String.join(", ", backing));
            dialog.reply(Notice.info("menu.tonight.backup", params));
        } else {
            dialog.reply(Notice.info("menu.tonight.none", params));
        }
        return true;
    }
}
