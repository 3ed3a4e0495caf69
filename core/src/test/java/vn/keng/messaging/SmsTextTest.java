package vn.keng.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import vn.keng.messaging.SmsText.Encoding;

class SmsTextTest {

    static Stream<Arguments> segmentCases() {
        return Stream.of(
                Arguments.of("empty", "", Encoding.GSM_7, 0, 1),
                Arguments.of("160 GSM chars", "a".repeat(160), Encoding.GSM_7, 160, 1),
                Arguments.of("161 GSM chars", "a".repeat(161), Encoding.GSM_7, 161, 2),
                Arguments.of("306 GSM chars", "a".repeat(306), Encoding.GSM_7, 306, 2),
                Arguments.of("307 GSM chars", "a".repeat(307), Encoding.GSM_7, 307, 3),
                Arguments.of("one euro counts two", "€", Encoding.GSM_7, 2, 1),
                Arguments.of("158 + euro fits one", "a".repeat(158) + "€", Encoding.GSM_7, 160, 1),
                Arguments.of("159 + euro needs two", "a".repeat(159) + "€", Encoding.GSM_7, 161, 2),
                Arguments.of("every extension char", "^{}\\[~]|€", Encoding.GSM_7, 18, 1),
                Arguments.of("escape pair never split", "a".repeat(152) + "€" + "a".repeat(152), Encoding.GSM_7, 306, 3),
                Arguments.of("GSM accents stay GSM", "èéùìòÇØøÅåÄÖÑÜäöñüà", Encoding.GSM_7, 19, 1),
                Arguments.of("one ă makes UCS-2", "ă", Encoding.UCS_2, 1, 1),
                Arguments.of("70 UCS-2 units", "ă" + "a".repeat(69), Encoding.UCS_2, 70, 1),
                Arguments.of("71 UCS-2 units", "ă" + "a".repeat(70), Encoding.UCS_2, 71, 2),
                Arguments.of("134 UCS-2 units", "đ" + "a".repeat(133), Encoding.UCS_2, 134, 2),
                Arguments.of("135 UCS-2 units", "ơ" + "a".repeat(134), Encoding.UCS_2, 135, 3),
                Arguments.of("emoji is two UTF-16 units", "🔥", Encoding.UCS_2, 2, 1),
                Arguments.of("surrogate pair never split", "ă" + "a".repeat(65) + "🔥" + "a".repeat(67), Encoding.UCS_2, 135, 3),
                Arguments.of("Vietnamese sentence", "Tiếng kẻng bình yên", Encoding.UCS_2, 19, 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("segmentCases")
    void countsSegmentsExactly(String name, String text, Encoding encoding, int units, int count) {
        assertThat(SmsText.segments(text)).isEqualTo(new SmsText.Segments(encoding, units, count));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Tiếng kẻng bình yên|Tieng keng binh yen",
            "ĐÁNH KẺNG đột xuất|DANH KENG dot xuat",
            "Báo cháy! Thôn 3, nhà ông Ước|Bao chay! Thon 3, nha ong Uoc",
            "Ư ơ ư Ơ ă Â ê Ô|U o u O a A e O",
            "ỳ ỷ ỹ ỵ ý Ỳ Ỹ|y y y y y Y Y",
            "café élan Ñandú|cafe elan Nandu",
            "“Đến ngay” – ok…|\"Den ngay\" - ok...",
            "cháy 🔥 nhà|chay nha",
            "1=Den ngay 2=Khong the|1=Den ngay 2=Khong the",
            "giá 10€ {x}|gia 10€ {x}"})
    void stripsDiacriticsToGsm7(String input, String expected) {
        String gsm = SmsText.toGsm7(input);
        assertThat(gsm).isEqualTo(expected);
        assertThat(SmsText.isGsm7(gsm)).isTrue();
    }

    @Test
    void everyVietnameseLetterBecomesPlainAscii() {
        String vowels = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ";
        String all = vowels + vowels.toUpperCase(java.util.Locale.ROOT);
        assertThat(SmsText.toGsm7(all)).matches("[A-Za-z]+").hasSize(all.length());
    }

    @Test
    void shortensAtAWordBoundaryWithEllipsis() {
        String text = ("Nhac truc: dem nay 22:00 thon 3 danh keng tai nha van hoa, 3 hoi ngan. "
                + "Tra loi 1 de xac nhan, 2 neu khong the. ").repeat(4);
        assertThat(SmsText.segments(text).count()).isGreaterThan(2);

        String shortened = SmsText.shorten(text, 2);

        assertThat(SmsText.segments(shortened).count()).isLessThanOrEqualTo(2);
        assertThat(shortened).endsWith("...");
        String head = shortened.substring(0, shortened.length() - 3);
        assertThat(text).startsWith(head);
        assertThat(Character.isWhitespace(text.charAt(head.length()))).isTrue();
        assertThat(head.length()).isGreaterThan(306 - 3 - 20); // nearly all of the two segments is used
    }

    @Test
    void shortensUnicodeToItsOwnLimit() {
        String text = "Tiếng kẻng bình yên ".repeat(10);
        String shortened = SmsText.shorten(text, 1);
        assertThat(SmsText.segments(shortened)).satisfies(s -> {
            assertThat(s.encoding()).isEqualTo(Encoding.UCS_2);
            assertThat(s.count()).isEqualTo(1);
        });
        assertThat(shortened).isEqualTo("Tiếng kẻng bình yên ".repeat(3) + "Tiếng...");
    }

    @Test
    void leavesATextThatFitsAlone() {
        String text = "a".repeat(306);
        assertThat(SmsText.shorten(text, 2)).isSameAs(text);
    }

    @Test
    void cutsInsideAWordOnlyWhenOneWordIsLongerThanTheLimit() {
        String shortened = SmsText.shorten("x".repeat(400), 1);
        assertThat(shortened).isEqualTo("x".repeat(157) + "...");
    }

    @Test
    void refusesAZeroLimit() {
        assertThatThrownBy(() -> SmsText.shorten("a", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
