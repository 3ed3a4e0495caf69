package vn.keng.registry;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.Repository;


/**
 * All {@link Household}s.
 * <p>
 * Reads only: the registry's query API for the other modules. The registry writes through
 * {@code HouseholdsStore}; other modules change registry data through {@link Registry}.
 */
@NoRepositoryBean
public interface Households extends Repository<Household, Long> {

    Optional<Household> findById(Long id);

    List<Household> findAllById(Iterable<Long> ids);

    List<Household> findAll();

    boolean existsById(Long id);

    long count();


    List<Household> findByVillageIdOrderById(Long villageId);

    List<Household> findByGroupId(Long groupId);

    long countByGroupId(Long groupId);

    Optional<Household> findByVillageIdAndCode(Long villageId, String code);
}
