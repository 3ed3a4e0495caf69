package vn.keng.report;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.keng.duty.NightFacts;
import vn.keng.incident.IncidentFacts;
import vn.keng.platform.NotFoundException;
import vn.keng.registry.Commune;
import vn.keng.registry.Communes;

/**
 * The reports' read model ({@code report_night}, {@code report_patrol}, {@code report_incident}): rebuilt from the owning
 * modules' facts ({@link NightFacts}, {@link IncidentFacts}) for existing data, or after a change
 * of its tables; kept current by {@link ReadModelListener}. A rebuild works commune by commune, each
 * in a transaction of its own (a province's rows are never held in one transaction).
 */
@Service
public class ReportReadModel {

    /** What a rebuild wrote. */
    public record Rebuilt(int communes, long nights, long incidents) {
    }

    private final ReadModelStore store;
    private final NightFacts nights;
    private final IncidentFacts incidents;
    private final Communes communes;
    private final TransactionTemplate tx;

    ReportReadModel(ReadModelStore store, NightFacts nights, IncidentFacts incidents, Communes communes,
            PlatformTransactionManager transactions) {
        this.store = store;
        this.nights = nights;
        this.incidents = incidents;
        this.communes = communes;
        this.tx = new TransactionTemplate(transactions);
        tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Empties the read model of one commune (null: of all) and refills it from the modules' facts. */
    public Rebuilt rebuild(Long communeId) {
        if (communeId != null && communes.findById(communeId).isEmpty()) {
            throw new NotFoundException("Commune", communeId);
        }
        List<Long> ids = communeId != null ? List.of(communeId)
                : communes.findAll().stream().map(Commune::getId).sorted().toList();
        long[] written = new long[2];
        if (communeId == null) {
            tx.executeWithoutResult(s -> {
                store.clear(null); // the rows of communes gone from the registry go too
                var orphans = incidents.withoutCommune();
                store.insertIncidents(orphans);
                written[1] += orphans.size();
            });
        }
        for (Long id : ids) {
            tx.executeWithoutResult(s -> {
                store.clear(id); // again for all: a listener may have written the commune's rows meanwhile
                var n = nights.ofCommune(id);
                var i = incidents.ofCommune(id);
                store.insertNights(n);
                store.insertPatrols(nights.patrolsOfCommune(id));
                store.insertIncidents(i);
                written[0] += n.size();
                written[1] += i.size();
            });
        }
        return new Rebuilt(ids.size(), written[0], written[1]);
    }
}
