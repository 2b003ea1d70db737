package fr.parlonsen.minutes;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** What other capabilities may read of the minutes (the follow-up): attendance, and statement texts. Read only. */
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
}
