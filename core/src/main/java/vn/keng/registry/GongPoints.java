package vn.keng.registry;

import java.util.Collection;
import java.util.Optional;
import java.util.List;

import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.Repository;


/**
 * All {@link GongPoint}s.
 * <p>
 * Reads only: the registry's query API for the other modules. The registry writes through
 * {@code GongPointsStore}; other modules change registry data through {@link Registry}.
 */
@NoRepositoryBean
public interface GongPoints extends Repository<GongPoint, Long> {

    Optional<GongPoint> findById(Long id);

    List<GongPoint> findAllById(Iterable<Long> ids);

    List<GongPoint> findAll();

    boolean existsById(Long id);

    long count();


    List<GongPoint> findByVillageIdOrderById(Long villageId);

    List<GongPoint> findByVillageIdIn(Collection<Long> villageIds);
}
