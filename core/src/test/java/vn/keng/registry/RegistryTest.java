package vn.keng.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.keng.testing.CoreTest;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.keng.platform.ConflictException;
import vn.keng.platform.NotFoundException;

@CoreTest
class RegistryTest {

    @Autowired Registry registry;
    @Autowired People people;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aPhoneBelongsToOnePersonOnly() {
        Commune commune = registry.createCommune(TestRegistry.unique("Xã Phú Lộc"), "Thanh Hóa");
        PhoneNumber phone = TestRegistry.phoneBlock(jdbc).phone(1);
        registry.createPerson(commune.getId(), "Nguyễn Văn An", phone, Set.of(Role.RESIDENT), null, null, Language.VI);

        assertThatThrownBy(() -> registry.createPerson(commune.getId(), "Lê Thị Bình",
                PhoneNumber.parse(phone.national()), Set.of(Role.RESIDENT), null, null, Language.VI))
                .isInstanceOf(ConflictException.class).hasMessageContaining(phone.e164());
        assertThat(people.findByPhone(phone)).get().extracting(Person::getName).isEqualTo("Nguyễn Văn An");
    }

    @Test
    void aPersonCannotTakeAnotherPersonsPhoneByUpdate() {
        Commune commune = registry.createCommune(TestRegistry.unique("Xã Phú Lộc"), "Thanh Hóa");
        TestRegistry.PhoneBlock block = TestRegistry.phoneBlock(jdbc);
        registry.createPerson(commune.getId(), "An", block.phone(1), null, null, null, null);
        Person binh = registry.createPerson(commune.getId(), "Bình", block.phone(2), null, null, null, null);

        assertThatThrownBy(() -> registry.updatePerson(binh.getId(), null, block.phone(1), null, null, null, null))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aPersonLivesInAHouseholdOfTheirOwnVillage() {
        Commune commune = registry.createCommune(TestRegistry.unique("Xã Phú Lộc"), "Thanh Hóa");
        Village thon1 = registry.createVillage(commune.getId(), "Thôn 1", VillageKind.THON, 120);
        Village thon2 = registry.createVillage(commune.getId(), "Thôn 2", VillageKind.THON, 80);
        Household inThon2 = registry.createHousehold(thon2.getId(), "H1", "Xóm Đông, Thôn 2", null);

        assertThatThrownBy(() -> registry.createPerson(commune.getId(), "Phạm Văn Cường", null, null, thon1.getId(),
                inThon2.getId(), Language.VI))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not in village");
    }

    @Test
    void aVillageOfAnotherCommuneIsRefused() {
        Commune first = registry.createCommune(TestRegistry.unique("Xã A"), "Thanh Hóa");
        Commune other = registry.createCommune(TestRegistry.unique("Xã B"), "Thanh Hóa");
        Village elsewhere = registry.createVillage(other.getId(), "Bản Mường", VillageKind.BAN, null);

        assertThatThrownBy(() -> registry.createPerson(first.getId(), "Hoàng Thị Dung", null, null, elsewhere.getId(),
                null, null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not in commune");
    }

    @Test
    void aHouseholdJoinsOnlyAGroupOfItsVillage() {
        Commune commune = registry.createCommune(TestRegistry.unique("Xã Phú Lộc"), "Thanh Hóa");
        Village thon1 = registry.createVillage(commune.getId(), "Thôn 1", null, null);
        Village thon2 = registry.createVillage(commune.getId(), "Thôn 2", null, null);
        SafetyGroup group = registry.createGroup(thon2.getId(), "Tổ liên gia số 1", null, null);

        assertThatThrownBy(() -> registry.createHousehold(thon1.getId(), null, "Xóm 1", group.getId()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not in village");
    }

    @Test
    void duplicatesAndUnknownIdsAreNamed() {
        Commune commune = registry.createCommune(TestRegistry.unique("Xã Phú Lộc"), "Thanh Hóa");
        registry.createVillage(commune.getId(), "Thôn 1", null, null);

        assertThatThrownBy(() -> registry.createCommune(commune.getName(), "Thanh Hóa")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> registry.createVillage(commune.getId(), "Thôn 1", null, null))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> registry.village(-1L)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aRosterIsSetAndChangedInPlace() {
        Commune commune = registry.createCommune(TestRegistry.unique("Xã Phú Lộc"), "Thanh Hóa");
        Village village = registry.createVillage(commune.getId(), "Thôn 1", null, null);
        GongPoint gong = registry.createGongPoint(village.getId(), "Nhà văn hóa", true, null, null);
        Person a = registry.createPerson(commune.getId(), "A", null, EnumSet.of(Role.STRIKER), village.getId(), null, null);
        Person b = registry.createPerson(commune.getId(), "B", null, EnumSet.of(Role.STRIKER), village.getId(), null, null);
        LocalDate start = LocalDate.of(2026, 3, 1);

        DutyRoster first = registry.setRoster(gong.getId(), Rotation.DAILY, start, List.of(a.getId(), b.getId()), null);
        DutyRoster changed = registry.setRoster(gong.getId(), Rotation.FIXED, start, List.of(b.getId()), a.getId());

        assertThat(changed.getId()).isEqualTo(first.getId());
        assertThat(changed.strikerOn(start.plusDays(1))).contains(b.getId());
        assertThatThrownBy(() -> registry.setRoster(gong.getId(), Rotation.DAILY, start, List.of(-5L), null))
                .isInstanceOf(NotFoundException.class);
    }
}
