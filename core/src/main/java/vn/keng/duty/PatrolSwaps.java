package vn.keng.duty;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** All one-night patrol swaps. */
interface PatrolSwaps extends JpaRepository<PatrolSwap, Long> {

    Optional<PatrolSwap> findByVillageIdAndNight(Long villageId, LocalDate night);
}
