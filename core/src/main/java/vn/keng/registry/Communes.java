package vn.keng.registry;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** All {@link Commune}s. */
public interface Communes extends JpaRepository<Commune, Long> {

    Optional<Commune> findByProvinceNameAndName(String provinceName, String name);

    List<Commune> findAllByOrderByProvinceNameAscNameAsc();

    List<Commune> findByProvinceNameOrderByNameAscIdAsc(String provinceName);
}
