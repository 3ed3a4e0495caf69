package vn.keng.duty;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Every village's patrol roster. */
interface PatrolRosters extends JpaRepository<PatrolRoster, Long> {

    Optional<PatrolRoster> findByVillageId(Long villageId);

    @Query("select r from PatrolRoster r where r.villageId in (select v.id from Village v where v.communeId = :communeId)")
    List<PatrolRoster> findOfCommune(Long communeId);
}
