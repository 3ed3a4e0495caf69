package vn.keng.duty;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.keng.registry.Commune;
import vn.keng.registry.Communes;
import vn.keng.registry.Registry;

/**
 * Creates communes and changes their settings, and tells the scheduler: every change publishes
 * {@link CommuneSettingsChanged} in its transaction (stored by the event publication registry), and
 * the rounds are re-planned once it commits.
 */
@Service
public class GongSettings {

    private final Registry registry;
    private final Communes communes;
    private final ApplicationEventPublisher events;

    GongSettings(Registry registry, Communes communes, ApplicationEventPublisher events) {
        this.registry = registry;
        this.communes = communes;
        this.events = events;
    }

    @Transactional
    public Commune create(String name, String provinceName, GongSettingsChange settings) {
        Commune commune = registry.createCommune(name, provinceName);
        apply(commune, settings);
        communes.flush();
        events.publishEvent(new CommuneSettingsChanged(commune.getId()));
        return commune;
    }

    @Transactional
    public Commune change(long communeId, GongSettingsChange change) {
        Commune commune = registry.commune(communeId);
        apply(commune, change);
        communes.flush();
        events.publishEvent(new CommuneSettingsChanged(communeId));
        return commune;
    }

    private static void apply(Commune commune, GongSettingsChange c) {
        if (c.name() != null || c.provinceName() != null) {
            commune.rename(c.name() != null ? c.name() : commune.getName(),
                    c.provinceName() != null ? c.provinceName() : commune.getProvinceName());
        }
        if (c.timeZone() != null) {
            commune.changeTimeZone(c.timeZone());
        }
        if (c.gongTime() != null) {
            commune.changeGongTime(c.gongTime());
        }
        if (c.reminderLead() != null) {
            commune.changeReminderLead(c.reminderLead());
        }
        if (c.escalationChanged()) {
            commune.changeEscalation(
                    c.confirmGrace() != null ? c.confirmGrace() : commune.getConfirmGrace(),
                    c.backupAfter() != null ? c.backupAfter() : commune.getBackupAfter(),
                    c.headAfter() != null ? c.headAfter() : commune.getHeadAfter(),
                    c.policeAfter() != null ? c.policeAfter() : commune.getPoliceAfter(),
                    c.closeAfter() != null ? c.closeAfter() : commune.getCloseAfter());
        }
        if (c.language() != null) {
            commune.changeLanguage(c.language());
        }
        if (c.smsUnicode() != null) {
            commune.changeSmsUnicode(c.smsUnicode());
        }
        if (c.smsAlways() != null) {
            commune.changeSmsAlways(c.smsAlways());
        }
    }
}
