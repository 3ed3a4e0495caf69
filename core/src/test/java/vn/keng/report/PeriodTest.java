package vn.keng.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Periods as officials type them, Vietnamese and English, with or without diacritics. */
class PeriodTest {

    static final ZoneId HCM = ZoneId.of("Asia/Ho_Chi_Minh");
    // 28/11/2026 00:30 in Viet Nam is still 27/11 in UTC: "this year so far" must use the commune's day
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T17:30:00Z"), java.time.ZoneOffset.UTC);

    static Period parse(String text) {
        return Period.parse(text, CLOCK, HCM);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2026|YEAR|2026-01-01|2027-01-01",
            "năm 2026|YEAR|2026-01-01|2027-01-01",
            "11/2026|MONTH|2026-11-01|2026-12-01",
            "2/2028|MONTH|2028-02-01|2028-03-01",
            "tháng 11/2026|MONTH|2026-11-01|2026-12-01",
            "Q3 2026|QUARTER|2026-07-01|2026-10-01",
            "Q3-2026|QUARTER|2026-07-01|2026-10-01",
            "q3/2026|QUARTER|2026-07-01|2026-10-01",
            "quy 3 2026|QUARTER|2026-07-01|2026-10-01",
            "Quý 3 2026|QUARTER|2026-07-01|2026-10-01",
            "phong-trao 2026|MOVEMENT_YEAR|2025-11-15|2026-11-15",
            "phong trao 2026|MOVEMENT_YEAR|2025-11-15|2026-11-15",
            "Phong trào 2026|MOVEMENT_YEAR|2025-11-15|2026-11-15",
            "movement-2026|MOVEMENT_YEAR|2025-11-15|2026-11-15",
            "MOVEMENT 2026|MOVEMENT_YEAR|2025-11-15|2026-11-15"})
    void readsWhatOfficialsType(String text, Period.Kind kind, LocalDate from, LocalDate to) {
        assertThat(parse(text)).isEqualTo(new Period(kind, from, to));
    }

    @Test
    void nothingIsThisYearSoFarInTheCommunesTimeZone() {
        Period period = parse("  ");
        assertThat(period.kind()).isEqualTo(Period.Kind.YEAR_TO_DATE);
        assertThat(period.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(period.last()).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(period.previous()).isEqualTo(new Period(Period.Kind.YEAR_TO_DATE, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 11, 29)));
    }

    @Test
    void thePreviousPeriodIsTheComparableOne() {
        assertThat(parse("2026").previous().from()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(parse("1/2026").previous()).isEqualTo(parse("12/2025"));
        assertThat(parse("Q1 2026").previous()).isEqualTo(parse("Q4 2025"));
        assertThat(parse("movement-2026").previous()).isEqualTo(parse("movement-2025"));
        assertThat(parse("3/2024").previous().days()).isEqualTo(29);
    }

    @ParameterizedTest
    @ValueSource(strings = {"13/2026", "0/2026", "Q5 2026", "Q0-2026", "Q5", "1999", "2100", "phong trao 1990", "abc",
            "2026abc", "32/12/2026", "BC"})
    void refusesPeriodsThatDoNotExistWithAClearMessage(String text) {
        assertThatThrownBy(() -> parse(text)).isInstanceOf(InvalidPeriodException.class)
                .hasMessageContaining(text).hasMessageContaining("2026, 11/2026, Q3-2026, H1-2026, movement-2026 or PT-H1-2026");
    }

    @Test
    void labelsAndFileNames() {
        assertThat(parse("11/2026").code()).isEqualTo("11/2026");
        assertThat(parse("Q3 2026").fileCode()).isEqualTo("2026-Q3");
        assertThat(parse("movement-2026").dates()).isEqualTo("15/11/2025 - 14/11/2026");
        assertThat(parse("movement-2026").fileCode()).isEqualTo("movement-2026");
    }
}
