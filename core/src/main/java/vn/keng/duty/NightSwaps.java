package vn.keng.duty;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** All one-night swaps. */
interface NightSwaps extends JpaRepository<NightSwap, Long> {

    Optional<NightSwap> findByGongPointIdAndNight(Long gongPointId, LocalDate night);

    List<NightSwap> findByGongPointIdInAndNight(Collection<Long> gongPointIds, LocalDate night);

    @Query("select s from NightSwap s where s.night = :night and s.gongPointId in (select g.id from GongPoint g"
            + " where g.villageId in (select v.id from Village v where v.communeId = :communeId))")
    List<NightSwap> findOfCommune(Long communeId, LocalDate night);
}
