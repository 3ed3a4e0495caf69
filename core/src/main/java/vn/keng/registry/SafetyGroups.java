package vn.keng.registry;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** All {@link SafetyGroup}s (to lien gia). */
public interface SafetyGroups extends JpaRepository<SafetyGroup, Long> {

    List<SafetyGroup> findByVillageIdOrderByName(Long villageId);

    Optional<SafetyGroup> findByVillageIdAndName(Long villageId, String name);
}
