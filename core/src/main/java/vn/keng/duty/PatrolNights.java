package vn.keng.duty;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Every village's patrol nights. */
interface PatrolNights extends JpaRepository<PatrolNight, Long> {

    List<PatrolNight> findByCommuneIdAndNightOrderByVillageId(Long communeId, LocalDate night);

    List<PatrolNight> findByCommuneIdAndNightAndStatus(Long communeId, LocalDate night, PatrolStatus status);

    Optional<PatrolNight> findByVillageIdAndNight(Long villageId, LocalDate night);

    /** Open patrol nights this person was asked for (leader, backup, head or police after an escalation). */
    @Query("select p from PatrolNight p join p.contacts c where c = :personId and p.status = vn.keng.duty.PatrolStatus.PENDING"
            + " order by p.dueAt, p.id")
    List<PatrolNight> findOpenAsking(Long personId);

    /** The latest patrol nights this person was asked for, newest first. */
    @Query("select p from PatrolNight p join p.contacts c where c = :personId order by p.night desc, p.id desc")
    List<PatrolNight> findLatestAsking(Long personId, Limit limit);
}
