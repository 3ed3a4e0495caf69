package vn.keng.incident;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** All {@link Incident}s. */
interface Incidents extends JpaRepository<Incident, Long> {

    /** Loads an incident and locks its row until the transaction ends: answers and closings serialize. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Incident i where i.id = :id")
    Optional<Incident> findForUpdate(Long id);

    List<Incident> findByCommuneIdOrderByReportedAtDesc(Long communeId);

    /** Open or unverified incidents of a kind in a group since a moment, newest first: merge candidates. */
    @Query("select i from Incident i where i.kind = :kind and i.groupId = :groupId and i.reportedAt >= :since "
            + "and i.status in :statuses order by i.reportedAt desc")
    List<Incident> findRecentInGroup(IncidentKind kind, Long groupId, Instant since, Collection<IncidentStatus> statuses);

    @Query("select i from Incident i where i.kind = :kind and i.villageId = :villageId and i.reportedAt >= :since "
            + "and i.status in :statuses order by i.reportedAt desc")
    List<Incident> findRecentInVillage(IncidentKind kind, Long villageId, Instant since,
            Collection<IncidentStatus> statuses);

    /** The incidents a person was alarmed about, newest first, in the given statuses. */
    @Query("select distinct i from Incident i join i.alerts a where a.personId = :personId and i.status in :statuses "
            + "order by i.reportedAt desc")
    List<Incident> findAlertedTo(Long personId, Collection<IncidentStatus> statuses, Pageable page);

    /** The incidents a person reported, newest first. */
    @Query("select distinct i from Incident i join i.reporters r where r.personId = :personId order by i.reportedAt desc")
    List<Incident> findReportedByPerson(Long personId, Pageable page);

    /** The incidents an unknown address reported, newest first. */
    @Query("select distinct i from Incident i join i.reporters r where r.personId is null and r.address = :address "
            + "order by i.reportedAt desc")
    List<Incident> findReportedByAddress(String address, Pageable page);

    /** Open incidents nobody answered "coming" to, reported before the moment and not widened yet. */
    @Query("select i.id from Incident i where i.status = vn.keng.incident.IncidentStatus.OPEN and i.widenedAt is null "
            + "and i.comingCount = 0 and i.reportedAt < :before order by i.reportedAt")
    List<Long> findDueForWidening(Instant before, Pageable page);

    /** Claims the widening of one incident; only one instance succeeds. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Incident i set i.widenedAt = :at where i.id = :id and i.widenedAt is null "
            + "and i.status = vn.keng.incident.IncidentStatus.OPEN and i.comingCount = 0")
    int claimWidening(Long id, Instant at);
}
