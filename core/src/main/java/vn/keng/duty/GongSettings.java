package vn.keng.duty;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.keng.registry.Commune;
import vn.keng.registry.CommuneChange;
import vn.keng.registry.Registry;

/**
 * Creates communes and changes their settings, and tells the scheduler: every change publishes
 * {@link CommuneSettingsChanged} in its transaction (stored by the event publication registry), and
 * the rounds are re-planned once it commits.
 */
@Service
public class GongSettings {

    private final Registry registry;
    private final ApplicationEventPublisher events;

    GongSettings(Registry registry, ApplicationEventPublisher events) {
        this.registry = registry;
        this.events = events;
    }

    @Transactional
    public Commune create(String name, String provinceName, CommuneChange settings) {
        Commune commune = registry.changeCommune(registry.createCommune(name, provinceName).getId(), settings);
        events.publishEvent(new CommuneSettingsChanged(commune.getId()));
        return commune;
    }

    @Transactional
    public Commune change(long communeId, CommuneChange change) {
        Commune commune = registry.changeCommune(communeId, change);
        events.publishEvent(new CommuneSettingsChanged(communeId));
        return commune;
    }
}
