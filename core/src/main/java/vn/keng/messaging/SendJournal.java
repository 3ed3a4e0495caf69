package vn.keng.messaging;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * What this instance holds in hand: the outbox rows and inbound messages it claimed and still works
 * on (their leases are renewed), and the sends a provider accepted whose "sent" is not written yet
 * (the journal).
 * <p>
 * Every send a provider accepts is journaled before its status is written (write-ahead, in a local
 * file: {@link JournalFile} under {@code keng.messaging.journal-dir}, default
 * {@code <keng.data-dir>/journal}), and forgotten once the status is written. When that write fails
 * (database cut) the entry waits: {@link Leases} retries the write every tick until the database
 * takes it, and a row of this instance found SENDING with its lease run out is marked SENT from here
 * instead of being sent again. The file survives the process: an instance starting on the same
 * data directory adopts the journals of stopped instances (a crash, a {@code kill -9}) and writes
 * their entries as soon as the database answers. If the file cannot be written, the journal carries
 * on in memory (logged) rather than hold any send back.
 */
@Component
class SendJournal implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SendJournal.class);
    /** Past this size, the file is rewritten with only the entries still waiting. */
    private static final long COMPACT_AT = 1 << 20;

    /** A send the provider accepted. */
    record Accepted(long outboxId, String providerMessageId, int segments) {
    }

    /** An accepted send; {@code awaiting}: its status write failed (or it was read back from a file), retry it. */
    private record Entry(Accepted accepted, boolean awaiting) {
    }

    private final Map<Long, Entry> accepted = new ConcurrentHashMap<>();
    private final Set<Long> outboxInHand = ConcurrentHashMap.newKeySet();
    private final Set<Long> inboundInHand = ConcurrentHashMap.newKeySet();
    private final Path dir;
    private volatile JournalFile file;

    SendJournal(MessagingSettings settings, Environment env, MessagingInstance instance) {
        this.dir = directory(settings, env);
        try {
            this.file = JournalFile.create(dir, instance.id());
            log.info("Journal of accepted sends: {}", file.path());
        } catch (IOException e) {
            log.error("Cannot open the journal of accepted sends in {}: it is kept in memory only ({})", dir,
                    e.toString());
        }
        adoptOrphans();
    }

    static Path directory(MessagingSettings settings, Environment env) {
        if (settings.journalDir() != null && !settings.journalDir().isBlank()) {
            return Path.of(settings.journalDir()).toAbsolutePath().normalize();
        }
        return Path.of(env.getProperty("keng.data-dir", "./data")).resolve("journal").toAbsolutePath().normalize();
    }

    /** The provider accepted a send; its status is about to be written (write-ahead). */
    void handed(long outboxId, String providerMessageId, int segments) {
        Accepted a = new Accepted(outboxId, providerMessageId, segments);
        accepted.put(outboxId, new Entry(a, false));
        append(a);
    }

    /** The provider accepted a send whose status could not be written: the write is retried until it succeeds. */
    void accepted(long outboxId, String providerMessageId, int segments) {
        Accepted a = new Accepted(outboxId, providerMessageId, segments);
        Entry before = accepted.put(outboxId, new Entry(a, true));
        if (before == null || !before.accepted().equals(a)) {
            append(a);
        }
        force();
    }

    /** The status writes of these handed sends failed: retry them until the database takes them. */
    void awaitWrite(Collection<Long> outboxIds) {
        for (Long id : outboxIds) {
            accepted.computeIfPresent(id, (k, e) -> new Entry(e.accepted(), true));
        }
        force();
    }

    Optional<Accepted> acceptedSend(long outboxId) {
        return Optional.ofNullable(accepted.get(outboxId)).map(Entry::accepted);
    }

    /** The accepted sends whose status write failed and waits to be retried. */
    List<Accepted> unwritten() {
        return accepted.values().stream().filter(Entry::awaiting).map(Entry::accepted).toList();
    }

    /** The sends' status is written: forget them. */
    void written(Collection<Long> outboxIds) {
        if (outboxIds.isEmpty()) {
            return;
        }
        outboxIds.forEach(accepted::remove);
        JournalFile f = file;
        if (f == null) {
            return;
        }
        try {
            f.appendWritten(outboxIds);
            compact(f);
        } catch (IOException e) {
            fileFailed(e);
        }
    }

    /** Entries in the journal, waiting or in flight. */
    int size() {
        return accepted.size();
    }

    /** Syncs the file to the disk (a process crash loses nothing without it; a machine crash might). */
    void force() {
        JournalFile f = file;
        if (f == null) {
            return;
        }
        try {
            f.force();
        } catch (IOException e) {
            fileFailed(e);
        }
    }

    /**
     * Takes over the journals of stopped instances in the same directory: their entries wait here
     * to be written (and are appended to this instance's file first, so a second crash keeps them).
     */
    int adoptOrphans() {
        JournalFile f = file;
        return JournalFile.adoptOrphans(dir, f == null ? null : f.path(), entries -> {
            if (f != null && !entries.isEmpty()) {
                try {
                    f.appendAccepted(entries);
                    f.force();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e); // leave the orphan's file in place
                }
            }
            entries.forEach(a -> accepted.putIfAbsent(a.outboxId(), new Entry(a, true)));
        });
    }

    private void append(Accepted a) {
        JournalFile f = file;
        if (f == null) {
            return;
        }
        try {
            f.appendAccepted(List.of(a));
        } catch (IOException e) {
            fileFailed(e);
        }
    }

    private void compact(JournalFile f) throws IOException {
        synchronized (f) {
            if (accepted.isEmpty()) {
                if (f.size() > 0) {
                    f.rewrite(List.of());
                }
            } else if (f.size() > COMPACT_AT) {
                f.rewrite(accepted.values().stream().map(Entry::accepted).toList());
            }
        }
    }

    private void fileFailed(IOException e) {
        log.error("The journal file failed; accepted sends are kept in memory only from now on: {}", e.toString());
        JournalFile f = file;
        file = null;
        if (f != null) {
            f.close();
        }
    }

    /** Closes the file; deletes it when nothing waits in it (else a later instance adopts it). */
    @Override
    public void destroy() {
        JournalFile f = file;
        file = null;
        if (f == null) {
            return;
        }
        try {
            f.force();
        } catch (IOException e) {
            log.warn("Could not sync the journal on close: {}", e.toString());
        }
        f.close();
        if (accepted.isEmpty()) {
            f.delete();
        } else {
            log.warn("{} accepted sends whose status is not written stay in the journal {}", accepted.size(), f.path());
        }
    }

    void holdOutbox(Collection<Long> ids) {
        outboxInHand.addAll(ids);
    }

    void dropOutbox(Collection<Long> ids) {
        outboxInHand.removeAll(ids);
    }

    /** Outbox rows whose lease this instance renews: in hand, or accepted and not yet written. */
    Set<Long> outboxLeases() {
        Set<Long> ids = new HashSet<>(outboxInHand);
        ids.addAll(accepted.keySet());
        return ids;
    }

    void holdInbound(long id) {
        inboundInHand.add(id);
    }

    void dropInbound(long id) {
        inboundInHand.remove(id);
    }

    Set<Long> inboundLeases() {
        return Set.copyOf(inboundInHand);
    }
}
