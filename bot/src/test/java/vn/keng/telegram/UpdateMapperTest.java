package vn.keng.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import vn.keng.messaging.ChannelType;
import vn.keng.messaging.GeoLocation;
import vn.keng.messaging.InboundMessage;

class UpdateMapperTest {

    private final UpdateMapper mapper = new UpdateMapper(new Menus(new TelegramTexts()));

    @Test
    void textMessageFromAPrivateChat() {
        InboundMessage message = mapper.map(Fixtures.update("text")).orElseThrow();

        assertThat(message.channel()).isEqualTo(ChannelType.TELEGRAM);
        assertThat(message.providerMessageId()).isEqualTo("710000101");
        assertThat(message.senderAddress()).isEqualTo("5550001001");
        assertThat(message.chatAddress()).isNull();
        assertThat(message.text()).isEqualTo("Báo cháy nhà ông Ba thôn 3");
        assertThat(message.receivedAt()).isEqualTo(Instant.ofEpochSecond(1781893200));
    }

    @Test
    void buttonTapCarriesItsData() {
        InboundMessage message = mapper.map(Fixtures.update("callback_query")).orElseThrow();

        assertThat(message.providerMessageId()).isEqualTo("710000103");
        assertThat(message.senderAddress()).isEqualTo("5550001001");
        assertThat(message.buttonData()).isEqualTo("incident:coming:42");
        assertThat(message.text()).isEmpty();
        assertThat(message.chatAddress()).isNull();
    }

    @Test
    void liveLocationIsALocation() {
        InboundMessage message = mapper.map(Fixtures.update("location")).orElseThrow();

        assertThat(message.location()).isEqualTo(new GeoLocation(20.095812, 105.383117));
    }

    @Test
    void photoInAGroupChatKeepsTheLargestFileAndTheCaptionAndNamesTheChat() {
        InboundMessage message = mapper.map(Fixtures.update("photo")).orElseThrow();

        assertThat(message.attachmentRef()).isEqualTo("AgACAgUAAxkBAAIBlarge");
        assertThat(message.text()).isEqualTo("Khói bốc lên sau nhà văn hóa thôn");
        assertThat(message.chatAddress()).isEqualTo("-1001234567890");
        assertThat(message.senderAddress()).isEqualTo("5550001001");
    }

    @Test
    void menuButtonsBecomeTheWordsTheCoreKnows() {
        String json = Fixtures.json("text", java.util.Map.of("Báo cháy nhà ông Ba thôn 3", "🔥 Báo cháy"));
        assertThat(mapper.map(new UpdateJson().read(json)).orElseThrow().text()).isEqualTo("Báo cháy");

        String english = Fixtures.json("text", java.util.Map.of("Báo cháy nhà ông Ba thôn 3", "Reports"));
        assertThat(mapper.map(new UpdateJson().read(english)).orElseThrow().text()).isEqualTo("/baocao");
    }

    @Test
    void commandsAddressedToTheBotByNameLoseTheName() {
        assertThat(UpdateMapper.withoutBotName("/baocao@KengXaBot 2026")).isEqualTo("/baocao 2026");
        assertThat(UpdateMapper.withoutBotName("email@example.com")).isEqualTo("email@example.com");
    }

    @Test
    void updateKindsTheServiceDoesNotUseMapToNothing() {
        assertThat(mapper.map(Fixtures.update("edited_message"))).isEmpty();
        assertThat(mapper.map(Fixtures.update("my_chat_member_blocked"))).isEmpty();
    }

    @Test
    void malformedBodiesAreRefused() {
        UpdateJson json = new UpdateJson();
        assertThatThrownBy(() -> json.read("{not json")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> json.read("{\"message\":{}}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> json.read("")).isInstanceOf(IllegalArgumentException.class);
    }
}
