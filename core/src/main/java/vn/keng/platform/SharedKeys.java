package vn.keng.platform;

import java.time.Duration;
import java.util.Map;

/**
 * Short-lived state shared by every instance (Redis behind it; keys live under {@code keng:}).
 * <p>
 * <b>Written after the commit.</b> {@link #put} and {@link #remove} made while a transaction is active
 * reach the store only once that transaction has committed, and never when it rolls back; with no
 * transaction they are written at once. Reads within the transaction see its pending writes.
 * <b>Immediate</b> are the operations whose answer is needed now: {@link #putIfAbsent} (a claim or
 * de-duplication: the caller acts on its answer) and {@link #removeNow} (giving a claim back, which
 * must happen whatever becomes of the caller's transaction); so are the {@link Limiter}'s cells.
 * <p>
 * Immediate operations and reads throw a {@link RuntimeException} when the store cannot be reached;
 * callers keep their own fallback (the database's {@code FallbackStates}, a local limit).
 */
public interface SharedKeys {

    /** Sets the key to the value with a time to live unless it exists; immediate. True when it was set. */
    boolean putIfAbsent(String key, String value, Duration ttl);

    /** Deletes the key now, inside a transaction too. */
    void removeNow(String key);

    /** The fields of the key (empty when there is none), this transaction's pending writes included. */
    Map<String, String> get(String key);

    /**
     * Replaces the key's fields, to expire after {@code ttl}: after the commit, or now with no transaction.
     * When the store cannot take them, {@code ifUnavailable} runs instead, in a transaction of its own.
     */
    void put(String key, Map<String, String> fields, Duration ttl, Runnable ifUnavailable);

    /** Deletes the key after the commit (now with no transaction); a failure is logged. */
    void remove(String key);
}
