package vn.keng.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextSplitterTest {

    @Test
    void shortTextStaysWhole() {
        assertThat(TextSplitter.split("Kẻng 22:00", 4096)).containsExactly("Kẻng 22:00");
    }

    @Test
    void splitsAtTheLastLineBreakBeforeTheLimit() {
        assertThat(TextSplitter.split("aaaa\nbbbb\ncccc", 10)).containsExactly("aaaa\nbbbb", "cccc");
    }

    @Test
    void splitsAtASpaceWhenALineIsTooLong() {
        assertThat(TextSplitter.split("một hai ba bốn năm", 8)).containsExactly("một hai", "ba bốn", "năm");
    }

    @Test
    void cutsHardWithoutAnyBreakAndKeepsEveryCharacter() {
        String text = "x".repeat(9000);
        List<String> parts = TextSplitter.split(text, 4096);
        assertThat(parts).extracting(String::length).containsExactly(4096, 4096, 808);
        assertThat(String.join("", parts)).isEqualTo(text);
    }
}
