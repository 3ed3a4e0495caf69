package vn.keng.registry;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The registry's own access to {@link Commune}s, writes included; other modules read through {@link Communes}. */
interface CommunesStore extends JpaRepository<Commune, Long>, Communes {

    // the reads both interfaces declare, declared once more to be one method

    @Override
    Optional<Commune> findById(Long id);

    @Override
    List<Commune> findAllById(Iterable<Long> ids);

    @Override
    List<Commune> findAll();

    @Override
    boolean existsById(Long id);

    @Override
    long count();
}
