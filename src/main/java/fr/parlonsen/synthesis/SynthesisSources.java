package fr.parlonsen.synthesis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import fr.parlonsen.synthesis.SynthesisViews.ArrondissementFigures;
import fr.parlonsen.synthesis.SynthesisViews.CoverageFigures;
import fr.parlonsen.synthesis.SynthesisViews.Figures;

/** Reads what a synthesis is built from: validated minutes, published questions, forums and coverage. */
@ApplicationScoped
public class SynthesisSources {
    @Inject
    EntityManager em;

    /** Every item of every validated minutes, and every published citizen's question. */
    public List<SourceItem> items(long campaignId, String department) {
        List<SourceItem> out = new ArrayList<>();
        for (Object[] r : rows("""
                select i.id, i.forum_id, i.kind, i.topic, i.text, i.topic_source from minutes_item i
                join minutes m on m.forum_id = i.forum_id join forum f on f.id = i.forum_id
                where i.superseded_at is null and f.campaign_id = ?1 and f.department = ?2 and m.status = 'validated' and f.status <> 'cancelled'
                order by i.forum_id, i.id""", campaignId, department)) {
            SynthesisSection section = switch ((String) r[2]) {
                case "strength" -> SynthesisSection.STRENGTHS;
                case "weakness" -> SynthesisSection.WEAKNESSES;
                case "proposal" -> SynthesisSection.PROPOSALS;
                default -> SynthesisSection.ISSUES; // questions asked and notes on each sub-topic
            };
            out.add(new SourceItem(section, (String) r[3], (String) r[4],
                    SourceRef.minutesItem(num(r[1]), num(r[0])), "chosen".equals(r[5])));
        }
        for (Object[] r : rows("""
                select q.id, q.forum_id, q.topic, q.masked_text, q.topic_source from question q
                where q.campaign_id = ?1 and q.department = ?2 and q.status = 'published' and q.source = 'public'
                order by q.id""", campaignId, department)) {
            out.add(new SourceItem(SynthesisSection.ISSUES, (String) r[2], (String) r[3],
                    SourceRef.question(r[1] == null ? null : num(r[1]), num(r[0])), "chosen".equals(r[4])));
        }
        return out;
    }

    public Figures figures(long campaignId, String department) {
        Object[] f = (Object[]) em.createNativeQuery("""
                select count(*), coalesce(sum(case when f.status = 'held' then 1 else 0 end), 0),
                       coalesce(sum(case when m.status = 'validated' then m.attendance_total else 0 end), 0)
                from forum f left join minutes m on m.forum_id = f.id
                where f.campaign_id = ?1 and f.department = ?2 and f.status <> 'cancelled'""")
                .setParameter(1, campaignId).setParameter(2, department).getSingleResult();
        int minutesQuestions = count("""
                select count(*) from minutes_item i join minutes m on m.forum_id = i.forum_id
                join forum f on f.id = i.forum_id where i.superseded_at is null and f.campaign_id = ?1 and f.department = ?2
                and m.status = 'validated' and f.status <> 'cancelled' and i.kind = 'question'""", campaignId, department);
        int minutesItems = count("""
                select count(*) from minutes_item i join minutes m on m.forum_id = i.forum_id
                join forum f on f.id = i.forum_id where i.superseded_at is null and f.campaign_id = ?1 and f.department = ?2
                and m.status = 'validated' and f.status <> 'cancelled'""", campaignId, department);
        int publicQuestions = count("""
                select count(*) from question where campaign_id = ?1 and department = ?2 and status = 'published'
                and source = 'public'""", campaignId, department);
        Object[] cov = (Object[]) em.createNativeQuery("""
                select count(*), coalesce(sum(c.population), 0),
                       coalesce(sum(case when exists(select 1 from forum_commune fc join forum f on f.id = fc.forum_id
                           where fc.commune_code = c.code and f.campaign_id = ?1 and f.status <> 'cancelled') then 1 else 0 end), 0),
                       coalesce(sum(case when exists(select 1 from forum_commune fc join forum f on f.id = fc.forum_id
                           where fc.commune_code = c.code and f.campaign_id = ?1 and f.status <> 'cancelled') then c.population else 0 end), 0)
                from commune c where c.department = ?2""").setParameter(1, campaignId).setParameter(2, department)
                .getSingleResult();
        int total = (int) num(cov[0]);
        int covered = (int) num(cov[2]);
        CoverageFigures coverage = new CoverageFigures(total, covered, num(cov[1]), num(cov[3]),
                total == 0 ? 0 : Math.round(1000.0 * covered / total) / 10.0);
        List<ArrondissementFigures> arrs = new ArrayList<>();
        for (Object[] r : rows("""
                select a.code, a.name,
                  (select count(*) from forum f where f.campaign_id = ?1 and f.status <> 'cancelled'
                     and exists(select 1 from forum_arrondissement fa where fa.forum_id = f.id and fa.arrondissement = a.code)),
                  (select coalesce(sum(m.attendance_total), 0) from forum f join minutes m on m.forum_id = f.id
                     where f.campaign_id = ?1 and f.status <> 'cancelled' and m.status = 'validated'
                     and a.code = (select min(fa.arrondissement) from forum_arrondissement fa where fa.forum_id = f.id))
                from arrondissement a where a.department = ?2 order by a.code""", campaignId, department)) {
            arrs.add(new ArrondissementFigures((String) r[0], (String) r[1], (int) num(r[2]), (int) num(r[3])));
        }
        return new Figures((int) num(f[0]), (int) num(f[1]), (int) num(f[2]), minutesQuestions + publicQuestions,
                minutesItems, coverage, arrs);
    }

    /** Forum id → its title, for source references. */
    public Map<Long, String> forumTitles(long campaignId, String department) {
        Map<Long, String> out = new LinkedHashMap<>();
        for (Object[] r : rows("select id, title from forum where campaign_id = ?1 and department = ?2 order by id",
                campaignId, department)) {
            out.put(num(r[0]), (String) r[1]);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    List<Object[]> rows(String sql, Object p1, Object p2) {
        return em.createNativeQuery(sql).setParameter(1, p1).setParameter(2, p2).getResultList();
    }

    private int count(String sql, Object p1, Object p2) {
        return (int) num(em.createNativeQuery(sql).setParameter(1, p1).setParameter(2, p2).getSingleResult());
    }

    static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
