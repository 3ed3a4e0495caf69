package vn.keng.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The half-year periods of the reporting calendar: calendar halves and the halves of the movement year. */
class PeriodHalfYearTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "H1-2026|HALF_YEAR|2026-01-01|2026-07-01|H1-2026|2026-H1",
            "h2 2026|HALF_YEAR|2026-07-01|2027-01-01|H2-2026|2026-H2",
            "H2/2026|HALF_YEAR|2026-07-01|2027-01-01|H2-2026|2026-H2",
            "PT-H1-2026|MOVEMENT_HALF|2025-11-15|2026-05-15|PT-H1-2026|movement-2026-H1",
            "pt h2 2026|MOVEMENT_HALF|2026-05-15|2026-11-15|PT-H2-2026|movement-2026-H2",
            "phong trao H1 2026|MOVEMENT_HALF|2025-11-15|2026-05-15|PT-H1-2026|movement-2026-H1"})
    void halvesAsTyped(String text, Period.Kind kind, String from, String to, String code, String file) {
        Period p = PeriodTest.parse(text);
        assertThat(p.kind()).isEqualTo(kind);
        assertThat(p.from()).isEqualTo(LocalDate.parse(from));
        assertThat(p.to()).isEqualTo(LocalDate.parse(to));
        assertThat(p.code()).isEqualTo(code);
        assertThat(p.fileCode()).isEqualTo(file);
    }

    @Test
    void thePreviousHalfIsTheSixMonthsBefore() {
        assertThat(PeriodTest.parse("H1-2026").previous()).isEqualTo(Period.half(false, 2, 2025));
        assertThat(PeriodTest.parse("PT-H2-2026").previous()).isEqualTo(Period.half(true, 1, 2026));
        assertThat(PeriodTest.parse("PT-H1-2026").previous().from()).isEqualTo(LocalDate.of(2025, 5, 15));
    }

    @Test
    void halvesAreFoundInSentences() {
        assertThat(Period.find("báo cáo 6 tháng đầu năm 2026", PeriodTest.CLOCK, PeriodTest.HCM))
                .contains(Period.half(false, 1, 2026));
        assertThat(Period.find("bc 6 thang cuoi nam", PeriodTest.CLOCK, PeriodTest.HCM))
                .contains(Period.half(false, 2, 2026));
        assertThat(Period.find("bc H1 2026", PeriodTest.CLOCK, PeriodTest.HCM)).contains(Period.half(false, 1, 2026));
        assertThat(Period.find("bc pt h2", PeriodTest.CLOCK, PeriodTest.HCM)).contains(Period.half(true, 2, 2026));
    }

    @ParameterizedTest
    @ValueSource(strings = {"H3-2026", "H0 2026", "H1-1999", "PT-H5-2026"})
    void aHalfThatDoesNotExistIsRefusedWithAReason(String text) {
        assertThatThrownBy(() -> PeriodTest.parse(text)).isInstanceOf(InvalidPeriodException.class);
    }
}
