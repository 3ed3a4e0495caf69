package vn.keng.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import vn.keng.messaging.AnswerOptions;
import vn.keng.messaging.ChannelType;
import vn.keng.messaging.InboundMessage;
import vn.keng.messaging.InboundMessages;
import vn.keng.messaging.Notice;
import vn.keng.messaging.OutboundEnvelope;
import vn.keng.registry.Person;
import vn.keng.testing.CoreTest;
import vn.keng.testing.FakeChannel;
import vn.keng.testing.TestPeople;

/** The engine's routing: options by digit and by words, multi-step state with a time-out, English commands. */
@CoreTest
@Import(DialogEngineTest.QuizConfig.class)
class DialogEngineTest {

    @Autowired InboundMessages inbound;
    @Autowired FakeChannel fakeSms;
    @Autowired TestPeople testPeople;
    @Autowired vn.keng.platform.SharedKeys redis;
    @Autowired DialogStates states;
    @Autowired vn.keng.messaging.Notifications notifications;
    @Autowired org.springframework.transaction.support.TransactionTemplate tx;

    Person person;

    @BeforeEach
    void setUp() {
        fakeSms.reset();
        person = testPeople.person(testPeople.village(testPeople.commune()));
    }

    void say(String text) {
        inbound.receive(InboundMessage.text(ChannelType.SMS, "SM" + UUID.randomUUID(), person.getPhone().e164(), text,
                Instant.now()));
    }

    List<String> replies(int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> fakeSms.sentTo(person.getPhone().e164()).size() >= count);
        return fakeSms.sentTo(person.getPhone().e164()).stream().map(OutboundEnvelope::text).toList();
    }

    /** Asks the person the quiz's question, as a flow would: the notice's options become their open question. */
    void askQuiz() {
        tx.executeWithoutResult(s -> notifications.notify(person.getId(), Notice.info("conversation.registered",
                Map.of("name", "quiz", "village", "-")).withOptions(List.of(new Notice.Option("conversation.started",
                        "quiz:pick:1"), new Notice.Option("conversation.stopped", "quiz:pick:2")))));
    }

    @Test
    void aBareDigitSelectsTheOptionOfTheLastQuestion() {
        askQuiz();
        assertThat(replies(1).get(0)).contains("Tra loi 1=");
        say("2");
        assertThat(replies(2).get(1)).contains("quiz:pick:2");
    }

    @Test
    void theWordsOfAnOptionSelectItToo() {
        askQuiz();
        replies(1);
        say("Đã tắt tin thông báo. Tin báo động và nhắc đánh kẻng vẫn được gửi. Gửi BAT TIN để bật lại.");
        assertThat(replies(2).get(1)).contains("quiz:pick:2");
    }

    @Test
    void aMultiStepDialogKeepsItsStateUntilItExpires() {
        // long enough for a loaded machine to read it; the second keep below is the one that expires
        states.keep(AnswerOptions.personKey(person.getId()), "quiz", Map.of("step", "1"), Duration.ofSeconds(30));
        say("thon 3");
        assertThat(replies(1).get(0)).contains("step two: thon 3");
        states.keep(AnswerOptions.personKey(person.getId()), "quiz", Map.of("step", "1"), Duration.ofSeconds(1));
        await().atMost(Duration.ofSeconds(5)).until(() -> redis.get("dialog:p:" + person.getId()).isEmpty());
        say("xin chào");
        assertThat(replies(2).get(1)).contains("TRO GIUP").contains("114").contains("113");
    }

    @Test
    void englishAndVietnameseKeywordsBothWork() {
        say("HELP");
        say("Trợ giúp");
        List<String> texts = replies(2);
        assertThat(texts.get(0)).isEqualTo(texts.get(1));
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class QuizConfig {
        @Bean
        DialogHandler quiz() {
            return new DialogHandler() {
                @Override
                public String name() {
                    return "quiz";
                }

                @Override
                public boolean handle(Dialog dialog) {
                    if (dialog.optionData() != null) {
                        dialog.reply(Notice.info("conversation.registered", Map.of("name", dialog.optionData(), "village", "-")));
                        return true;
                    }
                    if (dialog.state().isPresent()) {
                        dialog.clearState();
                        dialog.reply(Notice.info("conversation.registered",
                                Map.of("name", "step two: " + dialog.rest(), "village", "-")));
                        return true;
                    }
                    return false;
                }
            };
        }
    }
}
