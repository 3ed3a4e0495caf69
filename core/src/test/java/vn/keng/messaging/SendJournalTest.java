package vn.keng.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.StandardEnvironment;

/**
 * The journal of accepted sends on disk: what a stopped instance leaves is adopted by the next one,
 * a live instance's journal is left alone, a clean stop leaves nothing, and a broken or unfinished
 * line is skipped instead of failing the start or marking anything sent.
 */
class SendJournalTest {

    @TempDir Path dir;

    private SendJournal journal() {
        return new SendJournal(settings(dir), new StandardEnvironment(), new MessagingInstance());
    }

    static MessagingSettings settings(Path journalDir) {
        return new MessagingSettings(Duration.ofDays(2), 20, 4, 2, 20, Duration.ofSeconds(1), 8, Duration.ofSeconds(5),
                Duration.ofMinutes(10), Duration.ofSeconds(10), 8, 10, 30, 200, 0.2, journalDir.toString());
    }

    private List<String> files() throws IOException {
        try (var list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theUnwrittenSendsOfAStoppedInstanceAreAdoptedByTheNextOne() throws IOException {
        SendJournal first = journal();
        first.handed(1, "SM1", 1);
        first.handed(2, null, 1);
        first.accepted(3, "SM3", 2);
        first.written(List.of(1L));
        assertThat(first.unwritten()).extracting(SendJournal.Accepted::outboxId).containsExactly(3L);
        first.destroy(); // stops with two sends whose status is not written: the file stays

        SendJournal next = journal();

        assertThat(next.unwritten()).containsExactlyInAnyOrder(new SendJournal.Accepted(2, null, 1),
                new SendJournal.Accepted(3, "SM3", 2));
        assertThat(next.acceptedSend(1)).isEmpty();
        assertThat(files()).hasSize(2); // only the new instance's journal and lock
        next.destroy();

        SendJournal third = journal(); // adopted entries survive a second stop
        assertThat(third.unwritten()).hasSize(2);
        third.written(List.of(2L, 3L));
        third.destroy();
        assertThat(files()).isEmpty();
    }

    @Test
    void aJournalALiveInstanceHoldsIsLeftAlone() throws IOException {
        SendJournal live = journal();
        live.accepted(7, "SM7", 1);

        SendJournal other = journal();

        assertThat(other.unwritten()).isEmpty();
        assertThat(other.adoptOrphans()).isZero();
        assertThat(live.unwritten()).hasSize(1);
        live.written(List.of(7L));
        live.destroy();
        other.destroy();
        assertThat(files()).isEmpty();
    }

    @Test
    void aFileIsEmptiedOnceEveryStatusIsWritten() throws IOException {
        SendJournal journal = journal();
        Path file;
        try (var list = Files.list(dir)) {
            file = list.filter(p -> p.toString().endsWith(JournalFile.SUFFIX)).findFirst().orElseThrow();
        }
        journal.handed(1, "SM1", 1);
        journal.handed(2, "SM2", 1);
        assertThat(Files.size(file)).isPositive();
        journal.written(List.of(1L, 2L));
        assertThat(Files.size(file)).isZero();
        journal.destroy();
    }

    @Test
    void aCorruptLineAndAnUnfinishedLastLineAreSkipped() throws IOException {
        JournalFile dead = JournalFile.create(dir, "dead:1:x");
        dead.appendAccepted(List.of(new SendJournal.Accepted(1, "SM1", 1), new SendJournal.Accepted(2, "SM2", 1)));
        dead.appendWritten(List.of(1L));
        dead.close();
        Files.writeString(dead.path(), "A\t3\t1\t=SM3\tdeadbeef\n" // a CRC that does not match
                + "garbage without tabs\n"
                + "A\t4\t1\t=SM4", // the process died while writing this line
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        assertThat(JournalFile.read(dead.path())).containsExactly(new SendJournal.Accepted(2, "SM2", 1));

        SendJournal next = journal();
        assertThat(next.unwritten()).containsExactly(new SendJournal.Accepted(2, "SM2", 1));
        next.written(List.of(2L));
        next.destroy();
    }

    @Test
    void aProviderIdWithControlCharactersStaysOnOneLine() throws IOException {
        JournalFile dead = JournalFile.create(dir, "dead:2:y");
        dead.appendAccepted(List.of(new SendJournal.Accepted(5, "SM\t5\nx", 1), new SendJournal.Accepted(6, "SM6", 1)));
        dead.close();

        assertThat(JournalFile.read(dead.path())).containsExactly(new SendJournal.Accepted(5, "SM\\u00095\\u000ax", 1),
                new SendJournal.Accepted(6, "SM6", 1));
    }

    @Test
    void anInterruptedWorkerStillWritesTheJournalAndKeepsItsInterrupt() throws IOException {
        SendJournal journal = journal();
        Thread.currentThread().interrupt(); // as the dispatcher's stop wakes its workers
        try {
            journal.accepted(11, "SM11", 1);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        Thread.currentThread().interrupt();
        try {
            journal.accepted(12, "SM12", 1);
        } finally {
            Thread.interrupted();
        }
        journal.destroy(); // the file was kept (not fallen back to memory): the next instance adopts both

        SendJournal next = journal();
        assertThat(next.unwritten()).extracting(SendJournal.Accepted::outboxId).containsExactlyInAnyOrder(11L, 12L);
        next.written(List.of(11L, 12L));
        next.destroy();
    }
}
