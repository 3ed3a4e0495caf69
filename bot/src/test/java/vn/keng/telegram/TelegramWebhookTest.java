package vn.keng.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.CannotCreateTransactionException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.keng.messaging.InboundMessage;

/** POST /webhooks/telegram: authenticity, bad input, hand-over to the core, side calls to the Bot API. */
class TelegramWebhookTest extends WebhookContext {

    @Autowired
    MockMvc mvc;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void startupRegistersTheWebhookWithItsSecretAndTheCommandsInBothLanguages() throws Exception {
        assertThat(startupSetWebhook).hasSize(1);
        var webhook = startupSetWebhook.get(0); // multipart: setWebhook may carry a certificate file
        assertThat(webhook.getPart("url").getBody().asString()).isEqualTo("https://keng.example.vn/webhooks/telegram");
        assertThat(webhook.getPart("secret_token").getBody().asString()).isEqualTo(SECRET);

        assertThat(startupSetMyCommands).hasSize(2);
        JsonNode vietnamese = json.readTree(startupSetMyCommands.get(0).getBodyAsString());
        JsonNode english = json.readTree(startupSetMyCommands.get(1).getBodyAsString());
        assertThat(vietnamese.has("language_code")).isFalse();
        assertThat(vietnamese.get("commands").findValuesAsText("command")).contains("start", "help", "trogiup", "baocao", "huy");
        assertThat(english.get("language_code").asText()).isEqualTo("en");
    }

    @Test
    void aWrongOrMissingSecretIsRefusedAndNothingIsStored() throws Exception {
        post(Fixtures.json("text"), "forged-secret").andExpect(status().isUnauthorized());
        post(Fixtures.json("text"), SECRET + "x").andExpect(status().isUnauthorized());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(TelegramWebhook.PATH)
                .contentType(MediaType.APPLICATION_JSON).content(Fixtures.json("text")))
                .andExpect(status().isUnauthorized());

        assertThat(core.received()).isEmpty();
        assertThat(api.calls("sendMessage")).isEmpty();
    }

    @Test
    void malformedJsonIsABadRequest() throws Exception {
        post("{\"update_id\": 12, \"message\": {", SECRET).andExpect(status().isBadRequest());
        post("[]", SECRET).andExpect(status().isBadRequest());

        assertThat(core.received()).isEmpty();
    }

    @Test
    void aTextMessageIsHandedToTheCore() throws Exception {
        post(Fixtures.json("text"), SECRET).andExpect(status().isOk());

        assertThat(core.received()).singleElement().satisfies(message -> {
            assertThat(message.providerMessageId()).matches("\\d+");
            assertThat(message.senderAddress()).isEqualTo("5550001001");
            assertThat(message.text()).isEqualTo("Báo cháy nhà ông Ba thôn 3");
        });
    }

    @Test
    void theSameUpdateTwiceIsHandledOnceAndTelegramGets200Both() throws Exception {
        String id = String.valueOf(1_000_000_000L + Fixtures.uniqueId() % 1_000_000_000L);
        String update = Fixtures.json("location", java.util.Map.of("710000106", id));
        post(update, SECRET).andExpect(status().isOk());
        post(update, SECRET).andExpect(status().isOk());

        // The adapter keeps no memory of ids: the core's pipeline drops the repeat.
        assertThat(core.receivedWithId(id)).hasSize(2);
        assertThat(core.receipts()).containsExactly(vn.keng.messaging.InboundMessages.Receipt.ACCEPTED,
                vn.keng.messaging.InboundMessages.Receipt.DUPLICATE);
    }

    @Test
    void updateKindsTheServiceDoesNotUseAreAcknowledgedAndIgnored() throws Exception {
        post(Fixtures.json("edited_message"), SECRET).andExpect(status().isOk());
        post(Fixtures.json("my_chat_member_blocked"), SECRET).andExpect(status().isOk());

        assertThat(core.received()).isEmpty();
        assertThat(api.calls("sendMessage")).isEmpty();
    }

    @Test
    void whenTheCoreCannotStoreTheUpdateTelegramIsAskedToDeliverItAgain() throws Exception {
        core.failWith(new CannotCreateTransactionException("database down"));

        post(Fixtures.json("text"), SECRET).andExpect(status().isServiceUnavailable());
    }

    @Test
    void anUpdateTheCoreRefusesAsInvalidIsNeverA500() throws Exception {
        String outOfRange = Fixtures.json("location", Map.of("20.095812", "120.5"));

        post(outOfRange, SECRET).andExpect(status().isOk());

        assertThat(core.received()).isEmpty();
    }

    @Test
    void aButtonTapIsAnsweredAtOnceItsButtonsRemovedAndItsDataHandedToTheCore() throws Exception {
        post(Fixtures.json("callback_query"), SECRET).andExpect(status().isOk());

        JsonNode answer = json.readTree(api.calls("answerCallbackQuery").get(0).getBodyAsString());
        assertThat(answer.get("callback_query_id").asText()).isEqualTo("4382bfdwdsb323b2d9");
        JsonNode edit = json.readTree(api.calls("editMessageReplyMarkup").get(0).getBodyAsString());
        assertThat(edit.get("chat_id").asText()).isEqualTo("5550001001");
        assertThat(edit.get("message_id").asInt()).isEqualTo(77);
        assertThat(edit.has("reply_markup")).isFalse();
        assertThat(core.received()).extracting(InboundMessage::buttonData).containsExactly("incident:coming:42");
    }

    @Test
    void staleOrForeignButtonDataIsStillAnsweredAndLeftToTheCore() throws Exception {
        post(Fixtures.json("callback_query", Map.of("\"data\": \"incident:coming:42\"", "\"data\": \"not-ours:x\"")), SECRET)
                .andExpect(status().isOk());

        assertThat(api.calls("answerCallbackQuery")).hasSize(1);
        assertThat(core.received()).extracting(InboundMessage::buttonData).containsExactly("not-ours:x");
    }

    @Test
    void aTelegramFailureWhileAnsweringAButtonDoesNotLoseTheTap() throws Exception {
        api.server().stubFor(api.method("answerCallbackQuery").willReturn(
                FakeBotApi.error(400, "Bad Request: query is too old and response timeout expired", null)));

        post(Fixtures.json("callback_query"), SECRET).andExpect(status().isOk());

        assertThat(core.received()).hasSize(1);
    }

    @Test
    void startFromSomeoneNotLinkedGetsTheWelcomeAndTheSharePhoneKeyboard() throws Exception {
        long user = Fixtures.uniqueId();
        post(Fixtures.json("start", Map.of("5550001002", String.valueOf(user))), SECRET).andExpect(status().isOk());

        assertThat(core.received()).extracting(InboundMessage::text).containsExactly("/start");
        awaitHandled(user);
        // The adapter greets; the core stores the /start but does not answer it with a second text.
        assertThat(jdbc.queryForObject("select count(*) from outbound_message where address = ?", Integer.class,
                String.valueOf(user))).isZero();
        JsonNode welcome = json.readTree(api.calls("sendMessage").get(0).getBodyAsString());
        assertThat(api.calls("sendMessage")).hasSize(1);
        assertThat(welcome.get("chat_id").asLong()).isEqualTo(user);
        assertThat(welcome.get("text").asText()).startsWith("Xin chào!");
        JsonNode button = welcome.get("reply_markup").get("keyboard").get(0).get(0);
        assertThat(button.get("text").asText()).isEqualTo("📱 Chia sẻ số điện thoại");
        assertThat(button.get("request_contact").asBoolean()).isTrue();
    }

    @Test
    void startInEnglishGetsTheEnglishWelcome() throws Exception {
        long user = Fixtures.uniqueId();
        post(Fixtures.json("start", Map.of("5550001002", String.valueOf(user), "\"vi\"", "\"en\"")), SECRET)
                .andExpect(status().isOk());

        JsonNode welcome = json.readTree(api.calls("sendMessage").get(0).getBodyAsString());
        assertThat(welcome.get("text").asText()).startsWith("Hello!");
    }

    void awaitHandled(long user) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) from inbound_message where sender_address = ? and status not in ('RECEIVED', 'HANDLING')",
                Integer.class, String.valueOf(user)) == 1);
    }

    ResultActions post(String body, String secret) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(TelegramWebhook.PATH)
                .header(TelegramWebhook.SECRET_HEADER, secret).contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
