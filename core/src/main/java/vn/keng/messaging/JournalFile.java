package vn.keng.messaging;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One instance's journal of accepted sends on local disk: an append-only text file
 * {@code <instance>.journal} beside a lock file {@code <instance>.lock} held while the instance lives.
 * A line {@code A <outbox id> <segments> =<provider id> <crc>} says the provider accepted a send, a
 * line {@code W <outbox id> <crc>} that its status is written. Lines go straight to the file (no
 * buffer in the process, so a killed process loses nothing the kernel got); {@link #force()} syncs
 * them to the disk. A line without its newline (the process died while writing it) or whose CRC does
 * not match is skipped when the file is read: an unreadable line can only make a send be reconciled
 * or sent again, never mark an unsent message sent.
 */
final class JournalFile implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(JournalFile.class);
    static final String SUFFIX = ".journal";
    static final String LOCK_SUFFIX = ".lock";

    private final Path file;
    private final Path lockFile;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private FileChannel channel;
    private boolean dirty;

    private JournalFile(Path file, Path lockFile, FileChannel lockChannel, FileLock lock) throws IOException {
        this.file = file;
        this.lockFile = lockFile;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
    }

    /** Creates and locks this instance's journal in {@code dir}. */
    static JournalFile create(Path dir, String instance) throws IOException {
        Files.createDirectories(dir);
        String name = fileName(instance);
        Path lockFile = dir.resolve(name + LOCK_SUFFIX);
        FileChannel lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = lockChannel.tryLock();
        if (lock == null) {
            lockChannel.close();
            throw new IOException("journal " + lockFile + " is locked by another process");
        }
        return new JournalFile(dir.resolve(name + SUFFIX), lockFile, lockChannel, lock);
    }

    /** A file name for an instance id (host:pid:suffix): only letters, digits, dot, dash and underscore. */
    static String fileName(String instance) {
        return instance.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    Path path() {
        return file;
    }

    synchronized void appendAccepted(Collection<SendJournal.Accepted> entries) throws IOException {
        StringBuilder out = new StringBuilder();
        for (SendJournal.Accepted a : entries) {
            out.append(line("A\t" + a.outboxId() + "\t" + a.segments() + "\t="
                    + (a.providerMessageId() == null ? "" : ProviderIds.safe(a.providerMessageId()))));
        }
        write(out);
    }

    synchronized void appendWritten(Collection<Long> ids) throws IOException {
        StringBuilder out = new StringBuilder();
        for (Long id : ids) {
            out.append(line("W\t" + id));
        }
        write(out);
    }

    private void write(StringBuilder out) throws IOException {
        if (out.isEmpty()) {
            return;
        }
        byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
        uninterruptibly(() -> {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        });
        dirty = true;
    }

    /** Syncs what was appended to the disk, if anything was. */
    synchronized void force() throws IOException {
        if (dirty) {
            uninterruptibly(() -> channel.force(false));
            dirty = false;
        }
    }

    private interface FileWork {
        void run() throws IOException;
    }

    /**
     * Runs file work that a thread interrupt must not break: the dispatcher interrupts its workers to
     * wake them when it stops, and a {@link FileChannel} closes itself when its thread is interrupted.
     * The interrupt is put aside during the work and restored after; if one still closed the channel
     * midway, the file is reopened (a half-written line is ended, and skipped when read) and the work
     * done again (a line written twice reads as one).
     */
    private void uninterruptibly(FileWork work) throws IOException {
        boolean interrupted = Thread.interrupted();
        try {
            work.run();
        } catch (ClosedByInterruptException e) {
            interrupted |= Thread.interrupted();
            reopen();
            work.run();
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void reopen() throws IOException {
        closeQuietly(channel);
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        long size = channel.size();
        if (size > 0) {
            ByteBuffer last = ByteBuffer.allocate(1);
            try (FileChannel read = FileChannel.open(file, StandardOpenOption.READ)) {
                read.read(last, size - 1);
            }
            if (last.get(0) != '\n') {
                channel.write(ByteBuffer.wrap(new byte[] {'\n'}));
            }
        }
    }

    /**
     * Starts the file afresh with only these entries (the others are written): truncated when there
     * are none, else replaced through a temporary file, so a crash leaves the old file or the new one.
     */
    synchronized void rewrite(Collection<SendJournal.Accepted> pending) throws IOException {
        if (pending.isEmpty()) {
            channel.truncate(0);
            channel.force(false);
            dirty = false;
            return;
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        StringBuilder out = new StringBuilder();
        for (SendJournal.Accepted a : pending) {
            out.append(line("A\t" + a.outboxId() + "\t" + a.segments() + "\t="
                    + (a.providerMessageId() == null ? "" : ProviderIds.safe(a.providerMessageId()))));
        }
        Files.write(tmp, out.toString().getBytes(StandardCharsets.UTF_8));
        try (FileChannel sync = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            sync.force(true);
        }
        channel.close();
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        dirty = false;
    }

    synchronized long size() throws IOException {
        return channel.size();
    }

    /** Closes the file and releases the lock; deletes both when nothing in it waits to be written. */
    @Override
    public synchronized void close() {
        closeQuietly(channel);
        try {
            lock.release();
        } catch (IOException e) {
            // released with the channel
        }
        closeQuietly(lockChannel);
    }

    /** Deletes this instance's files (after a close, when nothing waits in them). */
    void delete() {
        deleteQuietly(file);
        deleteQuietly(lockFile);
    }

    /**
     * Reads the journals in {@code dir} of instances that no longer hold their lock (dead processes,
     * this host's earlier runs), hands their unwritten entries to {@code adopter} and deletes them once
     * it returns; {@code self} is skipped. A journal locked by a live process (or this JVM) is left.
     */
    static int adoptOrphans(Path dir, Path self, java.util.function.Consumer<List<SendJournal.Accepted>> adopter) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        List<Path> journals;
        try (var files = Files.list(dir)) {
            journals = files.filter(p -> p.getFileName().toString().endsWith(SUFFIX) && !p.equals(self)).toList();
        } catch (IOException e) {
            log.warn("Cannot list the journal directory {}: {}", dir, e.toString());
            return 0;
        }
        int adopted = 0;
        for (Path journal : journals) {
            String base = journal.getFileName().toString();
            Path lockFile = journal.resolveSibling(base.substring(0, base.length() - SUFFIX.length()) + LOCK_SUFFIX);
            try (FileChannel lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                FileLock lock;
                try {
                    lock = lockChannel.tryLock();
                } catch (OverlappingFileLockException e) {
                    continue; // another application context of this JVM holds it: alive
                }
                if (lock == null) {
                    continue; // another process holds it: alive
                }
                try {
                    if (!Files.exists(journal)) {
                        continue;
                    }
                    List<SendJournal.Accepted> pending = read(journal);
                    adopter.accept(pending);
                    adopted += pending.size();
                    Files.deleteIfExists(journal);
                    log.info("Adopted {} unwritten accepted sends from the journal of a stopped instance ({})",
                            pending.size(), journal.getFileName());
                } finally {
                    lock.release();
                }
            } catch (IOException | RuntimeException e) {
                log.warn("Cannot adopt the journal {}: {}", journal, e.toString());
                continue;
            }
            deleteQuietly(lockFile);
        }
        return adopted;
    }

    /** The accepted sends of a journal file whose status is not written, in order; broken lines skipped. */
    static List<SendJournal.Accepted> read(Path journal) throws IOException {
        byte[] bytes = Files.readAllBytes(journal);
        String text = new String(bytes, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n');
        if (end < text.length() - 1) {
            log.warn("The journal {} ends in an incomplete line (the process died writing it): skipped", journal);
        }
        Map<Long, SendJournal.Accepted> pending = new LinkedHashMap<>();
        if (end < 0) {
            return List.of();
        }
        int skipped = 0;
        for (String raw : text.substring(0, end).split("\n", -1)) {
            String[] fields = verified(raw);
            try {
                if (fields != null && fields[0].equals("A") && fields.length == 4 && fields[3].startsWith("=")) {
                    long id = Long.parseLong(fields[1]);
                    String providerId = fields[3].substring(1);
                    pending.put(id, new SendJournal.Accepted(id, providerId.isEmpty() ? null : providerId,
                            Integer.parseInt(fields[2])));
                } else if (fields != null && fields[0].equals("W") && fields.length == 2) {
                    pending.remove(Long.parseLong(fields[1]));
                } else if (!raw.isEmpty()) {
                    skipped++;
                }
            } catch (NumberFormatException e) {
                skipped++;
            }
        }
        if (skipped > 0) {
            log.warn("Skipped {} unreadable lines of the journal {}", skipped, journal);
        }
        return new ArrayList<>(pending.values());
    }

    private static String line(String content) {
        return content + "\t" + crc(content) + "\n";
    }

    /** The fields of a line whose CRC matches, without the CRC; null for a broken line. */
    private static String[] verified(String raw) {
        int tab = raw.lastIndexOf('\t');
        if (tab < 0) {
            return null;
        }
        String content = raw.substring(0, tab);
        if (!raw.substring(tab + 1).equals(crc(content))) {
            return null;
        }
        return content.split("\t", -1);
    }

    private static String crc(String content) {
        CRC32 crc = new CRC32();
        crc.update(content.getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(crc.getValue());
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            log.debug("Cannot delete {}: {}", path, e.toString());
        }
    }
}
