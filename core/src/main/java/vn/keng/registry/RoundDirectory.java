package vn.keng.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;


/**
 * Reads what a night's round needs from the registry in a few bulk queries (a province-wide round
 * touches thousands of gong points: no query per gong point). The registry's own queries, offered to
 * the duty module, so that no other module names the registry's entities in a query.
 */
@Component
public class RoundDirectory {

    private static final int CHUNK = 1000;
    private static final String READ_ONLY = "org.hibernate.readOnly";

    private final EntityManager em;

    RoundDirectory(EntityManager em) {
        this.em = em;
    }

    public Map<Long, Village> villages(long communeId) {
        return em.createQuery("select v from Village v where v.communeId = :c order by v.name", Village.class)
                .setParameter("c", communeId).setHint(READ_ONLY, true).getResultList().stream()
                .collect(Collectors.toMap(Village::getId, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    public List<GongPoint> gongPoints(long communeId) {
        return em.createQuery("select g from GongPoint g where g.villageId in (select v.id from Village v"
                + " where v.communeId = :c) order by g.villageId, g.id", GongPoint.class)
                .setParameter("c", communeId).setHint(READ_ONLY, true).getResultList();
    }

    /** Every roster of the commune's gong points, in one query. */
    public Map<Long, DutyRoster> rostersOfCommune(long communeId) {
        Map<Long, DutyRoster> rosters = new HashMap<>();
        em.createQuery("select distinct r from DutyRoster r left join fetch r.strikerIds where r.gongPointId in"
                + " (select g.id from GongPoint g where g.villageId in (select v.id from Village v where v.communeId = :c))",
                DutyRoster.class).setParameter("c", communeId).setHint(READ_ONLY, true).getResultList()
                .forEach(r -> rosters.put(r.getGongPointId(), r));
        return rosters;
    }

    public Map<Long, DutyRoster> rosters(Collection<Long> gongPointIds) {
        Map<Long, DutyRoster> rosters = new HashMap<>();
        for (List<Long> ids : chunks(gongPointIds)) {
            em.createQuery("select distinct r from DutyRoster r left join fetch r.strikerIds where r.gongPointId in :ids",
                    DutyRoster.class).setParameter("ids", ids).getResultList()
                    .forEach(r -> rosters.put(r.getGongPointId(), r));
        }
        return rosters;
    }

    public Map<Long, PersonCard> people(Collection<Long> personIds) {
        Map<Long, PersonCard> people = new HashMap<>();
        for (List<Long> ids : chunks(new LinkedHashSet<>(personIds))) {
            em.createQuery("select new vn.keng.registry.PersonCard(p.id, p.name, p.phone, p.telegramUserId, p.villageId,"
                    + " p.infoOptOut) from Person p where p.id in :ids", PersonCard.class)
                    .setParameter("ids", ids).getResultList().forEach(p -> people.put(p.id(), p));
        }
        return people;
    }

    public PersonCard person(Long id) {
        return id == null ? null : people(List.of(id)).get(id);
    }

    /** The peace-signal pattern of each village of the commune ("3 hoi ngan"). */
    public Map<Long, String> peaceSignals(long communeId) {
        Map<Long, String> signals = new HashMap<>();
        em.createQuery("select s from GongSignal s where s.kind = :k and s.villageId in (select v.id from Village v"
                + " where v.communeId = :c) order by s.id", GongSignal.class)
                .setParameter("k", SignalKind.PEACE).setParameter("c", communeId).getResultList()
                .forEach(s -> signals.putIfAbsent(s.getVillageId(), s.getPattern()));
        return signals;
    }

    /** People of the commune holding a role, by village (police and officials: under key null too). */
    public Map<Long, List<Long>> withRoleByVillage(long communeId, Role role) {
        Map<Long, List<Long>> byVillage = new HashMap<>();
        em.createQuery("select p.id, p.villageId from Person p join p.roles r where p.communeId = :c and r = :role"
                + " order by p.id", Object[].class).setParameter("c", communeId).setParameter("role", role)
                .getResultList()
                .forEach(row -> byVillage.computeIfAbsent((Long) row[1], k -> new ArrayList<>()).add((Long) row[0]));
        return byVillage;
    }

    public List<Long> withRole(long communeId, Role role) {
        return withRoleByVillage(communeId, role).values().stream().flatMap(List::stream).distinct().toList();
    }

    public List<PersonCard> residents(long villageId) {
        return em.createQuery("select new vn.keng.registry.PersonCard(p.id, p.name, p.phone, p.telegramUserId, p.villageId,"
                + " p.infoOptOut) from Person p where p.villageId = :v order by p.id", PersonCard.class)
                .setParameter("v", villageId).getResultList();
    }

    public Set<Long> groupLeaders(long villageId) {
        Set<Long> leaders = new LinkedHashSet<>();
        em.createQuery("select g from SafetyGroup g where g.villageId = :v", SafetyGroup.class)
                .setParameter("v", villageId).getResultList().forEach(g -> {
                    if (g.getLeaderId() != null) {
                        leaders.add(g.getLeaderId());
                    }
                    if (g.getDeputyId() != null) {
                        leaders.add(g.getDeputyId());
                    }
                });
        return leaders;
    }

    /** Rosters this person is on, as striker or backup. */
    public List<DutyRoster> rostersOf(Long personId) {
        return em.createQuery("select distinct r from DutyRoster r left join r.strikerIds s"
                + " where s = :p or r.backupId = :p", DutyRoster.class).setParameter("p", personId).getResultList();
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }
}
