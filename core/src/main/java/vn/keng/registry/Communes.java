package vn.keng.registry;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.Repository;


/**
 * All {@link Commune}s.
 * <p>
 * Reads only: the registry's query API for the other modules. The registry writes through
 * {@code CommunesStore}; other modules change registry data through {@link Registry}.
 */
@NoRepositoryBean
public interface Communes extends Repository<Commune, Long> {

    Optional<Commune> findById(Long id);

    List<Commune> findAllById(Iterable<Long> ids);

    List<Commune> findAll();

    boolean existsById(Long id);

    long count();


    Optional<Commune> findByProvinceNameAndName(String provinceName, String name);

    List<Commune> findAllByOrderByProvinceNameAscNameAsc();

    List<Commune> findByProvinceNameOrderByNameAscIdAsc(String provinceName);
}
