package fr.parlonsen.forum;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import fr.parlonsen.territory.TerritoryQueries;

/**
 * What other capabilities may read of the forums (the follow-up and its indicators): per forum its
 * département, arrondissement (the first of its communes'), status, dates and the population of the communes it
 * covers. Read only; cancelled forums are left out.
 */
@ApplicationScoped
public class ForumQueries {
    @Inject
    EntityManager em;
    @Inject
    TerritoryQueries territory;

    public record ForumFacts(long id, long campaignId, String department, String arrondissement, String title,
            String status, LocalDateTime startsAt, LocalDateTime endsAt, long populationCovered,
            boolean publicForum) {
        public boolean isHeld() {
            return ForumStatus.HELD.code.equals(status);
        }
    }

    /** The forums of a campaign (not cancelled), in one département or, with a null département, all. */
    public List<ForumFacts> forums(long campaignId, String department) {
        String sql = """
                select f.id, f.campaign_id, f.department,
                  (select min(fa.arrondissement) from forum_arrondissement fa where fa.forum_id = f.id),
                  f.title, f.status, f.starts_at, f.ends_at,
                  0, f.published_at
                from forum f where f.campaign_id = ?1 and f.status <> 'cancelled'"""
                + (department == null ? "" : " and f.department = ?2") + " order by f.department, f.starts_at, f.id";
        var q = em.createNativeQuery(sql).setParameter(1, campaignId);
        if (department != null) {
            q.setParameter(2, department);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return withPopulation(rows);
    }

    public Optional<ForumFacts> forum(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select f.id, f.campaign_id, f.department,
                  (select min(fa.arrondissement) from forum_arrondissement fa where fa.forum_id = f.id),
                  f.title, f.status, f.starts_at, f.ends_at,
                  0, f.published_at
                from forum f where f.id = ?1""").setParameter(1, id).getResultList();
        return withPopulation(rows).stream().findFirst();
    }

    /** Forum id → title, for the given ids (any status). */
    public Map<Long, String> titles(Collection<Long> ids) {
        Map<Long, String> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        for (Object r : em.createNativeQuery("select id, title from forum where id in (?1) order by starts_at, id")
                .setParameter(1, ids).getResultList()) {
            Object[] row = (Object[]) r;
            out.put(((Number) row[0]).longValue(), (String) row[1]);
        }
        return out;
    }

    /** A forum as the synthesis documents list it: any status, its venue's commune by code. */
    public record Listed(long id, String title, LocalDateTime startsAt, String status, String venueName,
            String venueCommune) {
        public boolean cancelled() {
            return ForumStatus.CANCELLED.code.equals(status);
        }

        public boolean draft() {
            return ForumStatus.DRAFT.code.equals(status);
        }
    }

    /** Every forum of a campaign in a département, whatever its status, by start then id. */
    public List<Listed> listed(long campaignId, String department) {
        List<Listed> out = new ArrayList<>();
        for (Object o : em.createNativeQuery("""
                select id, title, starts_at, status, venue_name, venue_commune from forum
                where campaign_id = ?1 and department = ?2 order by starts_at, id""")
                .setParameter(1, campaignId).setParameter(2, department).getResultList()) {
            Object[] r = (Object[]) o;
            out.add(new Listed(((Number) r[0]).longValue(), (String) r[1], time(r[2]), (String) r[3], (String) r[4],
                    (String) r[5]));
        }
        return out;
    }

    /** Forum id → the communes it covers, for these forums. */
    public Map<Long, Set<String>> communes(Collection<Long> forumIds) {
        Map<Long, Set<String>> out = new HashMap<>();
        if (forumIds.isEmpty()) {
            return out;
        }
        for (Object o : em.createNativeQuery("select forum_id, commune_code from forum_commune where forum_id in (?1)")
                .setParameter(1, forumIds).getResultList()) {
            Object[] r = (Object[]) o;
            out.computeIfAbsent(((Number) r[0]).longValue(), k -> new HashSet<>()).add((String) r[1]);
        }
        return out;
    }

    /** Those of these communes that a forum of the campaign (not cancelled, in any département) covers. */
    public Set<String> coveredCommunes(long campaignId, Collection<String> communes) {
        Set<String> out = new HashSet<>();
        if (communes.isEmpty()) {
            return out;
        }
        for (Object o : em.createNativeQuery("""
                select distinct fc.commune_code from forum_commune fc join forum f on f.id = fc.forum_id
                where f.campaign_id = ?1 and f.status <> 'cancelled' and fc.commune_code in (?2)""")
                .setParameter(1, campaignId).setParameter(2, communes).getResultList()) {
            out.add((String) o);
        }
        return out;
    }

    /**
     * The forums of the campaign (not cancelled, any département) that touch one of these arrondissements, each
     * with all the arrondissements it touches.
     */
    public Map<Long, Set<String>> arrondissementsTouching(long campaignId, Collection<String> arrondissements) {
        Map<Long, Set<String>> out = new HashMap<>();
        if (arrondissements.isEmpty()) {
            return out;
        }
        for (Object o : em.createNativeQuery("""
                select fa.forum_id, fa.arrondissement from forum_arrondissement fa where fa.forum_id in (
                  select f.id from forum f join forum_arrondissement t on t.forum_id = f.id
                  where f.campaign_id = ?1 and f.status <> 'cancelled' and t.arrondissement in (?2))""")
                .setParameter(1, campaignId).setParameter(2, arrondissements).getResultList()) {
            Object[] r = (Object[]) o;
            out.computeIfAbsent(((Number) r[0]).longValue(), k -> new HashSet<>()).add((String) r[1]);
        }
        return out;
    }

    /** A forum's département and status, for national counts. */
    public record Status(long id, String department, String status) {
    }

    /** Every forum of the campaign that is not cancelled, in every département. */
    public List<Status> statuses(long campaignId) {
        List<Status> out = new ArrayList<>();
        for (Object o : em.createNativeQuery(
                "select id, department, status from forum where campaign_id = ?1 and status <> 'cancelled'")
                .setParameter(1, campaignId).getResultList()) {
            Object[] r = (Object[]) o;
            out.add(new Status(((Number) r[0]).longValue(), (String) r[1], (String) r[2]));
        }
        return out;
    }

    /** Every commune that a forum of the campaign (not cancelled) covers. */
    public Set<String> coveredCommunes(long campaignId) {
        Set<String> out = new HashSet<>();
        for (Object o : em.createNativeQuery("""
                select distinct fc.commune_code from forum_commune fc join forum f on f.id = fc.forum_id
                where f.campaign_id = ?1 and f.status <> 'cancelled'""").setParameter(1, campaignId).getResultList()) {
            out.add((String) o);
        }
        return out;
    }

    /** Forum id → its title and start, every forum of the campaign whatever its status. */
    public Map<Long, Listed> titlesAndStarts(long campaignId) {
        Map<Long, Listed> out = new HashMap<>();
        for (Object o : em.createNativeQuery(
                "select id, title, starts_at, status, venue_name, venue_commune from forum where campaign_id = ?1")
                .setParameter(1, campaignId).getResultList()) {
            Object[] r = (Object[]) o;
            long id = ((Number) r[0]).longValue();
            out.put(id, new Listed(id, (String) r[1], time(r[2]), (String) r[3], (String) r[4], (String) r[5]));
        }
        return out;
    }

    /** The rows with the population of each forum's communes (read from the territory): two more queries. */
    private List<ForumFacts> withPopulation(List<Object[]> rows) {
        List<Long> ids = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
        Map<Long, List<String>> communes = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object r : em.createNativeQuery("select forum_id, commune_code from forum_commune where forum_id in (?1)")
                    .setParameter(1, ids).getResultList()) {
                Object[] row = (Object[]) r;
                communes.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>()).add((String) row[1]);
            }
        }
        Map<String, Long> population = territory.populations(
                communes.values().stream().flatMap(List::stream).collect(Collectors.toSet()));
        List<ForumFacts> out = new ArrayList<>();
        for (Object[] r : rows) {
            r[8] = communes.getOrDefault(((Number) r[0]).longValue(), List.of()).stream()
                    .mapToLong(c -> population.getOrDefault(c, 0L)).sum();
            out.add(facts(r));
        }
        return out;
    }

    private static ForumFacts facts(Object[] r) {
        String status = (String) r[5];
        boolean isPublic = ForumStatus.PUBLISHED.code.equals(status) || ForumStatus.HELD.code.equals(status);
        return new ForumFacts(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2], (String) r[3],
                (String) r[4], status, time(r[6]), time(r[7]), r[8] == null ? 0 : ((Number) r[8]).longValue(), isPublic);
    }

    private static LocalDateTime time(Object o) {
        if (o instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime();
        }
        return (LocalDateTime) o;
    }
}
