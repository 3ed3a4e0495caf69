package vn.keng.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionTemplate;

import vn.keng.notice.Notices;
import vn.keng.platform.ConflictException;
import vn.keng.duty.Patrols;
import vn.keng.registry.Commune;
import vn.keng.registry.RegistryReads;
import vn.keng.registry.GongPoint;
import vn.keng.registry.Household;
import vn.keng.registry.Language;
import vn.keng.registry.Person;
import vn.keng.registry.PhoneNumber;
import vn.keng.registry.Registry;
import vn.keng.registry.Role;
import vn.keng.registry.Rotation;
import vn.keng.registry.SafetyGroup;
import vn.keng.registry.SignalKind;
import vn.keng.registry.Village;
import vn.keng.registry.VillageKind;

/**
 * Loads the demo commune once: Xa Dong Thinh (Ngoc Lac, Thanh Hoa), the commune of the seed plan,
 * with its seven villages. Village and person names are invented; the structure follows the plan.
 * Restarting finds the commune and adds nothing; two instances starting together on an empty
 * database load it once (the loser's transaction meets the commune's unique name and rolls back).
 */
@Component
@Order(0)
@ConditionalOnBooleanProperty("keng.demo.enabled")
class DemoData implements ApplicationRunner {

    static final String PROVINCE = "Thanh Hóa";
    static final String COMMUNE = "Xã Đồng Thịnh";
    static final String OFFICIAL_PHONE = "0912000001";
    static final String POLICE_PHONE = "0912000002";
    static final String PARTY_PHONE = "0912000003";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final String[] VILLAGES = {"Thôn Đồng Tâm", "Thôn Thịnh Sơn", "Làng Mường Chuông", "Thôn Cao Phong",
            "Thôn Tân Lập", "Làng Đồng Lạc", "Thôn Minh Thành"};
    private static final String[] FAMILY = {"Nguyễn", "Lê", "Phạm", "Trịnh", "Hoàng", "Bùi", "Quách", "Đỗ"};
    private static final String[] GIVEN = {"Văn An", "Thị Bình", "Văn Cường", "Thị Dung", "Văn Hùng", "Thị Lan",
            "Văn Minh", "Thị Nga", "Văn Phúc", "Thị Quyên", "Văn Sơn", "Thị Thu"};
    private static final int HOUSEHOLDS_PER_VILLAGE = 12;
    /** Households 1-6 form group 1, 7-12 group 2; one household of the last village is left out, to show the coverage warning. */
    private static final int GROUP_SIZE = 6;

    /** A notice of the kind the plan's propaganda duty sends, kept as sent two days ago. */
    static final String SAMPLE_NOTICE = "Tối thứ Bảy 19:30 họp dân tại nhà văn hóa thôn: phổ biến phòng cháy, chữa cháy"
            + " mùa khô và kiện toàn tổ liên gia. Đề nghị mỗi hộ cử một người dự.";

    private final Registry registry;
    private final RegistryReads reads;
    private final Notices notices;
    private final Patrols patrols;
    private final TransactionTemplate tx;

    DemoData(Registry registry, RegistryReads reads, Notices notices, Patrols patrols, TransactionTemplate tx) {
        this.registry = registry;
        this.patrols = patrols;
        this.reads = reads;
        this.notices = notices;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        load(true);
    }

    /** Loads the demo commune; {@code checkFirst} false plays the instance that lost the race to another. */
    void load(boolean checkFirst) {
        if (checkFirst && loaded()) {
            log.info("Demo data already loaded ({}).", COMMUNE);
            return;
        }
        try {
            tx.executeWithoutResult(status -> loadCommune());
        } catch (DataIntegrityViolationException | ConflictException e) {
            if (!loaded()) {
                throw e;
            }
            log.info("Demo data was loaded by another instance at the same time ({}).", COMMUNE);
        }
    }

    private boolean loaded() {
        return reads.commune(PROVINCE, COMMUNE).isPresent();
    }

    private void loadCommune() {
        Commune commune = registry.createCommune(COMMUNE, PROVINCE);
        Long c = commune.getId();
        registry.createPerson(c, "Lê Văn Hòa (UBND xã)", PhoneNumber.parse(OFFICIAL_PHONE),
                EnumSet.of(Role.OFFICIAL), null, null, Language.VI);
        registry.createPerson(c, "Trịnh Văn Quang (Công an xã)", PhoneNumber.parse(POLICE_PHONE),
                EnumSet.of(Role.POLICE), null, null, Language.VI);
        registry.createPerson(c, "Đỗ Văn Thành (Đảng ủy xã)", PhoneNumber.parse(PARTY_PHONE),
                EnumSet.of(Role.PARTY_COMMITTEE), null, null, Language.VI);
        List<Long> villages = new java.util.ArrayList<>();
        for (int v = 0; v < VILLAGES.length; v++) {
            villages.add(village(c, v));
        }
        notices.recordSent(c, "UBND " + COMMUNE, List.of(villages.get(0), villages.get(2)), SAMPLE_NOTICE,
                Instant.now().minus(Duration.ofDays(2)));
        log.info("Demo data loaded: {} with {} villages.", COMMUNE, VILLAGES.length);
    }

    private Long village(Long communeId, int v) {
        VillageKind kind = VILLAGES[v].startsWith("Làng") ? VillageKind.LANG : VillageKind.THON;
        Village village = registry.createVillage(communeId, VILLAGES[v], kind, 150 + 20 * v);
        Long id = village.getId();
        GongPoint gong = registry.createGongPoint(id, "Nhà văn hóa " + VILLAGES[v], true, 20.07 + v * 0.01, 105.37 + v * 0.01);
        registry.addSignal(id, SignalKind.PEACE, v % 2 == 0 ? "3 hồi ngắn" : "1 hồi 9 tiếng",
                LocalTime.of(22, 0), "Kẻng báo yên");
        registry.addSignal(id, SignalKind.ALARM, "Đánh liên hồi, dồn dập", null, "Kẻng báo động");
        registry.addSignal(id, SignalKind.FIRE, "2 hồi dài, lặp lại", null, "Kẻng báo cháy");

        SafetyGroup group = registry.createGroup(id, "Tổ liên gia số 1", null, null);
        SafetyGroup second = registry.createGroup(id, "Tổ liên gia số 2", null, null);
        List<Person> residents = new ArrayList<>();
        for (int h = 0; h < HOUSEHOLDS_PER_VILLAGE; h++) {
            boolean leftOut = v == VILLAGES.length - 1 && h == HOUSEHOLDS_PER_VILLAGE - 1;
            Long groupId = leftOut ? null : h < GROUP_SIZE ? group.getId() : second.getId();
            Household household = registry.createHousehold(id, "H" + (h + 1), "Xóm " + (h / 4 + 1) + ", " + VILLAGES[v],
                    groupId);
            String name = FAMILY[(v + h) % FAMILY.length] + " " + GIVEN[h % GIVEN.length];
            Set<Role> roles = EnumSet.of(Role.RESIDENT);
            if (h == 0) {
                roles.add(Role.VILLAGE_HEAD);
            }
            if (h == 1 || h == 2 || h == 3) {
                roles.add(Role.STRIKER);
            }
            if (h == 4 || h == 5 || h == 6 || h == 7) {
                roles.add(Role.GROUP_LEADER);
            }
            residents.add(registry.createPerson(communeId, name, phone(v, h), roles, id, household.getId(), Language.VI));
        }
        registry.appointLeaders(group.getId(), residents.get(4).getId(), residents.get(5).getId());
        registry.appointLeaders(second.getId(), residents.get(6).getId(), residents.get(7).getId());
        registry.setRoster(gong.getId(), Rotation.DAILY, LocalDate.of(2026, 1, 1),
                List.of(residents.get(1).getId(), residents.get(2).getId()), residents.get(3).getId());
        // The security team's patrol after the gong: households 9 and 10 lead it in turn, 11 stands in.
        patrols.setRoster(id, Rotation.DAILY, LocalDate.of(2026, 1, 1),
                List.of(residents.get(8).getId(), residents.get(9).getId()), residents.get(10).getId());
        return id;
    }

    /** 0913 VV HH 00: easy to read aloud in training (village, household). */
    static PhoneNumber phone(int village, int household) {
        return PhoneNumber.parse(String.format("0913%02d%02d00", village + 1, household + 1));
    }
}
