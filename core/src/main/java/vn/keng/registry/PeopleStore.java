package vn.keng.registry;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The registry's own access to {@link Person}s, writes included; other modules read through {@link People}. */
interface PeopleStore extends JpaRepository<Person, Long>, People {

    // the reads both interfaces declare, declared once more to be one method

    @Override
    Optional<Person> findById(Long id);

    @Override
    List<Person> findAllById(Iterable<Long> ids);

    @Override
    List<Person> findAll();

    @Override
    boolean existsById(Long id);

    @Override
    long count();
}
