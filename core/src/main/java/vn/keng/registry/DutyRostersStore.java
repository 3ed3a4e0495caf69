package vn.keng.registry;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The registry's own access to {@link DutyRoster}s, writes included; other modules read through {@link DutyRosters}. */
interface DutyRostersStore extends JpaRepository<DutyRoster, Long>, DutyRosters {

    // the reads both interfaces declare, declared once more to be one method

    @Override
    Optional<DutyRoster> findById(Long id);

    @Override
    List<DutyRoster> findAllById(Iterable<Long> ids);

    @Override
    List<DutyRoster> findAll();

    @Override
    boolean existsById(Long id);

    @Override
    long count();
}
