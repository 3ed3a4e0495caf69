package vn.keng.registry;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.Repository;


/**
 * All {@link SafetyGroup}s (to lien gia).
 * <p>
 * Reads only: the registry's query API for the other modules. The registry writes through
 * {@code SafetyGroupsStore}; other modules change registry data through {@link Registry}.
 */
@NoRepositoryBean
public interface SafetyGroups extends Repository<SafetyGroup, Long> {

    Optional<SafetyGroup> findById(Long id);

    List<SafetyGroup> findAllById(Iterable<Long> ids);

    List<SafetyGroup> findAll();

    boolean existsById(Long id);

    long count();


    List<SafetyGroup> findByVillageIdOrderByName(Long villageId);

    Optional<SafetyGroup> findByVillageIdAndName(Long villageId, String name);
}
