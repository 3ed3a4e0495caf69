package vn.keng.duty;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Every night's record of every gong point. */
interface NightlyDuties extends JpaRepository<NightlyDuty, Long> {

    List<NightlyDuty> findByCommuneIdAndNightOrderByVillageIdAscGongPointIdAsc(Long communeId, LocalDate night);

    List<NightlyDuty> findByCommuneIdAndNightAndStatus(Long communeId, LocalDate night, DutyStatus status);

    Optional<NightlyDuty> findByGongPointIdAndNight(Long gongPointId, LocalDate night);

    List<NightlyDuty> findByVillageIdAndStatusOrderByGongPointId(Long villageId, DutyStatus status);

    List<NightlyDuty> findByGongPointIdInAndNight(Collection<Long> gongPointIds, LocalDate night);

    @Query("select d.gongPointId from NightlyDuty d where d.communeId = :communeId and d.night = :night")
    List<Long> findGongPointIds(Long communeId, LocalDate night);

    /** Open nights this person was asked for (on duty, backup, head or police after an escalation). */
    @Query("select d from NightlyDuty d join d.contacts c where c = :personId and d.status = vn.keng.duty.DutyStatus.PENDING"
            + " order by d.gongAt, d.id")
    List<NightlyDuty> findOpenAsking(Long personId);

    /** The latest nights this person was asked for, newest first. */
    @Query("select d from NightlyDuty d join d.contacts c where c = :personId order by d.night desc, d.id desc")
    List<NightlyDuty> findLatestAsking(Long personId, org.springframework.data.domain.Limit limit);
}
