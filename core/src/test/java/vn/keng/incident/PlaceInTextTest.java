package vn.keng.incident;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceInTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            cháy nhà bác Tư xóm trên!!!      | nhà bác Tư xóm trên
            có cháy ở bãi rác cuối thôn      | bãi rác cuối thôn
            chay rung thong tren doi         | rung thong tren doi
            có người đuối nước ở hồ          | hồ
            nha ong Hai dang chay            | nha ong Hai dang chay
            tai nan o cau song Am            | cau song Am
            CHÁY                             | -
            có trộm, cho tôi hỏi             | -
            trộm vào nhà em lấy mất xe       | nhà em lấy mất xe
            """)
    void thePlaceIsWhatFollowsThePlaceWordAsTyped(String text, String place) {
        assertThat(PlaceInText.of(text)).isEqualTo(place);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            ở nhà ông Ba           | nhà ông Ba
            o quan nuoc            | quan nuoc
            NHA ONG BA THON 3      | NHA ONG BA THON 3
            tai nan o cau          | tai nan o cau
            '   '                  | -
            """)
    void afterACommandALeadingOTaiIsDropped(String rest, String place) {
        assertThat(PlaceInText.afterCommand(rest)).isEqualTo(place);
    }
}
