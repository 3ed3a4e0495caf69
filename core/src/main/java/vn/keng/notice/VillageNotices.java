package vn.keng.notice;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** All {@link VillageNotice}s. */
interface VillageNotices extends JpaRepository<VillageNotice, Long> {

    List<VillageNotice> findByCommuneIdOrderByCreatedAtDesc(Long communeId);

    /** The sender's notices sent since a moment: a second one within a minute is asked about. */
    List<VillageNotice> findBySenderIdAndStatusAndSentAtAfter(Long senderId, NoticeStatus status, Instant since);
}
