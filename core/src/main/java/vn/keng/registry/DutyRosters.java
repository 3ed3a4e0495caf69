package vn.keng.registry;

import java.util.Optional;
import java.util.List;

import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.Repository;


/**
 * All {@link DutyRoster}s, one per gong point.
 * <p>
 * Reads only: the registry's query API for the other modules. The registry writes through
 * {@code DutyRostersStore}; other modules change registry data through {@link Registry}.
 */
@NoRepositoryBean
public interface DutyRosters extends Repository<DutyRoster, Long> {

    Optional<DutyRoster> findById(Long id);

    List<DutyRoster> findAllById(Iterable<Long> ids);

    List<DutyRoster> findAll();

    boolean existsById(Long id);

    long count();


    Optional<DutyRoster> findByGongPointId(Long gongPointId);
}
