package vn.keng.duty;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Every village's patrol roster. */
interface PatrolRosters extends JpaRepository<PatrolRoster, Long> {

    Optional<PatrolRoster> findByVillageId(Long villageId);

    List<PatrolRoster> findByVillageIdIn(Collection<Long> villageIds);
}
