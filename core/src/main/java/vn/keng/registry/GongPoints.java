package vn.keng.registry;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** All {@link GongPoint}s. */
public interface GongPoints extends JpaRepository<GongPoint, Long> {

    List<GongPoint> findByVillageIdOrderById(Long villageId);

    List<GongPoint> findByVillageIdIn(Collection<Long> villageIds);
}
