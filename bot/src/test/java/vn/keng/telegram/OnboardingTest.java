package vn.keng.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.keng.registry.People;
import vn.keng.registry.Person;
import vn.keng.registry.Registry;
import vn.keng.registry.Role;
import vn.keng.registry.SafetyGroup;
import vn.keng.registry.TelegramLinks;

/** Linking accounts through the webhook: shared contacts, invite deep links, group chats. */
class OnboardingTest extends WebhookContext {

    @Autowired
    MockMvc mvc;
    @Autowired
    TelegramLinks links;
    @Autowired
    Registry registry;
    @Autowired
    People people;

    private final ObjectMapper json = new ObjectMapper();
    private TestRegistry data;

    @BeforeEach
    void data() {
        data = new TestRegistry(registry, people);
    }

    @Test
    void theirOwnContactLinksThePersonRegisteredWithThatPhoneAndShowsTheirMenu() throws Exception {
        Person striker = data.person("Nguyễn Văn Sơn", Role.STRIKER);
        long user = Fixtures.uniqueId();
        String contact = Fixtures.json("contact", Map.of("5550001003", String.valueOf(user),
                "84912000003", striker.getPhone().e164().substring(1)));

        webhook(contact);

        assertThat(links.linkedPerson(user)).map(Person::getId).contains(striker.getId());
        JsonNode reply = lastSent();
        assertThat(reply.get("text").asText()).contains("Nguyễn Văn Sơn");
        assertThat(reply.get("reply_markup").get("keyboard").toString()).contains("Ca trực tối nay").doesNotContain("Báo cáo");
        assertThat(core.received()).isEmpty();
    }

    @Test
    void startFromALinkedPersonReachesTheCoreAndBringsBackTheirMenu() throws Exception {
        Person official = data.person("Hoàng Thị Nga", Role.OFFICIAL);
        long user = Fixtures.uniqueId();
        links.linkByPhone(user, official.getPhone()).orElseThrow();

        webhook(Fixtures.json("start", Map.of("5550001002", String.valueOf(user))));

        assertThat(core.received()).extracting(m -> m.text()).containsExactly("/start");
        JsonNode reply = lastSent();
        assertThat(reply.get("text").asText()).contains("Hoàng Thị Nga");
        assertThat(reply.get("reply_markup").get("keyboard").toString()).contains("Báo cáo", "Tổ của tôi");
    }

    @Test
    void someoneElsesContactIsRefusedPolitelyAndLinksNothing() throws Exception {
        Person other = data.person("Lê Thị Thu", Role.RESIDENT);
        long user = Fixtures.uniqueId();
        String contact = Fixtures.json("contact_foreign", Map.of("5550001004", String.valueOf(user),
                "+84912000004", other.getPhone().e164()));

        webhook(contact);

        assertThat(links.linkedPerson(user)).isEmpty();
        assertThat(people.findById(other.getId()).orElseThrow().getTelegramUserId()).isNull();
        assertThat(lastSent().get("text").asText()).contains("chính anh/chị");
    }

    @Test
    void aContactWithAnUnregisteredPhoneSaysSo() throws Exception {
        long user = Fixtures.uniqueId();
        String phone = data.unusedPhone().e164();
        webhook(Fixtures.json("contact", Map.of("5550001003", String.valueOf(user), "84912000003", phone.substring(1))));

        assertThat(links.linkedPerson(user)).isEmpty();
        assertThat(lastSent().get("text").asText()).contains("chưa được đăng ký");
    }

    @Test
    void anInviteDeepLinkLinksTheAccount() throws Exception {
        Person official = data.person("Phạm Thị Quyên", Role.OFFICIAL);
        String code = links.createInvite(official.getId(), Duration.ofDays(1)).getCode();
        long user = Fixtures.uniqueId();

        webhook(Fixtures.json("start", Map.of("5550001002", String.valueOf(user), "\"/start\"", "\"/start " + code + "\"")));

        assertThat(links.linkedPerson(user)).map(Person::getId).contains(official.getId());
        assertThat(lastSent().get("reply_markup").get("keyboard").toString()).contains("Báo cáo", "🔥 Báo cháy");
        assertThat(core.received()).isEmpty();
    }

    @Test
    void aLeaderLinksTheGroupsChatWithLienKet() throws Exception {
        Person leader = data.person("Bùi Văn Phúc", Role.GROUP_LEADER);
        SafetyGroup group = registry.createGroup(data.village.getId(), "Tổ liên gia số 2", leader.getId(), null);
        long user = Fixtures.uniqueId();
        links.linkByPhone(user, leader.getPhone()).orElseThrow();
        long chat = -1_000_000_000_000L - Fixtures.uniqueId();
        String command = Fixtures.json("photo", Map.of("5550001001", String.valueOf(user), "-1001234567890",
                String.valueOf(chat), "\"caption\": \"Khói bốc lên sau nhà văn hóa thôn\"",
                "\"text\": \"/lienket@KengXaBot " + group.getId() + "\""));

        webhook(command);

        assertThat(registry.group(group.getId()).getTelegramChatId()).isEqualTo(chat);
        assertThat(lastSent().get("chat_id").asLong()).isEqualTo(chat);
    }

    private void webhook(String body) throws Exception {
        mvc.perform(MockMvcRequestBuilders.post(TelegramWebhook.PATH).header(TelegramWebhook.SECRET_HEADER, SECRET)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isOk());
    }

    private JsonNode lastSent() throws Exception {
        var calls = api.calls("sendMessage");
        assertThat(calls).isNotEmpty();
        return json.readTree(calls.get(calls.size() - 1).getBodyAsString());
    }
}
