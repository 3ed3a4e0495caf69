package vn.keng.duty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.Scenario;

import vn.keng.registry.Commune;
import vn.keng.registry.CommuneChange;
import vn.keng.registry.Language;
import vn.keng.registry.Registry;
import vn.keng.testing.CoreModuleTest;
import vn.keng.testing.TestPeople;

/**
 * The duty module alone with what it depends on: changing a commune's settings through
 * {@link GongSettings} publishes {@link CommuneSettingsChanged} for that commune, which the
 * scheduler (another Maven module, not in this slice) consumes to re-plan the commune's rounds.
 */
@CoreModuleTest
class DutyModuleTest {

    @Autowired GongSettings settings;
    @Autowired Registry registry;
    @Autowired TestPeople people;
    @Autowired ApplicationContext context;

    @Test
    void theSliceHoldsDutyAndWhatItUsesButNotTheIncidentsOrReports() {
        assertThat(context.getBeanNamesForType(GongSettings.class)).hasSize(1);
        assertThat(context.getBeanNamesForType(Registry.class)).hasSize(1);
        assertThat(context.containsBean("incidentFanOut")).isFalse();
        assertThat(context.containsBean("reportFiles")).isFalse();
    }

    @Test
    void aNewCommunePublishesItsSettingsChange(Scenario scenario) {
        String name = TestPeople.unique("Xã Thử");

        scenario.stimulate(() -> settings.create(name, "Tỉnh Thử",
                        CommuneChange.initial(ZoneId.of("Asia/Ho_Chi_Minh"), LocalTime.of(21, 0),
                                Duration.ofMinutes(15), Language.VI)))
                .andWaitForEventOfType(CommuneSettingsChanged.class)
                .toArriveAndVerify((event, commune) -> assertThat(event.communeId()).isEqualTo(commune.getId()));
    }

    @Test
    void aChangedGongTimeIsStoredAndPublishedForThatCommune(Scenario scenario) {
        Commune commune = people.commune(); // through the registry: no event of its own before the change
        CommuneChange later = new CommuneChange(null, null, null, LocalTime.of(21, 45), null, null, null,
                null, null, null, null, null, null);

        scenario.stimulate(() -> settings.change(commune.getId(), later))
                .andWaitForEventOfType(CommuneSettingsChanged.class)
                .matching(event -> event.communeId() == commune.getId())
                .toArriveAndVerify(event -> assertThat(registry.commune(commune.getId()).getGongTime())
                        .isEqualTo(LocalTime.of(21, 45)));
    }
}
