package vn.keng.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafetyGroupTest {

    @ParameterizedTest
    @ValueSource(longs = {5, 8, 15})
    void fiveToFifteenHouseholdsNeedNoWarning(long households) {
        assertThat(SafetyGroup.sizeWarning(households)).isNull();
    }

    @Test
    void smallerOrLargerGroupsAreWarnedAboutNotRefused() {
        assertThat(SafetyGroup.sizeWarning(4)).contains("4 households").contains("fewer");
        assertThat(SafetyGroup.sizeWarning(0)).contains("fewer");
        assertThat(SafetyGroup.sizeWarning(16)).contains("16 households").contains("more");
    }

    @Test
    void theLeaderCannotBeTheDeputy() {
        SafetyGroup group = new SafetyGroup(1L, " Tổ liên gia số 1 ");

        assertThat(group.getName()).isEqualTo("Tổ liên gia số 1");
        assertThatThrownBy(() -> group.appoint(7L, 7L)).isInstanceOf(IllegalArgumentException.class);
        group.appoint(7L, 8L);
        assertThat(group.getLeaderId()).isEqualTo(7L);
        assertThat(group.getDeputyId()).isEqualTo(8L);
    }
}
