package vn.keng.registry;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The registry's own access to {@link SafetyGroup}s, writes included; other modules read through {@link SafetyGroups}. */
interface SafetyGroupsStore extends JpaRepository<SafetyGroup, Long>, SafetyGroups {

    // the reads both interfaces declare, declared once more to be one method

    @Override
    Optional<SafetyGroup> findById(Long id);

    @Override
    List<SafetyGroup> findAllById(Iterable<Long> ids);

    @Override
    List<SafetyGroup> findAll();

    @Override
    boolean existsById(Long id);

    @Override
    long count();
}
