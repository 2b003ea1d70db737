package fr.parlonsen.forum;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import fr.parlonsen.territory.TerritoryService;

/**
 * Where and when each forum of a département met, for the "éclairage de proximité" of the synthesis: its date,
 * its arrondissements and its cantons (those of its catchment when it is a list of cantons, otherwise those of the
 * commune where it met).
 */
@ApplicationScoped
public class ForumPlaces {
    @Inject
    EntityManager em;
    @Inject
    TerritoryService territory;

    public record Place(long forumId, LocalDateTime startsAt, List<String> arrondissements, List<String> cantons) {
    }

    /** Every forum of the campaign in the département, by id. */
    public Map<Long, Place> of(long campaignId, String department) {
        Map<Long, Object[]> forums = new HashMap<>();
        for (Object[] r : em.createQuery("""
                select f.id, f.startsAt, f.catchmentKind, f.venueCommune from Forum f
                where f.campaign.id = ?1 and f.department = ?2""", Object[].class)
                .setParameter(1, campaignId).setParameter(2, department).getResultList()) {
            forums.put((Long) r[0], r);
        }
        if (forums.isEmpty()) {
            return Map.of();
        }
        Map<Long, TreeSet<String>> arrondissements = new HashMap<>();
        for (Object[] r : em.createQuery("""
                select f.id, a from Forum f join f.arrondissements a where f.campaign.id = ?1 and f.department = ?2""",
                Object[].class).setParameter(1, campaignId).setParameter(2, department).getResultList()) {
            arrondissements.computeIfAbsent((Long) r[0], k -> new TreeSet<>()).add((String) r[1]);
        }
        Map<Long, TreeSet<String>> catchmentCantons = new HashMap<>();
        for (Object[] r : em.createQuery("""
                select f.id, c from Forum f join f.catchment c where f.campaign.id = ?1 and f.department = ?2
                and f.catchmentKind = 'cantons'""", Object[].class)
                .setParameter(1, campaignId).setParameter(2, department).getResultList()) {
            catchmentCantons.computeIfAbsent((Long) r[0], k -> new TreeSet<>()).add((String) r[1]);
        }
        Map<String, List<String>> cantonsOfCommune = new HashMap<>();
        boolean needCommunes = forums.keySet().stream().anyMatch(id -> !catchmentCantons.containsKey(id));
        if (needCommunes) {
            for (fr.parlonsen.territory.TerritoryViews.CommuneView c : territory.communes(department)) {
                cantonsOfCommune.put(c.code(), c.cantons());
            }
        }
        Map<Long, Place> out = new HashMap<>();
        for (Map.Entry<Long, Object[]> e : forums.entrySet()) {
            Object[] r = e.getValue();
            TreeSet<String> cantons = catchmentCantons.get(e.getKey());
            if (cantons == null) {
                cantons = new TreeSet<>(cantonsOfCommune.getOrDefault((String) r[3], List.of()));
            }
            out.put(e.getKey(), new Place(e.getKey(), (LocalDateTime) r[1],
                    new ArrayList<>(arrondissements.getOrDefault(e.getKey(), new TreeSet<>())), new ArrayList<>(cantons)));
        }
        return out;
    }
}
