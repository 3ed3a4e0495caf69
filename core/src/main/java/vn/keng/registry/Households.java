package vn.keng.registry;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** All {@link Household}s. */
public interface Households extends JpaRepository<Household, Long> {

    List<Household> findByVillageIdOrderById(Long villageId);

    List<Household> findByGroupId(Long groupId);

    long countByGroupId(Long groupId);

    Optional<Household> findByVillageIdAndCode(Long villageId, String code);
}
