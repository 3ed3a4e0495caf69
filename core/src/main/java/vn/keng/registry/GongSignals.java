package vn.keng.registry;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.Repository;


/**
 * All {@link GongSignal}s: the signal tables of the villages.
 * <p>
 * Reads only, and no other module needs them: the registry writes through {@code GongSignalsStore};
 * other modules read signals through {@link Registry#signalPattern} and {@link RegistryReads#signals}.
 */
@NoRepositoryBean
interface GongSignals extends Repository<GongSignal, Long> {

    Optional<GongSignal> findById(Long id);

    List<GongSignal> findAllById(Iterable<Long> ids);

    List<GongSignal> findAll();

    boolean existsById(Long id);

    long count();


    List<GongSignal> findByVillageIdOrderById(Long villageId);
}
