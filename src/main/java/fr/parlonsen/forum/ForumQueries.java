package fr.parlonsen.forum;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * What other capabilities may read of the forums (the follow-up and its indicators): per forum its
 * département, arrondissement (the first of its communes'), status, dates and the population of the communes it
 * covers. Read only; cancelled forums are left out.
 */
@ApplicationScoped
public class ForumQueries {
    @Inject
    EntityManager em;

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
                  (select coalesce(sum(c.population), 0) from forum_commune fc join commune c on c.code = fc.commune_code
                     where fc.forum_id = f.id), f.published_at
                from forum f where f.campaign_id = ?1 and f.status <> 'cancelled'"""
                + (department == null ? "" : " and f.department = ?2") + " order by f.department, f.starts_at, f.id";
        var q = em.createNativeQuery(sql).setParameter(1, campaignId);
        if (department != null) {
            q.setParameter(2, department);
        }
        List<ForumFacts> out = new ArrayList<>();
        for (Object r : q.getResultList()) {
            out.add(facts((Object[]) r));
        }
        return out;
    }

    public Optional<ForumFacts> forum(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select f.id, f.campaign_id, f.department,
                  (select min(fa.arrondissement) from forum_arrondissement fa where fa.forum_id = f.id),
                  f.title, f.status, f.starts_at, f.ends_at,
                  (select coalesce(sum(c.population), 0) from forum_commune fc join commune c on c.code = fc.commune_code
                     where fc.forum_id = f.id), f.published_at
                from forum f where f.id = ?1""").setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(ForumQueries::facts);
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
