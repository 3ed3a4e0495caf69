package vn.keng.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardButton;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.keng.registry.People;
import vn.keng.registry.Person;
import vn.keng.registry.Registry;
import vn.keng.registry.Role;
import vn.keng.registry.TelegramLinks;

/**
 * Every button of the fullest menu (a striker who is also an official), tapped through the webhook
 * and the real pipeline, is answered by a handler: the answer is never "not understood". A button
 * whose words no handler takes fails here.
 */
class MenuButtonsTest extends WebhookContext {

    private static final String NOT_UNDERSTOOD = "chưa hiểu";

    @Autowired MockMvc mvc;
    @Autowired Menus menus;
    @Autowired TelegramLinks links;
    @Autowired Registry registry;
    @Autowired People people;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyMenuButtonReachesAHandlerThatAnswers() throws Exception {
        TestRegistry data = new TestRegistry(registry, people);
        List<String> labels = menus.menuFor(data.person("Đỗ Văn Khoa", Role.STRIKER, Role.OFFICIAL)).getKeyboard()
                .stream().flatMap(List::stream).map(KeyboardButton::getText).toList();
        assertThat(labels).contains("Tổ của tôi", "Ca trực tối nay", "Báo cáo");

        for (String label : labels) {
            // a new person for each button: an incident report's follow-up must not read the next tap as details
            Person person = data.person("Đỗ Văn Khoa", Role.STRIKER, Role.OFFICIAL);
            long user = Fixtures.uniqueId();
            links.linkByPhone(user, person.getPhone()).orElseThrow();

            webhook(Fixtures.json("text", Map.of("5550001001", String.valueOf(user), "Báo cháy nhà ông Ba thôn 3", label)));

            await().atMost(Duration.ofSeconds(30)).until(() -> !repliesTo(user).isEmpty());
            assertThat(repliesTo(user)).as("the answer to the button '%s'", label).noneMatch(t -> t.contains(NOT_UNDERSTOOD));
        }
    }

    private List<String> repliesTo(long user) {
        return api.calls("sendMessage").stream().map(r -> {
            try {
                return json.readTree(r.getBodyAsString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).filter(m -> m.get("chat_id").asText().equals(String.valueOf(user))).map(m -> m.get("text").asText()).toList();
    }

    private void webhook(String body) throws Exception {
        mvc.perform(MockMvcRequestBuilders.post(TelegramWebhook.PATH).header(TelegramWebhook.SECRET_HEADER, SECRET)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isOk());
    }
}
