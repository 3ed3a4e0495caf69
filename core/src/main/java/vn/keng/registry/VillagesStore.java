package vn.keng.registry;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The registry's own access to {@link Village}s, writes included; other modules read through {@link Villages}. */
interface VillagesStore extends JpaRepository<Village, Long>, Villages {

    // the reads both interfaces declare, declared once more to be one method

    @Override
    Optional<Village> findById(Long id);

    @Override
    List<Village> findAllById(Iterable<Long> ids);

    @Override
    List<Village> findAll();

    @Override
    boolean existsById(Long id);

    @Override
    long count();
}
