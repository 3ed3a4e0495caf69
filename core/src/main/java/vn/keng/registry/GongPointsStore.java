package vn.keng.registry;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The registry's own access to {@link GongPoint}s, writes included; other modules read through {@link GongPoints}. */
interface GongPointsStore extends JpaRepository<GongPoint, Long>, GongPoints {

    // the reads both interfaces declare, declared once more to be one method

    @Override
    Optional<GongPoint> findById(Long id);

    @Override
    List<GongPoint> findAllById(Iterable<Long> ids);

    @Override
    List<GongPoint> findAll();

    @Override
    boolean existsById(Long id);

    @Override
    long count();
}
