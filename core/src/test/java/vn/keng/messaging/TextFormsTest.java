package vn.keng.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextFormsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Đánh kẻng báo động                | Danh keng bao dong
            Tổ liên gia an toàn PCCC          | To lien gia an toan PCCC
            ĐỒNG THỊNH, Ngọc Lặc              | DONG THINH, Ngoc Lac
            Cháy nhà “ông Ba” – thôn 3 🔥      | Chay nha "ong Ba" - thon 3
            """)
    void vietnameseBecomesGsm7(String text, String gsm7) {
        assertThat(TextForms.toGsm7(text)).isEqualTo(gsm7);
        assertThat(TextForms.isGsm7(TextForms.toGsm7(text))).isTrue();
    }

    @Test
    void segmentsAreCountedLikeTheCarriersDo() {
        assertThat(TextForms.smsSegments("a".repeat(160))).isEqualTo(1);
        assertThat(TextForms.smsSegments("a".repeat(161))).isEqualTo(2);
        assertThat(TextForms.smsSegments("a".repeat(306))).isEqualTo(2);
        assertThat(TextForms.smsSegments("a".repeat(307))).isEqualTo(3);
        assertThat(TextForms.smsSegments("€" + "a".repeat(158))).isEqualTo(1);
        assertThat(TextForms.smsSegments("€" + "a".repeat(159))).isEqualTo(2);
        assertThat(TextForms.smsSegments("ă" + "a".repeat(69))).isEqualTo(1);
        assertThat(TextForms.smsSegments("ă" + "a".repeat(70))).isEqualTo(2);
        assertThat(TextForms.smsSegments("ă" + "a".repeat(133))).isEqualTo(2);
        assertThat(TextForms.smsSegments("ă" + "a".repeat(134))).isEqualTo(3);
    }
}
