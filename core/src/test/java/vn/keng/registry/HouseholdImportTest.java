package vn.keng.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.keng.testing.CoreTest;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.keng.registry.ImportReport.RowError;

@CoreTest
class HouseholdImportTest {

    @Autowired HouseholdImport householdImport;
    @Autowired Registry registry;
    @Autowired People people;
    @Autowired Households households;
    @Autowired JdbcTemplate jdbc;

    private Commune commune;
    private Village village;
    private SafetyGroup group;
    private TestRegistry.PhoneBlock phones;

    @BeforeEach
    void village() {
        commune = registry.createCommune(TestRegistry.unique("Xã Đồng Thịnh"), "Thanh Hóa");
        village = registry.createVillage(commune.getId(), "Thôn Đồng Tâm", VillageKind.THON, 150);
        group = registry.createGroup(village.getId(), "Tổ liên gia số 1", null, null);
        phones = TestRegistry.phoneBlock(jdbc);
    }

    private ImportReport importCsv(String csv) throws IOException {
        return householdImport.importVillage(village.getId(), new StringReader(csv));
    }

    @Test
    void aGoodFileImportsHouseholdsAndPeople() throws IOException {
        String csv = """
                ma_ho,dia_chi,to_lien_gia,ho_ten,so_dien_thoai,vai_tro,ngon_ngu
                H1,"Xóm 1, Thôn Đồng Tâm",Tổ liên gia số 1,Nguyễn Văn An,%s,RESIDENT STRIKER,vi
                H1,"Xóm 1, Thôn Đồng Tâm",Tổ liên gia số 1,Nguyễn Thị Bình,%s,,
                H2,"Xóm 2, Thôn Đồng Tâm",,Trịnh Văn Cường,,,en
                """.formatted(phones.local(1), "+84 " + phones.local(2).substring(1));

        ImportReport report = importCsv(csv);

        assertThat(report.errors()).isEmpty();
        assertThat(report.households()).isEqualTo(2);
        assertThat(report.people()).isEqualTo(3);
        assertThat(report.warnings()).anySatisfy(w -> assertThat(w).contains("Tổ liên gia số 1").contains("fewer"));
        Person an = people.findByPhone(phones.phone(1)).orElseThrow();
        assertThat(an.getRoles()).containsExactlyInAnyOrder(Role.RESIDENT, Role.STRIKER);
        assertThat(an.getVillageId()).isEqualTo(village.getId());
        Household h1 = households.findById(an.getHouseholdId()).orElseThrow();
        assertThat(h1.getCode()).isEqualTo("H1");
        assertThat(h1.getGroupId()).isNotNull();
        assertThat(people.findByPhone(phones.phone(2)).orElseThrow().getHouseholdId()).isEqualTo(h1.getId());
        assertThat(people.findByVillageIdOrderByName(village.getId())).extracting(Person::getName, Person::getLanguage)
                .contains(tuple("Trịnh Văn Cường", Language.EN));
    }

    @Test
    void thePreviewRunsEveryCheckAndWritesNothing() throws IOException {
        registry.createPerson(commune.getId(), "Đã đăng ký", phones.phone(9), null, village.getId(), null, null);
        long peopleBefore = count("person");
        long householdsBefore = count("household");
        String bad = """
                ma_ho,dia_chi,to_lien_gia,ho_ten,so_dien_thoai
                H1,Xóm 1,Tổ liên gia số 1,Nguyễn Văn An,%s
                H2,Xóm 2,Tổ liên gia số 9,Lê Thị Bình,
                """.formatted(phones.local(9));

        ImportPreview rejected = householdImport.preview(village.getId(), new StringReader(bad));

        assertThat(rejected.accepted()).isFalse();
        assertThat(rejected.rows()).isEmpty();
        assertThat(rejected.errors()).extracting(RowError::line, RowError::column).containsExactly(tuple(2, "phone"),
                tuple(3, "group"));

        String good = """
                ma_ho,dia_chi,to_lien_gia,ho_ten,so_dien_thoai,vai_tro
                H1,Xóm 1,Tổ liên gia số 1,"=HYPERLINK(""http://x"",""y"")",%s,STRIKER
                """.formatted(phones.local(1));

        ImportPreview accepted = householdImport.preview(village.getId(), new StringReader(good));

        assertThat(accepted.errors()).isEmpty();
        assertThat(accepted.rows()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(2);
            assertThat(row.name()).isEqualTo("=HYPERLINK(\"http://x\",\"y\")");
            assertThat(row.groupId()).isEqualTo(group.getId());
            assertThat(row.phone()).isEqualTo(phones.phone(1).e164());
            assertThat(row.roles()).containsExactlyInAnyOrder(Role.RESIDENT, Role.STRIKER);
        });
        assertThat(count("person")).isEqualTo(peopleBefore);
        assertThat(count("household")).isEqualTo(householdsBefore);
    }

    @Test
    void everyBadRowIsReportedAndNothingIsWritten() throws IOException {
        registry.createPerson(commune.getId(), "Đã đăng ký", phones.phone(9), null, village.getId(), null, null);
        long peopleBefore = count("person");
        long householdsBefore = count("household");
        String csv = """
                household_code,address,group,name,phone
                H1,Xóm 1,Tổ liên gia số 1,Nguyễn Văn An,%s
                H2,Xóm 2,,Lê Thị Bình,0912-ABC
                H3,Xóm 3,Tổ liên gia số 9,Phạm Văn Cường,
                H4,Xóm 4,,Hoàng Thị Dung,%s
                H5,Xóm 5,,Bùi Văn Em,%s
                H6,Xóm 6,,,
                H7,Xóm 7,,Quách Thị Gấm,%s
                """.formatted(phones.local(1), phones.local(1), phones.local(9), phones.local(7));

        ImportReport report = importCsv(csv);

        assertThat(report.accepted()).isFalse();
        assertThat(report.errors()).extracting(RowError::line, RowError::column).containsExactly(
                tuple(3, "phone"), tuple(4, "group"), tuple(5, "phone"), tuple(6, "phone"), tuple(7, "name"));
        assertThat(report.errors()).extracting(RowError::reason).satisfiesExactly(
                r -> assertThat(r).startsWith("bad phone '0912-ABC'"),
                r -> assertThat(r).contains("unknown group 'Tổ liên gia số 9'"),
                r -> assertThat(r).contains("duplicate person").contains("twice in the file"),
                r -> assertThat(r).contains("duplicate person").contains("already registered"),
                r -> assertThat(r).isEqualTo("name is required"));
        assertThat(count("person")).isEqualTo(peopleBefore);
        assertThat(count("household")).isEqualTo(householdsBefore);
        assertThat(people.findByPhone(phones.phone(1))).isEmpty();
    }

    @Test
    void aBadHeaderOrAnEmptyFileIsReported() throws IOException {
        assertThat(importCsv("name,colour\nAn,red\n").errors()).extracting(RowError::line, RowError::column)
                .containsExactly(tuple(1, "colour"), tuple(1, "address"));
        assertThat(importCsv("").errors()).extracting(RowError::reason).containsExactly("the file has no data rows");
        assertThat(importCsv("name,address\n").accepted()).isFalse();
    }

    @Test
    void anOversizeFieldIsReportedWithItsLineAndNothingIsWritten() throws IOException {
        long before = count("person");

        ImportReport report = importCsv("name,address\nAn,Xóm 1\nBình," + "x".repeat(HouseholdImport.MAX_FIELD + 1) + "\n");

        assertThat(report.errors()).extracting(RowError::line).containsExactly(3);
        assertThat(report.errors().get(0).reason()).contains("longer than " + HouseholdImport.MAX_FIELD);
        assertThat(count("person")).isEqualTo(before);
    }

    @Test
    void vietnameseDiacriticsSurviveTheRoundTrip() throws IOException {
        String name = "Đặng Thị Ngọc Ánh Ưởng Ỹ";
        String address = "Xóm Đồi Chè, Làng Mường Chuông, Xã Đồng Thịnh";

        importCsv("ho_ten;dia_chi;so_dien_thoai\n" + name + ";\"" + address + "\";" + phones.local(3) + "\n");

        Person person = people.findByPhone(phones.phone(3)).orElseThrow();
        assertThat(person.getName()).isEqualTo(name);
        assertThat(households.findById(person.getHouseholdId()).orElseThrow().getAddress()).isEqualTo(address);
        assertThat(jdbc.queryForObject("select name from person where id = ?", String.class, person.getId()))
                .isEqualTo(name);
    }

    @Test
    void tenThousandRowsImportInOneCall() throws IOException {
        StringBuilder csv = new StringBuilder("ma_ho,dia_chi,to_lien_gia,ho_ten,so_dien_thoai\n");
        for (int i = 0; i < 10_000; i++) {
            int household = i / 4;
            csv.append("H").append(household).append(",\"Xóm ").append(household / 100).append(", số ")
                    .append(household).append("\",").append(household < 10 ? "Tổ liên gia số 1" : "")
                    .append(",Người dân số ").append(i).append(',').append(phones.local(i)).append('\n');
        }

        ImportReport report = importCsv(csv.toString());

        assertThat(report.errors()).isEmpty();
        assertThat(report.people()).isEqualTo(10_000);
        assertThat(report.households()).isEqualTo(2_500);
        assertThat(people.findByVillageIdOrderByName(village.getId())).hasSize(10_000);
        assertThat(households.countByGroupId(group.getId())).isEqualTo(10);
        assertThat(report.warnings()).isEmpty();
    }

    /** Rows of the test's village: other test runs may share the database and write beside us. */
    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table + " where village_id = ?", Long.class, village.getId());
    }
}
