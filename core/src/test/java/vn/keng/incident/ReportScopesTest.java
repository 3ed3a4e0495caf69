package vn.keng.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.keng.registry.Village;

/** Village names in a report are found as whole words, with or without "thôn", diacritics and case ignored. */
class ReportScopesTest {

    private final Village thon3 = new Village(1L, "Thôn 3", null, 100);
    private final Village thon30 = new Village(1L, "Thôn 30", null, 100);
    private final Village dongTam = new Village(1L, "Thôn Đồng Tâm", null, 100);
    private final List<Village> villages = List.of(thon3, thon30, dongTam);

    @Test
    void findsTheVillageNamedAsWholeWords() {
        assertThat(ReportScopes.named(villages, "CHAY NHA ONG BA THON 3")).contains(thon3);
        assertThat(ReportScopes.named(villages, "chay nha o thon 30 gan cho")).contains(thon30);
        assertThat(ReportScopes.named(villages, "Cháy ở Đồng Tâm")).contains(dongTam);
        assertThat(ReportScopes.named(villages, "bao chay DONG TAM!")).contains(dongTam);
    }

    @Test
    void findsNothingInTextThatOnlyLooksAlike() {
        assertThat(ReportScopes.named(villages, "chay nha so 3")).isEmpty();
        assertThat(ReportScopes.named(villages, "chay o thon 300")).isEmpty();
        assertThat(ReportScopes.named(villages, "dong tammy")).isEmpty();
        assertThat(ReportScopes.named(villages, "")).isEmpty();
    }
}
