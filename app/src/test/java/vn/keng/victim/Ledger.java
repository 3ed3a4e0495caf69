package vn.keng.victim;

import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.NoRepositoryBean;

/** A module's repository that another module should not write through (BoundariesTest's target; never a bean). */
@NoRepositoryBean
public interface Ledger extends CrudRepository<Ledger.Entry, Long> {

    /** A row of the ledger. */
    class Entry {
    }
}
