package vn.keng.registry;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The registry's own access to {@link GongSignal}s, writes included; other modules read through {@link GongSignals}. */
interface GongSignalsStore extends JpaRepository<GongSignal, Long>, GongSignals {

    // the reads both interfaces declare, declared once more to be one method

    @Override
    Optional<GongSignal> findById(Long id);

    @Override
    List<GongSignal> findAllById(Iterable<Long> ids);

    @Override
    List<GongSignal> findAll();

    @Override
    boolean existsById(Long id);

    @Override
    long count();
}
