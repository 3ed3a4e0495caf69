package vn.keng.registry;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** All {@link DutyRoster}s, one per gong point. */
public interface DutyRosters extends JpaRepository<DutyRoster, Long> {

    Optional<DutyRoster> findByGongPointId(Long gongPointId);
}
