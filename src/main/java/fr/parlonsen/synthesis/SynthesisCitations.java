package fr.parlonsen.synthesis;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** What transmitted synthesis versions cite, for the capabilities whose rows they cite (the minutes). */
@ApplicationScoped
public class SynthesisCitations {
    @Inject
    EntityManager em;

    /** The minutes items of this forum that a transmitted version cites: they must stay as they were cited. */
    public Set<Long> transmittedMinutesItems(long forumId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                select distinct ss.minutes_item_id from synthesis_source ss
                join synthesis_item si on si.id = ss.item_id join synthesis s on s.id = si.synthesis_id
                where s.status = 'transmitted'
                  and ss.minutes_item_id in (select id from minutes_item where forum_id = ?1)""")
                .setParameter(1, forumId).getResultList();
        Set<Long> out = new HashSet<>();
        ids.forEach(n -> out.add(n.longValue()));
        return out;
    }
}
