package vn.keng.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import jakarta.servlet.http.Cookie;
import vn.keng.AdminApiTest;
import vn.keng.TestUsers;
import vn.keng.registry.Commune;
import vn.keng.registry.Language;
import vn.keng.registry.Person;
import vn.keng.registry.Role;
import vn.keng.registry.Registry;
import vn.keng.registry.Village;
import vn.keng.registry.VillageKind;

/** The console's access rules, its validation messages and how it shows hostile text (MockMvc, the whole app). */
@AdminApiTest
class ConsoleAccessTest {

    static final RequestPostProcessor ADMIN = user(TestUsers.ADMIN).roles("ADMIN");
    static final RequestPostProcessor VIEWER = user(TestUsers.VIEWER).roles("VIEWER");

    @Autowired MockMvc mvc;
    @Autowired Registry registry;
    @Autowired JdbcTemplate jdbc;

    private Commune commune;
    private Village village;

    @BeforeEach
    void village() {
        commune = registry.createCommune("Xã Thử " + UUID.randomUUID(), "Thanh Hóa");
        village = registry.createVillage(commune.getId(), "Thôn Thử", VillageKind.THON, 10);
    }

    @Test
    void anonymousIsSentToTheLoginPageAndTheApiStaysHttpBasic() throws Exception {
        for (String page : new String[] {"/console", "/console/tonight", "/console/registry", "/console/reports",
                "/console/rosters", "/console/reports/file?format=pdf"}) {
            mvc.perform(get(page)).andExpect(status().isFound()).andExpect(redirectedUrl("/console/login"));
        }
        mvc.perform(post("/console/villages/" + village.getId() + "/households").with(csrf()).param("address", "x"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/console/login"));
        mvc.perform(get("/console/login")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Đăng nhập")));
        mvc.perform(get("/api/v1/communes")).andExpect(status().isUnauthorized());
        assertThat(households()).isZero();
    }

    @Test
    void theLoginFormTakesTheAdminCredentialsAndRefusesWrongOnes() throws Exception {
        mvc.perform(formLogin("/console/login").user(TestUsers.ADMIN).password(TestUsers.PASSWORD))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/console/tonight"));
        mvc.perform(formLogin("/console/login").user(TestUsers.ADMIN).password("wrong"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/console/login?error"));
    }

    @Test
    void theViewerReadsButCannotWrite() throws Exception {
        mvc.perform(get("/console/registry").with(VIEWER).param("commune", "" + commune.getId())
                        .param("village", "" + village.getId()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Thôn Thử")))
                .andExpect(content().string(not(containsString("id=\"add-household\""))));
        mvc.perform(post("/console/villages/" + village.getId() + "/households").with(VIEWER).with(csrf())
                .param("address", "Xóm 1")).andExpect(status().isForbidden());
        mvc.perform(post("/console/villages/" + village.getId() + "/import").with(VIEWER).with(csrf())
                .param("csv", "name,address\nAn,Xóm 1\n")).andExpect(status().isForbidden());
        assertThat(households()).isZero();
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/console/villages/" + village.getId() + "/households").with(ADMIN).param("address", "Xóm 1"))
                .andExpect(status().isForbidden());
        assertThat(households()).isZero();
    }

    @Test
    void theServicesMessageIsShownNextToItsFieldAndNothingIsWritten() throws Exception {
        mvc.perform(post("/console/villages/" + village.getId() + "/households").with(ADMIN).with(csrf())
                        .param("commune", "" + commune.getId()).param("code", "H1").param("address", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"address-error\">address is required</small>")));
        mvc.perform(post("/console/villages/" + village.getId() + "/people").with(ADMIN).with(csrf())
                        .param("commune", "" + commune.getId()).param("name", "An").param("phone", "0912-XYZ"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("0912-XYZ")));
        assertThat(households()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from person where village_id = ?", Long.class, village.getId()))
                .isZero();
    }

    @Test
    void aPersonIsEditedWithTheServicesMessageNextToItsFieldAndTheViewerCannotEdit() throws Exception {
        Person person = registry.createPerson(commune.getId(), "Lê Văn An", null, EnumSet.of(Role.RESIDENT),
                village.getId(), null, Language.VI);
        String path = "/console/people/" + person.getId();
        mvc.perform(get(path).with(ADMIN)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"edit-person\"")))
                .andExpect(content().string(containsString("Lê Văn An")));
        mvc.perform(get(path).with(VIEWER)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"edit-person\""))));

        mvc.perform(post(path).with(ADMIN).with(csrf()).param("name", "Lê Văn Bình").param("phone", "0912-XYZ"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"phone-error\"")))
                .andExpect(content().string(containsString("Lê Văn Bình")));
        assertThat(name(person)).isEqualTo("Lê Văn An");
        mvc.perform(post(path).with(VIEWER).with(csrf()).param("name", "Viewer")).andExpect(status().isForbidden());
        assertThat(name(person)).isEqualTo("Lê Văn An");

        String phone = "091" + String.format("%07d", new java.util.Random().nextInt(10_000_000));
        mvc.perform(post(path).with(ADMIN).with(csrf()).param("name", "Lê Văn Bình").param("phone", phone)
                        .param("roles", "STRIKER", "RESIDENT").param("language", "en"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/console/registry?village=" + village.getId()));
        assertThat(name(person)).isEqualTo("Lê Văn Bình");
        assertThat(jdbc.queryForList("select role from person_role where person_id = ?", String.class, person.getId()))
                .containsExactlyInAnyOrder("STRIKER", "RESIDENT");
    }

    @Test
    void aHouseholdMovesToAnotherGroupOfItsVillageOnly() throws Exception {
        var household = registry.createHousehold(village.getId(), "H9", "Xóm 9", null);
        var group = registry.createGroup(village.getId(), "Tổ 1", null, null);
        mvc.perform(post("/console/households/" + household.getId() + "/group").with(ADMIN).with(csrf())
                .param("groupId", "" + group.getId())).andExpect(status().isFound());
        assertThat(groupOf(household.getId())).isEqualTo(group.getId());

        Village other = registry.createVillage(commune.getId(), "Thôn Khác", VillageKind.THON, 5);
        var elsewhere = registry.createGroup(other.getId(), "Tổ khác", null, null);
        mvc.perform(post("/console/households/" + household.getId() + "/group").with(ADMIN).with(csrf())
                .param("groupId", "" + elsewhere.getId())).andExpect(status().is4xxClientError());
        assertThat(groupOf(household.getId())).isEqualTo(group.getId());
        mvc.perform(post("/console/households/" + household.getId() + "/group").with(VIEWER).with(csrf())
                .param("groupId", "")).andExpect(status().isForbidden());
        assertThat(groupOf(household.getId())).isEqualTo(group.getId());
    }

    private Long groupOf(Long householdId) {
        return jdbc.queryForObject("select group_id from household where id = ?", Long.class, householdId);
    }

    private String name(Person person) {
        return jdbc.queryForObject("select name from person where id = ?", String.class, person.getId());
    }

    @Test
    void hostileTextIsShownAsTextNeverAsMarkup() throws Exception {
        String hostile = "<script>alert(1)</script>\"'><img src=x onerror=alert(2)> \u202Eabc\u200B\u200Dz";
        mvc.perform(post("/console/villages/" + village.getId() + "/households").with(ADMIN).with(csrf())
                .param("address", hostile)).andExpect(status().isFound());
        mvc.perform(post("/console/villages/" + village.getId() + "/people").with(ADMIN).with(csrf())
                .param("name", hostile)).andExpect(status().isFound());
        String page = mvc.perform(get("/console/registry").with(ADMIN).param("commune", "" + commune.getId())
                        .param("village", "" + village.getId()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("<script>alert", "<img src=x").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&lt;img src=x onerror=alert(2)&gt;").contains("\u202Eabc\u200B\u200Dz");
        assertThat(jdbc.queryForObject("select address from household where village_id = ?", String.class,
                village.getId())).isEqualTo(hostile.strip());

        mvc.perform(post("/console/villages/" + village.getId() + "/people").with(ADMIN).with(csrf())
                        .param("name", "x".repeat(10_000)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"name-error\">name")));
        assertThat(jdbc.queryForObject("select count(*) from person where village_id = ?", Long.class, village.getId()))
                .isEqualTo(1);
    }

    @Test
    void theImportPreviewShowsEveryBadLineAndWritesNothingThenAGoodFileIsImportedWithFormulasAsText() throws Exception {
        String bad = "ho_ten,dia_chi,so_dien_thoai\nAn,Xóm 1,\nBình,Xóm 2,0912-XYZ\n";
        mvc.perform(post("/console/villages/" + village.getId() + "/import/preview").with(ADMIN).with(csrf())
                        .param("csv", bad))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"import-errors\"")))
                .andExpect(content().string(containsString("<td class=\"line\">3</td>")))
                .andExpect(content().string(containsString("bad phone")))
                .andExpect(content().string(not(containsString("id=\"confirm\""))));
        mvc.perform(post("/console/villages/" + village.getId() + "/import").with(ADMIN).with(csrf()).param("csv", bad))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"import-errors\"")));
        assertThat(households()).isZero();

        String formula = "=HYPERLINK(\"http://evil.example\",\"bấm\")";
        String good = "ho_ten,dia_chi\n\"" + formula.replace("\"", "\"\"") + "\",Xóm 1\n";
        mvc.perform(post("/console/villages/" + village.getId() + "/import/preview").with(ADMIN).with(csrf())
                        .param("csv", good))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"confirm\"")));
        assertThat(households()).isZero();
        mvc.perform(post("/console/villages/" + village.getId() + "/import").with(ADMIN).with(csrf()).param("csv", good))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select name from person where village_id = ?", String.class, village.getId()))
                .isEqualTo(formula);
    }

    @Test
    void vietnameseByDefaultEnglishOnTheSwitch() throws Exception {
        mvc.perform(get("/console/tonight").with(ADMIN)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Tối nay")));
        mvc.perform(get("/console/lang").param("to", "en").param("back", "/console/reports"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/console/reports"))
                .andExpect(header().string("Set-Cookie", containsString(ConsoleLocale.COOKIE + "=en")));
        mvc.perform(get("/console/lang").param("to", "en").param("back", "//evil.example/"))
                .andExpect(redirectedUrl("/console/tonight"));
        mvc.perform(get("/console/tonight").with(ADMIN).cookie(new Cookie(ConsoleLocale.COOKIE, "en")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Tonight")));
    }

    private long households() {
        return jdbc.queryForObject("select count(*) from household where village_id = ?", Long.class, village.getId());
    }
}
