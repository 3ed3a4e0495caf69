package vn.keng.registry;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The registry's own access to {@link Household}s, writes included; other modules read through {@link Households}. */
interface HouseholdsStore extends JpaRepository<Household, Long>, Households {

    // the reads both interfaces declare, declared once more to be one method

    @Override
    Optional<Household> findById(Long id);

    @Override
    List<Household> findAllById(Iterable<Long> ids);

    @Override
    List<Household> findAll();

    @Override
    boolean existsById(Long id);

    @Override
    long count();
}
