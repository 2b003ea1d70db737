package fr.parlonsen.synthesis;

import java.time.LocalDateTime;
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

    /** One forum of the campaign as the documents list it (drafts are not listed). */
    public record ForumRow(long id, String title, LocalDateTime startsAt, String status, String venue,
            String commune, List<String> cantons, String minutesStatus, Integer attendance, List<Integer> breakdown,
            LocalDateTime startedAt, LocalDateTime endedAt, String summary) {
        public boolean held() {
            return "held".equals(status);
        }

        public boolean minutesValidated() {
            return "validated".equals(minutesStatus);
        }
    }

    /** One item of a forum's minutes, in the order the minutes give them. */
    public record MinutesLine(long id, long forumId, String kind, int position, String text, String answer, String topic) {
    }

    /** A citizen's published question with its answer. */
    public record QuestionRow(long id, Long forumId, LocalDateTime submittedAt, String text, String answer,
            String topic) {
    }

    /** Every forum of the campaign in the département but drafts, by date, with its cantons and attendance. */
    public List<ForumRow> forumRows(long campaignId, String department) {
        Map<Long, List<String>> cantons = new LinkedHashMap<>();
        for (Object[] r : rows("""
                select distinct fc.forum_id, k.name from forum_commune fc join forum f on f.id = fc.forum_id
                join commune_canton cc on cc.commune_code = fc.commune_code join canton k on k.code = cc.canton_code
                where f.campaign_id = ?1 and f.department = ?2 order by fc.forum_id, k.name""", campaignId, department)) {
            cantons.computeIfAbsent(num(r[0]), k -> new ArrayList<>()).add((String) r[1]);
        }
        List<ForumRow> out = new ArrayList<>();
        for (Object[] f : rows("""
                select f.id, f.title, f.starts_at, f.status, f.venue_name, c.name, m.status, m.attendance_total,
                       m.attendance_public, m.attendance_elus, m.attendance_associations, m.attendance_police_nationale,
                       m.attendance_gendarmerie, m.attendance_police_municipale, m.attendance_autres,
                       m.started_at, m.ended_at, m.summary
                from forum f left join minutes m on m.forum_id = f.id left join commune c on c.code = f.venue_commune
                where f.campaign_id = ?1 and f.department = ?2 and f.status <> 'draft' order by f.starts_at, f.id""",
                campaignId, department)) {
            List<Integer> breakdown = new ArrayList<>();
            for (int k = 8; k <= 14; k++) {
                breakdown.add(f[k] == null ? null : (int) num(f[k]));
            }
            out.add(new ForumRow(num(f[0]), (String) f[1], dateTime(f[2]), (String) f[3], (String) f[4], (String) f[5],
                    cantons.getOrDefault(num(f[0]), List.of()), (String) f[6], f[7] == null ? null : (int) num(f[7]),
                    breakdown, dateTime(f[15]), dateTime(f[16]), (String) f[17]));
        }
        return out;
    }

    /** The items of the validated minutes of the campaign's forums in the département, by forum and position. */
    public List<MinutesLine> minutesLines(long campaignId, String department) {
        List<MinutesLine> out = new ArrayList<>();
        for (Object[] r : rows("""
                select i.id, i.forum_id, i.kind, i.position, i.text, i.answer, i.topic from minutes_item i
                join minutes m on m.forum_id = i.forum_id join forum f on f.id = i.forum_id
                where f.campaign_id = ?1 and f.department = ?2 and m.status = 'validated' and f.status <> 'cancelled'
                and i.superseded_at is null
                order by i.forum_id, i.kind, i.position, i.id""", campaignId, department)) {
            out.add(new MinutesLine(num(r[0]), num(r[1]), (String) r[2], (int) num(r[3]), (String) r[4], (String) r[5],
                    (String) r[6]));
        }
        return out;
    }

    /** The citizens' published questions (public submissions), oldest first, with their answers. */
    public List<QuestionRow> publishedQuestions(long campaignId, String department) {
        List<QuestionRow> out = new ArrayList<>();
        for (Object[] r : rows("""
                select q.id, q.forum_id, q.submitted_at, q.masked_text, q.answer_masked, q.topic from question q
                where q.campaign_id = ?1 and q.department = ?2 and q.status = 'published' and q.source = 'public'
                order by q.submitted_at, q.id""", campaignId, department)) {
            out.add(new QuestionRow(num(r[0]), r[1] == null ? null : num(r[1]), dateTime(r[2]), (String) r[3],
                    (String) r[4], (String) r[5]));
        }
        return out;
    }

    /** Citizens' questions still waiting for moderation. */
    public int pendingQuestions(long campaignId, String department) {
        return count("select count(*) from question where campaign_id = ?1 and department = ?2 and status = 'pending'",
                campaignId, department);
    }

    private static LocalDateTime dateTime(Object o) {
        if (o instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime();
        }
        return o instanceof LocalDateTime l ? l : null;
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
