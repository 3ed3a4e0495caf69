package vn.keng.zalo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.keng.messaging.ChannelType;
import vn.keng.messaging.OutboundEnvelope;
import vn.keng.messaging.TextForms;
import vn.keng.registry.InviteCode;
import vn.keng.registry.Person;
import vn.keng.registry.Role;
import vn.keng.registry.TelegramLinks;
import vn.keng.registry.Village;

/** Linking a Zalo account: invite codes, the phone and its one-time code by SMS, wrong, expired, too many. */
class ZaloLinkingTest extends ZaloContext {

    private static final Pattern SIX_DIGITS = Pattern.compile("\\b(\\d{6})\\b");

    @Autowired TelegramLinks invites;

    @Test
    void anInviteCodeLinksByStartOrAloneAndOnlyOnce() throws Exception {
        Village village = people.village(people.commune());
        Person an = people.person(village, Role.RESIDENT);
        Person binh = people.person(village, Role.STRIKER);
        InviteCode first = invites.createInvite(an.getId(), Duration.ofDays(7));
        InviteCode second = invites.createInvite(binh.getId(), Duration.ofDays(7));
        String userOfAn = FakeZaloApi.newId();
        String userOfBinh = FakeZaloApi.newId();
        String stranger = FakeZaloApi.newId();

        say(userOfAn, "/start " + first.getCode());
        say(userOfBinh, second.getCode().toLowerCase());
        say(stranger, "/start " + first.getCode());

        assertThat(awaitReplies(userOfAn, 1).get(0)).contains("Đã liên kết Zalo với " + an.getName());
        assertThat(awaitReplies(userOfBinh, 1).get(0)).contains("Đã liên kết Zalo với " + binh.getName());
        assertThat(awaitReplies(stranger, 1).get(0)).contains("Mã mời đã được dùng");
        assertThat(links.linkedPerson(ChannelType.ZALO.name(), userOfAn)).map(Person::getId).contains(an.getId());
        assertThat(links.linkedPerson(ChannelType.ZALO.name(), userOfBinh)).map(Person::getId).contains(binh.getId());
        assertThat(links.linkedPerson(ChannelType.ZALO.name(), stranger)).isEmpty();
        assertThat(core.received()).as("linking steps never reach the dialog engine").isEmpty();
    }

    @Test
    void anExpiredOrUnknownInviteCodeLinksNothing() throws Exception {
        Person person = people.person(people.village(people.commune()), Role.RESIDENT);
        InviteCode expired = invites.createInvite(person.getId(), Duration.ofNanos(1));
        String user = FakeZaloApi.newId();

        say(user, "/start " + expired.getCode());
        say(user, "/start NOSUCHCODE");

        assertThat(awaitReplies(user, 2)).satisfiesExactly(
                text -> assertThat(text).contains("Mã mời đã hết hạn"),
                text -> assertThat(text).contains("Mã mời không đúng"));
        assertThat(links.linkedPerson(ChannelType.ZALO.name(), user)).isEmpty();
    }

    @Test
    void theRegisteredPhoneGetsACodeBySmsAndTheRightCodeLinks() throws Exception {
        Person person = people.person(people.village(people.commune()), Role.RESIDENT);
        String user = FakeZaloApi.newId();

        say(user, "+84 " + person.getPhone().national().substring(1));

        String code = codeSentTo(person, 1);
        assertThat(awaitReplies(user, 1).get(0)).contains("mã 6 số", person.getPhone().national(), "10 phút");
        OutboundEnvelope sms = this.sms.sentTo(person.getPhone().e164()).get(0);
        assertThat(TextForms.isGsm7(sms.text())).isTrue();
        assertThat(TextForms.smsSegments(sms.text())).isOne();
        assertThat(jdbc.queryForObject("select text from inbound_message where channel = 'ZALO' and sender_address = ?",
                String.class, user)).as("the phone typed is kept").contains(person.getPhone().national().substring(1, 4));

        say(user, code);

        assertThat(awaitReplies(user, 2).get(1)).contains("Đã liên kết Zalo với " + person.getName());
        assertThat(links.linkedPerson(ChannelType.ZALO.name(), user)).map(Person::getId).contains(person.getId());
        assertThat(jdbc.queryForList("select text from inbound_message where channel = 'ZALO' and sender_address = ?",
                String.class, user)).as("a code is never kept").noneMatch(text -> text.contains(code));
    }

    @Test
    void aWrongCodeCountsAndFiveWrongOnesVoidTheCode() throws Exception {
        Person person = people.person(people.village(people.commune()), Role.RESIDENT);
        String user = FakeZaloApi.newId();
        say(user, person.getPhone().national());
        String code = codeSentTo(person, 1);
        String wrong = code.equals("000000") ? "111111" : "000000";

        say(user, wrong);
        assertThat(awaitReplies(user, 2).get(1)).contains("Mã không đúng", "còn 4 lần");
        for (int i = 0; i < 4; i++) {
            say(user, wrong);
        }
        say(user, code);

        List<String> texts = awaitReplies(user, 7);
        assertThat(texts.get(5)).contains("Nhập sai quá nhiều lần");
        assertThat(texts.get(6)).as("the right code after the code was voided").contains("Chưa có mã nào đang chờ");
        assertThat(links.linkedPerson(ChannelType.ZALO.name(), user)).isEmpty();
    }

    @Test
    void aCodeTypedAfterTenMinutesHasExpired() throws Exception {
        Person person = people.person(people.village(people.commune()), Role.RESIDENT);
        String user = FakeZaloApi.newId();
        say(user, person.getPhone().national());
        String code = codeSentTo(person, 1);
        clock.shift(Duration.ofMinutes(11));
        try {
            say(user, code);

            assertThat(awaitReplies(user, 2).get(1)).contains("Mã đã hết hạn");
        } finally {
            clock.reset();
        }
        assertThat(links.linkedPerson(ChannelType.ZALO.name(), user)).isEmpty();
    }

    @Test
    void codesAreLimitedPerPhoneAndPerZaloAccount() throws Exception {
        Person person = people.person(people.village(people.commune()), Role.RESIDENT);
        for (int i = 1; i <= 3; i++) {
            say(FakeZaloApi.newId(), person.getPhone().national());
            codeSentTo(person, i);
        }
        String fourth = FakeZaloApi.newId();
        say(fourth, person.getPhone().national());
        assertThat(awaitReplies(fourth, 1).get(0)).contains("quá nhiều mã");
        assertThat(sms.sentTo(person.getPhone().e164())).hasSize(3);

        String prober = FakeZaloApi.newId();
        for (int i = 0; i < 6; i++) {
            say(prober, vn.keng.testing.TestPeople.newPhone().national()); // valid, registered to nobody
        }
        List<String> answers = awaitReplies(prober, 6);
        assertThat(answers.subList(0, 5)).allMatch(text -> text.contains("chưa được đăng ký"));
        assertThat(answers.get(5)).contains("quá nhiều mã");
    }

    @Test
    void aRedisOutageNeverLiftsTheLimitOnCodes(@Autowired vn.keng.testing.RedisFaults.Switch redis) throws Exception {
        Person person = people.person(people.village(people.commune()), Role.RESIDENT);
        redis.cut();
        try {
            for (int i = 1; i <= 3; i++) {
                say(FakeZaloApi.newId(), person.getPhone().national());
                codeSentTo(person, i);
            }
            String fourth = FakeZaloApi.newId();
            say(fourth, person.getPhone().national());
            assertThat(awaitReplies(fourth, 1).get(0)).contains("quá nhiều mã");
        } finally {
            redis.restore();
        }
        assertThat(sms.sentTo(person.getPhone().e164())).hasSize(3);
    }

    @Test
    void aLinkedPersonsDigitsAndPhonesGoToTheDialogEngine() throws Exception {
        Person person = people.person(people.village(people.commune()), Role.RESIDENT);
        String user = linkZalo(person);

        say(user, "123456");
        say(user, person.getPhone().national());

        assertThat(core.received()).extracting(m -> m.text()).containsExactly("123456", person.getPhone().national());
        assertThat(core.kept()).isEmpty();
    }

    private void say(String user, String text) throws Exception {
        post(Updates.text(FakeZaloApi.newId(), user, text), SECRET).andExpect(status().isOk());
    }

    /** The code in the n-th SMS to the person's phone. */
    private String codeSentTo(Person person, int n) {
        List<OutboundEnvelope> sent = Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> sms.sentTo(person.getPhone().e164()), list -> list.size() >= n);
        Matcher m = SIX_DIGITS.matcher(sent.get(n - 1).text());
        assertThat(m.find()).as(sent.get(n - 1).text()).isTrue();
        return m.group(1);
    }
}
