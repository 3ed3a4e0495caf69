package vn.keng.registry;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.jpa.repository.Query;

/**
 * All {@link Village}s.
 * <p>
 * Reads only: the registry's query API for the other modules. The registry writes through
 * {@code VillagesStore}; other modules change registry data through {@link Registry}.
 */
@NoRepositoryBean
public interface Villages extends Repository<Village, Long> {

    Optional<Village> findById(Long id);

    List<Village> findAllById(Iterable<Long> ids);

    List<Village> findAll();

    boolean existsById(Long id);

    long count();


    List<Village> findByCommuneIdOrderByName(Long communeId);

    boolean existsByCommuneIdAndName(Long communeId, String name);

    /**
     * Loads the village with a row lock held until the transaction ends: work that must be done
     * one at a time per village (two reporters of one fire never open two incidents) takes it first.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select v from Village v where v.id = :id")
    Optional<Village> lockById(Long id);
}
