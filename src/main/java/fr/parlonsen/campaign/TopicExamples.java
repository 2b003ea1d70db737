package fr.parlonsen.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import fr.parlonsen.analysis.TopicExample;

/**
 * The examples of a campaign's sub-topics (table {@code campaign_topic_example}): each topic a person confirms or
 * changes, in the minutes, in moderation or in the synthesis, is kept as an example of that campaign, so that the
 * next suggestions learn from it. One example per origin (a minutes item, a question, a synthesis item), replaced
 * when the person changes their mind. Examples are data of the campaign, never code.
 */
@ApplicationScoped
public class TopicExamples {
    public static final String MINUTES = "minutes";
    public static final String QUESTION = "question";
    public static final String SYNTHESIS = "synthesis";
    static final int MAX_TEXT = 2000;

    @Inject
    EntityManager em;

    private record Cached(String stamp, List<TopicExample> examples) {
    }

    private final Map<Long, Cached> cache = new ConcurrentHashMap<>();

    /** Records (or replaces) the example of {@code origin}/{@code originId}. Call inside a transaction. */
    public void record(long campaignId, String topic, String text, String origin, long originId, String username) {
        if (topic == null || topic.isBlank() || text == null || text.isBlank()) {
            return;
        }
        String t = text.strip();
        if (t.length() > MAX_TEXT) {
            t = t.substring(0, MAX_TEXT);
        }
        em.createNativeQuery("""
                insert into campaign_topic_example (campaign_id, topic_code, text, origin, origin_id, created_by)
                values (?1, ?2, ?3, ?4, ?5, ?6)
                on duplicate key update topic_code = values(topic_code), text = values(text),
                  created_by = values(created_by)""")
                .setParameter(1, campaignId).setParameter(2, topic.strip()).setParameter(3, t)
                .setParameter(4, origin).setParameter(5, originId).setParameter(6, username).executeUpdate();
    }

    /** Forgets the example of an origin whose topic went back to a suggestion. */
    public void forget(long campaignId, String origin, long originId) {
        em.createNativeQuery("delete from campaign_topic_example where campaign_id = ?1 and origin = ?2 and origin_id = ?3")
                .setParameter(1, campaignId).setParameter(2, origin).setParameter(3, originId).executeUpdate();
    }

    /** Every example of the campaign, oldest first; cached until an example is added, changed or removed. */
    public List<TopicExample> of(long campaignId) {
        Object[] s = (Object[]) em.createNativeQuery("""
                select count(*), coalesce(max(id), 0), coalesce(max(updated_at), '') from campaign_topic_example
                where campaign_id = ?1""").setParameter(1, campaignId).getSingleResult();
        String stamp = s[0] + "|" + s[1] + "|" + s[2];
        Cached cached = cache.get(campaignId);
        if (cached != null && cached.stamp().equals(stamp)) {
            return cached.examples();
        }
        List<TopicExample> examples = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select topic_code, text from campaign_topic_example where campaign_id = ?1 order by id""")
                .setParameter(1, campaignId).getResultList();
        for (Object[] r : rows) {
            examples.add(new TopicExample((String) r[0], (String) r[1]));
        }
        List<TopicExample> result = List.copyOf(examples);
        cache.put(campaignId, new Cached(stamp, result));
        return result;
    }
}
