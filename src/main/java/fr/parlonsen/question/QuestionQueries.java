package fr.parlonsen.question;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * What other capabilities may read of the citizens' questions (the synthesis and its documents): the published
 * public questions of a département, masked, with their answers, and how many wait for moderation. Read only.
 */
@ApplicationScoped
public class QuestionQueries {
    @Inject
    EntityManager em;

    /** A citizen's published question: masked text and masked answer only. */
    public record Published(long id, Long forumId, LocalDateTime submittedAt, String text, String answer,
            String topic, String topicSource) {
    }

    /** The published public questions of a campaign in a département, by id. */
    public List<Published> published(long campaignId, String department) {
        List<Published> out = new ArrayList<>();
        for (Object o : em.createNativeQuery("""
                select q.id, q.forum_id, q.submitted_at, q.masked_text, q.answer_masked, q.topic, q.topic_source
                from question q
                where q.campaign_id = ?1 and q.department = ?2 and q.status = 'published' and q.source = 'public'
                order by q.id""").setParameter(1, campaignId).setParameter(2, department).getResultList()) {
            Object[] r = (Object[]) o;
            out.add(new Published(((Number) r[0]).longValue(), r[1] == null ? null : ((Number) r[1]).longValue(),
                    dateTime(r[2]), (String) r[3], (String) r[4], (String) r[5], (String) r[6]));
        }
        return out;
    }

    /** Citizens' questions still waiting for moderation. */
    public int pending(long campaignId, String department) {
        return ((Number) em.createNativeQuery(
                "select count(*) from question where campaign_id = ?1 and department = ?2 and status = 'pending'")
                .setParameter(1, campaignId).setParameter(2, department).getSingleResult()).intValue();
    }

    private static LocalDateTime dateTime(Object o) {
        if (o instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime();
        }
        return o instanceof LocalDateTime l ? l : null;
    }
}
