package vn.keng.registry;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** All {@link Village}s. */
public interface Villages extends JpaRepository<Village, Long> {

    List<Village> findByCommuneIdOrderByName(Long communeId);

    boolean existsByCommuneIdAndName(Long communeId, String name);
}
