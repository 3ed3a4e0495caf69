package vn.keng.platform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The writes of one transaction to the shared store, held until it commits (and dropped when it rolls
 * back), with the key states they will leave so that reads in the same transaction see them. Found
 * among the transaction's synchronizations, so a suspended transaction keeps its own.
 */
final class AfterCommit implements TransactionSynchronization {

    private static final Logger log = LoggerFactory.getLogger(AfterCommit.class);

    private final Object store;
    private final List<Runnable> writes = new ArrayList<>();
    private final Map<String, Map<String, String>> states = new HashMap<>();

    private AfterCommit(Object store) {
        this.store = store;
    }

    /** The pending writes of the current transaction to the store, registered on first use; null with none. */
    static AfterCommit current(Object store, boolean create) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (s instanceof AfterCommit pending && pending.store == store) {
                return pending;
            }
        }
        if (!create) {
            return null;
        }
        AfterCommit pending = new AfterCommit(store);
        TransactionSynchronizationManager.registerSynchronization(pending);
        return pending;
    }

    /** Holds a write; {@code state} is what the key will hold (empty for deleted), null when not a state. */
    void add(String key, Map<String, String> state, Runnable write) {
        if (state != null) {
            states.put(key, state);
        }
        writes.add(write);
    }

    /** What this transaction's writes leave in the key, null when it wrote none. */
    Map<String, String> state(String key) {
        return states.get(key);
    }

    /** After the commit, in order; a failing write does not stop the next. Called once synchronization ended. */
    @Override
    public void afterCompletion(int status) {
        if (status != STATUS_COMMITTED) {
            return;
        }
        for (Runnable write : writes) {
            try {
                write.run();
            } catch (RuntimeException e) {
                log.error("A write to the shared store after the commit failed: {}", e.toString(), e);
            }
        }
    }
}
