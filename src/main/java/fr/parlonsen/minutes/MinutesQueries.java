package fr.parlonsen.minutes;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * What other capabilities may read of the minutes (the synthesis, its documents, the follow-up): attendance, the
 * items of validated minutes, statement texts. Read only; always for a set of forums at once.
 */
@ApplicationScoped
public class MinutesQueries {
    @Inject
    EntityManager em;

    /** Forum id → attendance recorded in its validated minutes (forums without validated minutes are absent). */
    public Map<Long, Integer> validatedAttendance(Collection<Long> forumIds) {
        Map<Long, Integer> out = new HashMap<>();
        if (forumIds.isEmpty()) {
            return out;
        }
        for (Object r : em.createNativeQuery("select forum_id, coalesce(attendance_total, 0) from minutes "
                + "where status = 'validated' and forum_id in (?1)").setParameter(1, forumIds).getResultList()) {
            Object[] row = (Object[]) r;
            out.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
        }
        return out;
    }

    /** Forum id → the status of its minutes (forums without minutes are absent). */
    public Map<Long, String> statuses(Collection<Long> forumIds) {
        Map<Long, String> out = new HashMap<>();
        if (forumIds.isEmpty()) {
            return out;
        }
        for (Object r : em.createNativeQuery("select forum_id, status from minutes where forum_id in (?1)")
                .setParameter(1, forumIds).getResultList()) {
            Object[] row = (Object[]) r;
            out.put(((Number) row[0]).longValue(), (String) row[1]);
        }
        return out;
    }

    /** Minutes item id → its text. */
    public Map<Long, String> itemTexts(Collection<Long> itemIds) {
        Map<Long, String> out = new HashMap<>();
        if (itemIds.isEmpty()) {
            return out;
        }
        for (Object r : em.createNativeQuery("select id, text from minutes_item where id in (?1)")
                .setParameter(1, itemIds).getResultList()) {
            Object[] row = (Object[]) r;
            out.put(((Number) row[0]).longValue(), (String) row[1]);
        }
        return out;
    }

    /** One current item (not superseded) of a forum's validated minutes. */
    public record Line(long id, long forumId, String kind, int position, String text, String answer, String topic,
            String topicSource) {
    }

    /** The current items of the validated minutes of these forums, by forum then id. */
    public List<Line> validatedLines(Collection<Long> forumIds) {
        List<Line> out = new ArrayList<>();
        if (forumIds.isEmpty()) {
            return out;
        }
        for (Object o : em.createNativeQuery("""
                select i.id, i.forum_id, i.kind, i.position, i.text, i.answer, i.topic, i.topic_source
                from minutes_item i join minutes m on m.forum_id = i.forum_id
                where i.superseded_at is null and m.status = 'validated' and i.forum_id in (?1)
                order by i.forum_id, i.id""").setParameter(1, forumIds).getResultList()) {
            Object[] r = (Object[]) o;
            out.add(new Line(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                    ((Number) r[3]).intValue(), (String) r[4], (String) r[5], (String) r[6], (String) r[7]));
        }
        return out;
    }

    /** A forum's minutes as the documents sum them up: status, attendance (total and the seven groups), times. */
    public record Summary(long forumId, String status, Integer attendance, List<Integer> breakdown,
            LocalDateTime startedAt, LocalDateTime endedAt, String summary) {
        public boolean validated() {
            return "validated".equals(status);
        }
    }

    /** Forum id → its minutes, whatever their status (forums without minutes are absent). */
    public Map<Long, Summary> summaries(Collection<Long> forumIds) {
        Map<Long, Summary> out = new HashMap<>();
        if (forumIds.isEmpty()) {
            return out;
        }
        for (Object o : em.createNativeQuery("""
                select m.forum_id, m.status, m.attendance_total,
                       m.attendance_public, m.attendance_elus, m.attendance_associations, m.attendance_police_nationale,
                       m.attendance_gendarmerie, m.attendance_police_municipale, m.attendance_autres,
                       m.started_at, m.ended_at, m.summary
                from minutes m where m.forum_id in (?1)""").setParameter(1, forumIds).getResultList()) {
            Object[] r = (Object[]) o;
            List<Integer> breakdown = new ArrayList<>();
            for (int k = 3; k <= 9; k++) {
                breakdown.add(r[k] == null ? null : ((Number) r[k]).intValue());
            }
            long forumId = ((Number) r[0]).longValue();
            out.put(forumId, new Summary(forumId, (String) r[1], r[2] == null ? null : ((Number) r[2]).intValue(),
                    breakdown, dateTime(r[10]), dateTime(r[11]), (String) r[12]));
        }
        return out;
    }

    private static LocalDateTime dateTime(Object o) {
        if (o instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime();
        }
        return o instanceof LocalDateTime l ? l : null;
    }
}
