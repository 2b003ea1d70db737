package fr.parlonsen.synthesis;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import fr.parlonsen.minutes.CitedItems;

/** What transmitted synthesis versions cite, for the capabilities whose rows they cite (the minutes). */
@ApplicationScoped
public class SynthesisCitations implements CitedItems {
    @Inject
    EntityManager em;

    /** Those minutes items that a transmitted version cites: they must stay as they were cited. */
    @Override
    public Set<Long> frozen(Collection<Long> minutesItemIds) {
        Set<Long> out = new HashSet<>();
        if (minutesItemIds.isEmpty()) {
            return out;
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                select distinct ss.minutes_item_id from synthesis_source ss
                join synthesis_item si on si.id = ss.item_id join synthesis s on s.id = si.synthesis_id
                where s.status = 'transmitted' and ss.minutes_item_id in (?1)""")
                .setParameter(1, minutesItemIds).getResultList();
        ids.forEach(n -> out.add(n.longValue()));
        return out;
    }
}
