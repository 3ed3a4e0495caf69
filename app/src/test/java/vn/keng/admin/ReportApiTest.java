package vn.keng.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.concurrent.ThreadLocalRandom;

import javax.imageio.ImageIO;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.keng.registry.Commune;
import vn.keng.registry.Registry;
import vn.keng.registry.SafetyGroup;
import vn.keng.registry.Village;

/** The report endpoint: each format, bad input, unknown commune, a commune without data. */
@SpringBootTest(classes = vn.keng.KengApplication.class, properties = {"keng.demo.enabled=false", "keng.admin.username=report-admin",
        "keng.admin.password=report-secret"})
@AutoConfigureMockMvc
class ReportApiTest {

    static final RequestPostProcessor ADMIN = httpBasic("report-admin", "report-secret");

    @Autowired MockMvc mvc;
    @Autowired Registry registry;

    Commune commune;
    Village village;

    @BeforeEach
    void setUp() {
        String suffix = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        commune = registry.createCommune("Xã Đồng Thịnh " + suffix, "Tỉnh Thử");
        village = registry.createVillage(commune.getId(), "Thôn Đồng Tâm", null, null);
        SafetyGroup group = registry.createGroup(village.getId(), "Tổ 1", null, null);
        for (int i = 0; i < 4; i++) {
            registry.createHousehold(village.getId(), "H" + i, "Nhà " + i, i < 3 ? group.getId() : null);
        }
    }

    String url(String query) {
        return "/api/v1/reports/communes/" + commune.getId() + query;
    }

    @Test
    void jsonHoldsTheContractFieldsPerVillage() throws Exception {
        mvc.perform(get(url("?period=2026&format=json")).with(ADMIN)).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$.villages[0].name").value("Thôn Đồng Tâm"))
                .andExpect(jsonPath("$.villages[0].nights").value(0))
                .andExpect(jsonPath("$.villages[0].onTime").value(0))
                .andExpect(jsonPath("$.villages[0].late").value(0))
                .andExpect(jsonPath("$.villages[0].missed").value(0))
                .andExpect(jsonPath("$.villages[0].serviceDown").value(0))
                .andExpect(jsonPath("$.villages[0].excused").value(0))
                .andExpect(jsonPath("$.villages[0].incidents").value(0))
                .andExpect(jsonPath("$.villages[0].groupCoverage").value(0.75))
                .andExpect(jsonPath("$.unfinished").doesNotExist())
                .andExpect(jsonPath("$.period.code").value("2026"));
    }

    @Test
    void aProvinceReportHasARowPerCommune() throws Exception {
        String province = "Tỉnh Riêng " + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        Commune first = registry.createCommune("Xã Một", province);
        Commune second = registry.createCommune("Xã Hai", province);
        registry.createVillage(first.getId(), "Thôn A", null, 120);
        registry.createVillage(second.getId(), "Thôn B", null, 80);

        mvc.perform(get("/api/v1/reports/provinces").param("name", province).param("period", "2026").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.province").value(province))
                .andExpect(jsonPath("$.communeId").doesNotExist())
                .andExpect(jsonPath("$.communes.length()").value(2))
                .andExpect(jsonPath("$.communes[0].name").value("Xã Hai"))
                .andExpect(jsonPath("$.communes[0].households").value(80))
                .andExpect(jsonPath("$.total.households").value(200));
        mvc.perform(get("/api/v1/reports/provinces").param("name", province).param("format", "pdf").with(ADMIN))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"));
        mvc.perform(get("/api/v1/reports/provinces").param("name", "Tỉnh Không Có").with(ADMIN))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/reports/provinces").with(ADMIN)).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/reports/provinces").param("name", province).param("period", "13/2026").with(ADMIN))
                .andExpect(status().isBadRequest());
    }

    @Test
    void provincesCommunesAndVillagesAreFoundAsPeopleTypeThem() throws Exception {
        String suffix = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).replaceAll("\\d", "");
        String province = "Tỉnh Hòa Kẻng " + suffix;
        Commune named = registry.createCommune("Xã Kẻng Thịnh", province);
        Village village = registry.createVillage(named.getId(), "Làng Mường Chuông", null, 40);
        for (String typed : new String[] {"Hoa Keng " + suffix, "hòa kẻng " + suffix, "TỈNH HOÀ KẺNG " + suffix,
                province}) {
            mvc.perform(get("/api/v1/reports/provinces").param("name", typed).param("period", "2026").with(ADMIN))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.province").value(province));
        }
        for (String typed : new String[] {"Kẻng Thịnh", "xa keng thinh"}) {
            mvc.perform(get("/api/v1/reports/communes").param("name", typed).param("province", "hoa keng " + suffix)
                    .param("period", "2026").with(ADMIN))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.communeId").value(named.getId()));
        }
        for (String typed : new String[] {"Mường Chuông", "lang muong chuong", "Thôn Mường Chuông"}) {
            mvc.perform(get("/api/v1/reports/villages").param("name", typed).param("communeId", named.getId().toString())
                    .with(ADMIN)).andExpect(status().isOk()).andExpect(jsonPath("$.villageId").value(village.getId()));
        }
        mvc.perform(get("/api/v1/reports/villages").param("name", "Muong").param("communeId", named.getId().toString())
                .with(ADMIN)).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.candidates[0].name").value("Làng Mường Chuông"))
                .andExpect(jsonPath("$.candidates[0].id").value(village.getId()));
        mvc.perform(get("/api/v1/reports/provinces").param("name", "Không Có Tỉnh " + suffix).with(ADMIN))
                .andExpect(status().isNotFound());
    }

    @Test
    void aNameThatFitsSeveralPlacesIsA400ListingThem() throws Exception {
        String suffix = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).replaceAll("\\d", "");
        registry.createCommune("Xã Một", "Tỉnh Đông Á " + suffix);
        registry.createCommune("Xã Hai", "Tỉnh Đồng Á " + suffix);
        mvc.perform(get("/api/v1/reports/provinces").param("name", "dong a " + suffix).with(ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.title").value("Ambiguous name"))
                .andExpect(jsonPath("$.candidates[*].name").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "Tỉnh Đông Á " + suffix, "Tỉnh Đồng Á " + suffix)))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("did you mean")));
        mvc.perform(get("/api/v1/reports/provinces").param("name", "Tỉnh Đồng Á " + suffix).with(ADMIN))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/reports/provinces").param("name", "đông á " + suffix).with(ADMIN))
                .andExpect(status().isOk()).andExpect(jsonPath("$.province").value("Tỉnh Đông Á " + suffix));
    }

    @Test
    void everyPeriodFormWorks() throws Exception {
        for (String period : new String[] {"2026", "11/2026", "Q3-2026", "movement-2026", ""}) {
            mvc.perform(get(url("")).param("period", period).with(ADMIN)).andExpect(status().isOk());
        }
        mvc.perform(get(url("?period=movement-2026")).with(ADMIN)).andExpect(jsonPath("$.period.from").value("2025-11-15"));
    }

    @Test
    void pdfXlsxPngAndCsvAreFilesThatOpen() throws Exception {
        byte[] pdf = mvc.perform(get(url("?period=2026&format=pdf")).with(ADMIN)).andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".pdf")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        byte[] xlsx = mvc.perform(get(url("?period=2026&format=xlsx")).with(ADMIN)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(10); // summary, six sections, the calls, patrols, confirmations
        }
        byte[] png = mvc.perform(get(url("?period=2026&format=png")).with(ADMIN)).andExpect(status().isOk())
                .andExpect(content().contentType("image/png")).andReturn().getResponse().getContentAsByteArray();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(1200);
        String csv = mvc.perform(get(url("?period=2026&format=csv")).with(ADMIN)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("Thôn Đồng Tâm").contains("TOTAL");
    }

    @Test
    void badPeriodsAndFormatsAre400Problems() throws Exception {
        for (String period : new String[] {"13/2026", "Q5-2026", "1999", "soon"}) {
            mvc.perform(get(url("")).param("period", period).with(ADMIN)).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.title").value("Invalid input"))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("movement-2026")));
        }
        mvc.perform(get(url("?format=docx")).with(ADMIN)).andExpect(status().isBadRequest());
    }

    @Test
    void anUnknownCommuneIs404AndACommuneWithNoVillagesIsANoDataReport() throws Exception {
        mvc.perform(get("/api/v1/reports/communes/-5?period=2026").with(ADMIN)).andExpect(status().isNotFound());
        Commune empty = registry.createCommune("Xã Trống " + commune.getId(), "Tỉnh Thử");
        mvc.perform(get("/api/v1/reports/communes/" + empty.getId() + "?period=2026").with(ADMIN))
                .andExpect(status().isOk()).andExpect(jsonPath("$.noData").value(true))
                .andExpect(jsonPath("$.villages").isEmpty());
        mvc.perform(get("/api/v1/reports/communes/" + empty.getId() + "?period=2026&format=pdf").with(ADMIN))
                .andExpect(status().isOk());
    }

    @Test
    void theApiNeedsCredentials() throws Exception {
        mvc.perform(get(url("?period=2026"))).andExpect(status().isUnauthorized());
    }
}
