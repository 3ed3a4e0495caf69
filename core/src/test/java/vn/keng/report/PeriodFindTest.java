package vn.keng.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Periods named in a sentence, on 29/11/2026 in Vietnam. */
class PeriodFindTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T03:00:00Z"), ZONE);

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            cho xin báo cáo tháng này           | 11/2026
            bc thang 11                         | 11/2026
            báo cáo tháng 3 năm 2025            | 03/2025
            thống kê quý 3                      | Q3/2026
            báo cáo năm nay                     | 2026
            bao cao nam ngoai                   | 2025
            tổng hợp số đêm đánh kẻng năm 2024  | 2024
            báo cáo tháng 13                    | -
            bao cao thon                        | -
            """)
    void findsThePeriodNamedInTheSentence(String text, String code) {
        assertThat(Period.find(text, CLOCK, ZONE).map(Period::code).orElse(null)).isEqualTo(code);
    }
}
