package vn.keng.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import vn.keng.platform.NotFoundException;

/** Names as people type them: without diacritics, in any case, with or without "Tỉnh", "Xã", "Thôn"... */
class PlaceNameTest {

    static final List<String> PROVINCES = List.of("Thanh Hóa", "Hà Nội", "Thành phố Hồ Chí Minh", "Tỉnh Hòa Bình");
    static final List<String> VILLAGES = List.of("Thôn Đồng Tâm", "Thôn Thịnh Sơn", "Làng Mường Chuông", "Thôn Cao Phong",
            "Thôn Tân Lập", "Làng Đồng Lạc", "Thôn Minh Thành");

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Thanh Hóa               | Thanh Hóa
            Thanh Hoa               | Thanh Hóa
            thanh hóa               | Thanh Hóa
            THANH HOA               | Thanh Hóa
            Tỉnh Thanh Hóa          | Thanh Hóa
            tinh  thanh-hoa         | Thanh Hóa
            TP Hồ Chí Minh          | Thành phố Hồ Chí Minh
            ho chi minh             | Thành phố Hồ Chí Minh
            Hòa Bình                | Tỉnh Hòa Bình
            hoa binh                | Tỉnh Hòa Bình
            """)
    void provincesAreFoundAsTyped(String typed, String found) {
        assertThat(PlaceName.PROVINCE.match(typed, PROVINCES, Function.identity(), p -> null)).isEqualTo(found);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Mường Chuông            | Làng Mường Chuông
            lang muong chuong       | Làng Mường Chuông
            thôn mường chuông       | Làng Mường Chuông
            Đồng Tâm                | Thôn Đồng Tâm
            dong lac                | Làng Đồng Lạc
            """)
    void villagesAreFoundWithOrWithoutTheirKind(String typed, String found) {
        assertThat(PlaceName.VILLAGE.match(typed, VILLAGES, Function.identity(), v -> null)).isEqualTo(found);
    }

    @Test
    void communesLoseTheirPrefix() {
        assertThat(PlaceName.COMMUNE.match("dong thinh", List.of("Xã Đồng Thịnh", "Phường Đông Sơn"),
                Function.identity(), c -> null)).isEqualTo("Xã Đồng Thịnh");
        assertThat(PlaceName.COMMUNE.match("Phuong Dong Son", List.of("Xã Đồng Thịnh", "Phường Đông Sơn"),
                Function.identity(), c -> null)).isEqualTo("Phường Đông Sơn");
    }

    @Test
    void namesAlikeWithoutDiacriticsAreAmbiguousUnlessTypedExactly() {
        List<String> villages = List.of("Thôn Đông Sơn", "Thôn Đồng Sơn", "Làng Đông Sơn 2");
        assertThatThrownBy(() -> PlaceName.VILLAGE.match("dong son", villages, Function.identity(), v -> "Xã A"))
                .isInstanceOfSatisfying(AmbiguousNameException.class, e -> {
                    assertThat(e.candidates()).extracting(AmbiguousNameException.Candidate::name)
                            .containsExactly("Thôn Đông Sơn", "Thôn Đồng Sơn");
                    assertThat(e.candidates()).extracting(AmbiguousNameException.Candidate::within)
                            .containsOnly("Xã A");
                    assertThat(e.getMessage()).contains("dong son", "Thôn Đông Sơn", "Thôn Đồng Sơn");
                });
        assertThat(PlaceName.VILLAGE.match("Thôn Đồng Sơn", villages, Function.identity(), v -> null))
                .isEqualTo("Thôn Đồng Sơn");
        assertThat(PlaceName.VILLAGE.match("đồng sơn", villages, Function.identity(), v -> null))
                .isEqualTo("Thôn Đồng Sơn");
    }

    @Test
    void aPartOfANameIsOfferedNotTaken() {
        assertThatThrownBy(() -> PlaceName.VILLAGE.match("muong", VILLAGES, Function.identity(), v -> null))
                .isInstanceOfSatisfying(AmbiguousNameException.class, e -> assertThat(e.candidates())
                        .extracting(AmbiguousNameException.Candidate::name).containsExactly("Làng Mường Chuông"));
        assertThatThrownBy(() -> PlaceName.VILLAGE.match("Dong", VILLAGES, Function.identity(), v -> null))
                .isInstanceOfSatisfying(AmbiguousNameException.class, e -> assertThat(e.candidates())
                        .extracting(AmbiguousNameException.Candidate::name)
                        .containsExactly("Thôn Đồng Tâm", "Làng Đồng Lạc"));
    }

    @Test
    void nothingAlikeIsNotFoundAndBlankIsBadInput() {
        assertThatThrownBy(() -> PlaceName.PROVINCE.match("Nghệ An", PROVINCES, Function.identity(), p -> null))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("Nghệ An");
        assertThatThrownBy(() -> PlaceName.PROVINCE.match("  ", PROVINCES, Function.identity(), p -> null))
                .isInstanceOf(IllegalArgumentException.class).isNotInstanceOf(AmbiguousNameException.class);
        assertThatThrownBy(() -> PlaceName.PROVINCE.match("Tỉnh", PROVINCES, Function.identity(), p -> null))
                .isInstanceOf(NotFoundException.class);
    }
}
