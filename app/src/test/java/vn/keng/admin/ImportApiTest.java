package vn.keng.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.keng.TestUsers.admin;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import vn.keng.AdminApiTest;

@AdminApiTest
class ImportApiTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;

    private Object villageId;
    private String importUrl;
    private String phonePrefix;

    @BeforeEach
    void village() throws Exception {
        String commune = mvc.perform(post("/api/v1/communes").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Xã Nhập " + UUID.randomUUID() + "\",\"provinceName\":\"Thanh Hóa\"}"))
                .andReturn().getResponse().getContentAsString();
        String village = mvc.perform(post("/api/v1/communes/" + JsonPath.read(commune, "$.id") + "/villages").with(admin())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Thôn Mới\",\"kind\":\"THON\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        villageId = JsonPath.read(village, "$.id");
        mvc.perform(post("/api/v1/villages/" + villageId + "/groups").with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Tổ 1\"}")).andExpect(status().isCreated());
        importUrl = "/api/v1/villages/" + villageId + "/import";
        do {
            phonePrefix = "0387" + String.format("%02d", ThreadLocalRandom.current().nextInt(100));
        } while (jdbc.queryForObject("select count(*) from person where phone like ?", Long.class,
                "+84" + phonePrefix.substring(1) + "%") > 0);
    }

    @Test
    void aGoodFileIsImported() throws Exception {
        String csv = "ma_ho,dia_chi,to_lien_gia,ho_ten,so_dien_thoai\n"
                + "H1,\"Xóm 1, Thôn Mới\",Tổ 1,Nguyễn Văn Ấn," + phonePrefix + "0001\n"
                + "H1,\"Xóm 1, Thôn Mới\",Tổ 1,Đỗ Thị Hằng," + phonePrefix + "0002\n";

        mvc.perform(post(importUrl).with(admin()).contentType("text/csv").content(csv.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.households").value(1))
                .andExpect(jsonPath("$.people").value(2))
                .andExpect(jsonPath("$.errors", hasSize(0)))
                .andExpect(jsonPath("$.warnings[0]", containsString("Tổ 1")));
        assertThat(jdbc.queryForObject("select name from person where phone = ?", String.class,
                "+84" + phonePrefix.substring(1) + "0002")).isEqualTo("Đỗ Thị Hằng");
    }

    @Test
    void aFileWithBadRowsIs400WithEveryRowAndWritesNothing() throws Exception {
        long before = peopleInVillage();
        String csv = "name,address,group,phone\n"
                + "An,Xóm 1,,0912-XYZ\n"
                + "Bình,Xóm 2,Tổ 9,\n"
                + ",Xóm 3,,\n"
                + "Cường,Xóm 4,," + phonePrefix + "0003\n";

        mvc.perform(post(importUrl).with(admin()).contentType("text/csv").content(csv.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("3 bad row")))
                .andExpect(jsonPath("$.errors", hasSize(3)))
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].reason", containsString("bad phone")))
                .andExpect(jsonPath("$.errors[1].line").value(3))
                .andExpect(jsonPath("$.errors[1].reason", containsString("unknown group")))
                .andExpect(jsonPath("$.errors[2].line").value(4))
                .andExpect(jsonPath("$.errors[2].column").value("name"));
        assertThat(peopleInVillage()).isEqualTo(before);
    }

    @Test
    void anOversizeFieldIs400WithItsLine() throws Exception {
        String csv = "name,address\nAn," + "x".repeat(10_000) + "\n";

        mvc.perform(post(importUrl).with(admin()).contentType("text/csv").content(csv))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].reason", containsString("longer than")));
    }

    @Test
    void aBodyThatIsNotUtf8Is400() throws Exception {
        byte[] latin1 = "name,address\nNguy\u1EC5n,X\u00F3m 1\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] broken = {'n', 'a', 'm', 'e', ',', 'a', 'd', 'd', 'r', 'e', 's', 's', '\n', 'A', ',', (byte) 0xC3, (byte) 0x28, '\n'};
        long before = peopleInVillage();

        for (byte[] body : new byte[][] {latin1, broken}) {
            mvc.perform(post(importUrl).with(admin()).contentType("text/csv").content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail", containsString("UTF-8")));
        }
        assertThat(peopleInVillage()).isEqualTo(before);
    }

    private long peopleInVillage() {
        return jdbc.queryForObject("select count(*) from person where village_id = ?", Long.class, villageId);
    }

    @Test
    void anUnknownVillageIs404() throws Exception {
        mvc.perform(post("/api/v1/villages/987654321/import").with(admin()).contentType("text/csv")
                .content("name,address\nAn,Xóm 1\n")).andExpect(status().isNotFound());
    }
}
