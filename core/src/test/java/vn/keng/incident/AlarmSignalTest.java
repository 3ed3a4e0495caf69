package vn.keng.incident;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import vn.keng.registry.Registry;
import vn.keng.registry.SignalKind;
import vn.keng.testing.CoreTest;

/** The striker is asked to strike the village's own signal: FIRE for a fire, ALARM for the rest, else the default. */
@CoreTest
class AlarmSignalTest extends IncidentTestSupport {

    @Autowired Registry registry;
    @Autowired TransactionTemplate tx;

    @Test
    void aFireUsesTheVillagesFireSignalAndATheftItsAlarmSignal() {
        IncidentScene.Built s = scene.build(2, 0);
        tx.executeWithoutResult(t -> {
            registry.addSignal(s.village.getId(), SignalKind.ALARM,
                    "đánh liên hồi 3 hồi", null, null);
            registry.addSignal(s.village.getId(), SignalKind.FIRE,
                    "2 hồi dài, lặp lại", null, null);
        });
        scene.sms(s.members.get(0), "BAO CHAY nha ong Ba");
        assertThat(awaitSms(s.striker, "DANH KENG BAO DONG").text())
                .startsWith("DANH KENG BAO DONG 2 hoi dai, lap lai: CHAY, NO tai nha ong Ba");
        scene.sms(s.members.get(1), "BAO TROM xe may o cho");
        assertThat(awaitSms(s.striker, "TROM").text()).startsWith("DANH KENG BAO DONG danh lien hoi 3 hoi: TROM tai");
    }

    @Test
    void withoutASignalTableTheStrikerIsToldTheUsualWay() {
        IncidentScene.Built s = scene.build(1, 0);
        scene.sms(s.members.get(0), "BAO CHAY nha ong Ba");
        assertThat(awaitSms(s.striker, "DANH KENG BAO DONG").text())
                .startsWith("DANH KENG BAO DONG lien hoi, don dap: CHAY, NO tai nha ong Ba");
    }
}
