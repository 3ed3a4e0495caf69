package vn.keng.zalo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.transaction.CannotCreateTransactionException;

import tools.jackson.databind.json.JsonMapper;
import vn.keng.messaging.ChannelType;
import vn.keng.messaging.InboundMessages.Receipt;
import vn.keng.registry.Person;
import vn.keng.registry.Role;

/** POST /webhooks/zalo: the secret header, bad input, repeats, hand-over to the core, the webhook registered at startup. */
class ZaloWebhookTest extends ZaloContext {

    @Test
    void startupRegistersTheWebhookWithItsSecret() {
        assertThat(startupSetWebhook).hasSize(1);
        var body = JsonMapper.shared().readTree(startupSetWebhook.get(0).getBodyAsString());
        assertThat(body.path("url").asString()).isEqualTo(PUBLIC_URL + "/webhooks/zalo");
        assertThat(body.path("secret_token").asString()).isEqualTo(SECRET);
    }

    @Test
    void aMissingOrForgedSecretIs403AndNothingIsStored() throws Exception {
        String user = FakeZaloApi.newId();
        String update = Updates.text(FakeZaloApi.newId(), user, "có cháy");

        post(update, null).andExpect(status().isForbidden());
        post(update, "forged-secret-123").andExpect(status().isForbidden());
        post(update, SECRET + "x").andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(core.received()).isEmpty();
        assertThat(core.kept()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from inbound_message where sender_address = ?", Long.class, user))
                .isZero();
    }

    @Test
    void aBodyThatIsNotAnUpdateIsA400Problem() throws Exception {
        post("{\"event_name\": \"message.text.received\", \"message\": {", SECRET).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Invalid input"));
        post("[]", SECRET).andExpect(status().isBadRequest());
        post("{\"hello\": 1}", SECRET).andExpect(status().isBadRequest());
        post("", SECRET).andExpect(status().isBadRequest());
        post("{\"event_name\": \"message.text.received\", \"message\": {\"date\": \"yesterday\"}}", SECRET)
                .andExpect(status().isBadRequest());

        assertThat(core.received()).isEmpty();
    }

    @Test
    void anUpdateWithoutSenderOrMessageIdIsAnswered200AndIgnored() throws Exception {
        post("{\"event_name\": \"message.text.received\", \"message\": {\"message_id\": \"abc\", \"text\": \"có cháy\", "
                + "\"chat\": {\"id\": \"e4ea2cd5189df1c3a88c\", \"chat_type\": \"PRIVATE\"}}}", SECRET)
                .andExpect(status().isOk());
        post("{\"event_name\": \"message.text.received\"}", SECRET).andExpect(status().isOk());

        assertThat(core.received()).isEmpty();
        assertThat(core.kept()).isEmpty();
    }

    @Test
    void anUnknownSenderIsToldHowToLinkInVietnamese() throws Exception {
        String user = FakeZaloApi.newId();

        post(Updates.text(FakeZaloApi.newId(), user, "xin chào"), SECRET).andExpect(status().isOk());

        assertThat(core.received()).singleElement().satisfies(message -> {
            assertThat(message.channel()).isEqualTo(ChannelType.ZALO);
            assertThat(message.senderAddress()).isEqualTo(user);
            assertThat(message.chatAddress()).isNull();
        });
        assertThat(awaitTexts(user, 1)).singleElement().asString()
                .contains("Tài khoản Zalo này chưa được liên kết", "gõ số điện thoại", "114");
    }

    @Test
    void theSameUpdateTwiceIsHandledOnceAndAnswered200Both() throws Exception {
        Person person = people.person(people.village(people.commune()), Role.RESIDENT);
        String user = linkZalo(person);
        String update = Updates.text(FakeZaloApi.newId(), user, "trợ giúp");

        post(update, SECRET).andExpect(status().isOk());
        post(update, SECRET).andExpect(status().isOk());

        assertThat(core.receipts()).containsExactly(Receipt.ACCEPTED, Receipt.DUPLICATE);
        assertThat(awaitTexts(user, 1)).singleElement().asString().contains(person.getName());
        assertThat(jdbc.queryForObject("select count(*) from inbound_message where channel = 'ZALO' and sender_address = ?",
                Long.class, user)).isOne();
    }

    @Test
    void aRepeatedLinkingStepIsDoneOnce() throws Exception {
        Person person = people.person(people.village(people.commune()), Role.RESIDENT);
        String user = FakeZaloApi.newId();
        String update = Updates.text(FakeZaloApi.newId(), user, person.getPhone().national());

        post(update, SECRET).andExpect(status().isOk());
        post(update, SECRET).andExpect(status().isOk());

        assertThat(core.receipts()).containsExactly(Receipt.ACCEPTED, Receipt.DUPLICATE);
        awaitTexts(user, 1);
        org.awaitility.Awaitility.await().until(() -> sms.sentTo(person.getPhone().e164()).size() == 1);
        assertThat(api.textsTo(user)).hasSize(1);
    }

    @Test
    void aStickerIsKeptUnreadAndAGroupMessageNamesItsChat() throws Exception {
        Person person = people.person(people.village(people.commune()), Role.RESIDENT);
        String user = linkZalo(person);
        String group = FakeZaloApi.newId();

        post(Updates.sticker(FakeZaloApi.newId(), user), SECRET).andExpect(status().isOk());
        post(Updates.groupText(FakeZaloApi.newId(), user, group, "trợ giúp"), SECRET).andExpect(status().isOk());

        assertThat(core.kept()).singleElement().satisfies(m -> assertThat(m.text()).isEmpty());
        assertThat(core.received()).singleElement().satisfies(m -> {
            assertThat(m.senderAddress()).isEqualTo(user);
            assertThat(m.chatAddress()).isEqualTo(group);
        });
        assertThat(awaitTexts(group, 1)).singleElement().asString().contains(person.getName());
        assertThat(api.textsTo(user)).isEmpty();
    }

    @Test
    void whenTheCoreCannotStoreTheUpdateZaloGets503AndItsRetryIsHandled() throws Exception {
        String user = FakeZaloApi.newId();
        String update = Updates.text(FakeZaloApi.newId(), user, "xin chào");
        core.failWith(new CannotCreateTransactionException("database down"));

        post(update, SECRET).andExpect(status().isServiceUnavailable());

        core.failWith(null);
        post(update, SECRET).andExpect(status().isOk());
        assertThat(core.receipts()).containsExactly(Receipt.ACCEPTED);
        awaitTexts(user, 1);
    }
}
