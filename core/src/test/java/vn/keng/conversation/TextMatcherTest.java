package vn.keng.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextMatcherTest {

    @ParameterizedTest(name = "\"{0}\" starts with keyword \"{1}\": {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Báo cháy               | bao chay | true
            bao chay               | bao chay | true
            BAO CHAY               | bao chay | true
            baochay                | bao chay | true
            Báo cháy!!! nhà ông Ba | bao chay | true
            bao chya               | bao chay | true
            bao chayy              | bao chay | true
            bao                    | bao chay | false
            bao chay nha           | bao chay | true
            baochaynha             | bao chay | false
            ok                     | ok       | true
            OK.                    | ok       | true
            okay                   | ok       | false
            đã đánh                | da danh  | true
            Đã   đánh  kẻng        | da danh  | true
            da danh                | da danh  | true
            xong                   | xong     | true
            xonh                   | xong     | false
            Tro giup               | tro giup | true
            """)
    void matchesWithoutDiacriticsCaseSpacesAndOneTypo(String text, String keyword, boolean expected) {
        assertThat(TextMatcher.match(TextMatcher.fold(text), keyword).found()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Báo cháy nhà ông Ba thôn 3 | 8  | nhà ông Ba thôn 3
            BAOCHAY thon 3             | 7  | thon 3
            """)
    void restIsTheTypedTextAfterTheKeyword(String text, int foldedEnd, String rest) {
        assertThat(DialogText.restAfter(text, foldedEnd)).isEqualTo(rest);
    }

    @ParameterizedTest
    @CsvSource({"abc,abc,true", "abc,abd,true", "abc,ab,true", "abc,abcd,true", "abc,bac,true", "abc,cab,false",
            "abcde,abxyz,false"})
    void oneEditAtMost(String a, String b, boolean expected) {
        assertThat(TextMatcher.withinOneEdit(a, b)).isEqualTo(expected);
    }
}
