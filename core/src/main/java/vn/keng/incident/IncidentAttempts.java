package vn.keng.incident;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Every report attempt. */
interface IncidentAttempts extends JpaRepository<IncidentAttempt, Long> {

    @Query("select count(a) from IncidentAttempt a where a.outcome = vn.keng.incident.IncidentAttempt.Outcome.CREATED "
            + "and a.attemptedAt >= :since and a.personId = :personId")
    long countCreatedByPersonSince(Long personId, Instant since);

    @Query("select count(a) from IncidentAttempt a where a.outcome = vn.keng.incident.IncidentAttempt.Outcome.CREATED "
            + "and a.attemptedAt >= :since and a.personId is null and a.address = :address")
    long countCreatedByAddressSince(String address, Instant since);
}
