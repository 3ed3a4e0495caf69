package vn.keng.duty;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** All one-night swaps. */
interface NightSwaps extends JpaRepository<NightSwap, Long> {

    Optional<NightSwap> findByGongPointIdAndNight(Long gongPointId, LocalDate night);

    List<NightSwap> findByGongPointIdInAndNight(Collection<Long> gongPointIds, LocalDate night);
}
