package vn.keng.registry;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** All {@link GongSignal}s: the signal tables of the villages. */
public interface GongSignals extends JpaRepository<GongSignal, Long> {

    List<GongSignal> findByVillageIdOrderById(Long villageId);
}
