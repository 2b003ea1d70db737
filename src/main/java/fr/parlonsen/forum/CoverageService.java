package fr.parlonsen.forum;

import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fr.parlonsen.campaign.Campaign;
import fr.parlonsen.campaign.CampaignService;
import fr.parlonsen.forum.Coverage.ArrondissementCoverage;
import fr.parlonsen.forum.Coverage.CantonStatus;
import fr.parlonsen.forum.Coverage.Cantons;
import fr.parlonsen.forum.Coverage.Conflict;
import fr.parlonsen.forum.Coverage.Count;
import fr.parlonsen.forum.Coverage.Population;
import fr.parlonsen.forum.ForumForms.Named;
import fr.parlonsen.forum.ForumPermissions.Action;
import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.security.Role;
import fr.parlonsen.territory.TerritoryQueries;

/**
 * Coverage of a département by a campaign's forums, computed with a handful of queries and in-memory sets
 * (a few milliseconds for the largest département with 40 forums).
 */
@ApplicationScoped
public class CoverageService {
    @Inject
    EntityManager em;
    @Inject
    CampaignService campaigns;
    @Inject
    ForumService forums;
    @Inject
    TerritoryQueries territory;

    record Plan(long id, LocalDateTime startsAt, LocalDateTime endsAt, ForumStatus status, String venueCommune,
            String venueName, String createdBy, Set<String> communes, Set<String> facilitators) {
        boolean overlaps(Plan o) {
            return startsAt.isBefore(o.endsAt) && o.startsAt.isBefore(endsAt);
        }

        boolean confirmed() {
            return status == ForumStatus.PUBLISHED || status == ForumStatus.HELD;
        }
    }

    record CommuneRow(String code, String name, String arrondissement, long population) {
    }

    @Transactional
    public Coverage coverage(CurrentUser user, String campaign, String department) {
        Campaign c = campaigns.find(campaign);
        forums.check(user, Action.COVERAGE, forums.department(department), null);
        return compute(c, department);
    }

    /** The coverage without a permission check, for documents built by a service that already checked. */
    public Coverage compute(Campaign campaign, String department) {
        Map<String, CommuneRow> communes = new LinkedHashMap<>();
        for (TerritoryQueries.Commune r : territory.communes(department)) {
            communes.put(r.code(), new CommuneRow(r.code(), r.name(), r.arrondissement(), r.population()));
        }
        Map<String, String> cantonNames = territory.names(TerritoryQueries.Zone.CANTONS, department);
        Map<String, Set<String>> cantonCommunes = territory.cantonCommunes(department);
        List<Plan> plans = plans(campaign.id, department);
        Set<String> covered = new HashSet<>();
        Set<String> confirmed = new HashSet<>();
        for (Plan p : plans) {
            covered.addAll(p.communes);
            if (p.confirmed()) {
                confirmed.addAll(p.communes);
            }
        }
        covered.retainAll(communes.keySet());

        long population = 0;
        long populationCovered = 0;
        Map<String, long[]> byArr = new LinkedHashMap<>(); // communes, covered, population, covered population
        for (CommuneRow row : communes.values()) {
            boolean isCovered = covered.contains(row.code);
            population += row.population;
            long[] a = byArr.computeIfAbsent(row.arrondissement == null ? "" : row.arrondissement, k -> new long[4]);
            a[0]++;
            a[2] += row.population;
            if (isCovered) {
                populationCovered += row.population;
                a[1]++;
                a[3] += row.population;
            }
        }
        List<ArrondissementCoverage> arrondissements = new ArrayList<>();
        for (Map.Entry<String, String> r : territory.names(TerritoryQueries.Zone.ARRONDISSEMENTS, department).entrySet()) {
            long[] a = byArr.getOrDefault(r.getKey(), new long[4]);
            arrondissements.add(new ArrondissementCoverage(r.getKey(), r.getValue(),
                    new Count((int) a[0], (int) a[1]), new Population(a[2], a[3])));
        }

        List<Named> uncovered = new ArrayList<>();
        List<CantonStatus> statuses = new ArrayList<>();
        for (var e : cantonCommunes.entrySet()) {
            Set<String> members = e.getValue();
            int n = (int) members.stream().filter(covered::contains).count();
            String status;
            if (!members.isEmpty() && confirmed.containsAll(members)) {
                status = "covered";
            } else if (!members.isEmpty() && n == members.size()) {
                status = "planned";
            } else if (n > 0) {
                status = "partial";
            } else {
                status = "uncovered";
            }
            if (!status.equals("covered") && !status.equals("planned")) {
                uncovered.add(new Named(e.getKey(), cantonNames.get(e.getKey())));
            }
            statuses.add(new CantonStatus(e.getKey(), cantonNames.get(e.getKey()), status, label(status),
                    members.size(), n));
        }

        List<Long> outside = new ArrayList<>();
        for (Plan p : plans) {
            if (p.startsAt.toLocalDate().isBefore(campaign.startsOn) || p.endsAt.toLocalDate().isAfter(campaign.endsOn)) {
                outside.add(p.id);
            }
        }
        return new Coverage(department, campaign.id, new Count(communes.size(), covered.size()),
                new Cantons(cantonNames.size(), cantonNames.size() - uncovered.size(), uncovered),
                new Population(population, populationCovered), conflicts(plans, communes), outside, arrondissements,
                statuses, plans.size());
    }

    /** The same facilitator, the same sous-préfet or the same venue in two forums that overlap in time. */
    List<Conflict> conflicts(List<Plan> plans, Map<String, CommuneRow> communes) {
        Set<String> sousPrefets = sousPrefets(plans);
        List<Conflict> out = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            Plan a = plans.get(i);
            for (int j = i + 1; j < plans.size(); j++) {
                Plan b = plans.get(j);
                if (!a.overlaps(b)) {
                    continue;
                }
                List<Long> ids = List.of(a.id, b.id);
                Set<String> shared = new TreeSet<>(a.facilitators);
                shared.retainAll(b.facilitators);
                for (String who : shared) {
                    out.add(new Conflict(ids, "L'animateur « " + who + " » est prévu à deux forums qui se "
                            + "chevauchent (n° " + a.id + " et n° " + b.id + ").", "facilitator"));
                }
                if (a.createdBy != null && a.createdBy.equals(b.createdBy) && sousPrefets.contains(a.createdBy)) {
                    out.add(new Conflict(ids, "Le sous-préfet « " + a.createdBy + " » a deux forums qui se "
                            + "chevauchent (n° " + a.id + " et n° " + b.id + ").", "sous-prefet"));
                }
                if (a.venueCommune != null && a.venueCommune.equals(b.venueCommune)
                        && normalise(a.venueName).equals(normalise(b.venueName)) && !normalise(a.venueName).isEmpty()) {
                    CommuneRow where = communes.get(a.venueCommune);
                    out.add(new Conflict(ids, "Le lieu « " + a.venueName + " » ("
                            + (where == null ? a.venueCommune : where.name) + ") est réservé deux fois au même moment "
                            + "(forums n° " + a.id + " et n° " + b.id + ").", "venue"));
                }
            }
        }
        return out;
    }

    private Set<String> sousPrefets(List<Plan> plans) {
        Set<String> creators = new HashSet<>();
        plans.forEach(p -> {
            if (p.createdBy != null) {
                creators.add(p.createdBy);
            }
        });
        Set<String> out = new HashSet<>();
        if (creators.isEmpty()) {
            return out;
        }
        List<Object[]> rows = em.createQuery("select u.username, u.roles from AppUser u where u.username in ?1",
                Object[].class).setParameter(1, creators).getResultList();
        for (Object[] r : rows) {
            String roles = "," + r[1] + ",";
            if (roles.contains("," + Role.SOUS_PREFET.code + ",")) {
                out.add((String) r[0]);
            }
        }
        return out;
    }

    /** The non-cancelled forums with their communes and facilitators: three queries. */
    private List<Plan> plans(long campaignId, String department) {
        Map<Long, Set<String>> communes = new HashMap<>();
        Map<Long, Set<String>> facilitators = new HashMap<>();
        String where = " where f.campaign.id = ?1 and f.department = ?2 and f.status <> ?3";
        for (Object[] r : em.createQuery("select f.id, c from Forum f join f.communes c" + where, Object[].class)
                .setParameter(1, campaignId).setParameter(2, department).setParameter(3, ForumStatus.CANCELLED)
                .getResultList()) {
            communes.computeIfAbsent((Long) r[0], k -> new HashSet<>()).add((String) r[1]);
        }
        for (Object[] r : em.createQuery("select f.id, u from Forum f join f.facilitators u" + where, Object[].class)
                .setParameter(1, campaignId).setParameter(2, department).setParameter(3, ForumStatus.CANCELLED)
                .getResultList()) {
            facilitators.computeIfAbsent((Long) r[0], k -> new HashSet<>()).add((String) r[1]);
        }
        List<Plan> out = new ArrayList<>();
        for (Object[] r : em.createQuery("select f.id, f.startsAt, f.endsAt, f.status, f.venueCommune, f.venueName, "
                + "f.createdBy from Forum f" + where + " order by f.startsAt, f.id", Object[].class)
                .setParameter(1, campaignId).setParameter(2, department).setParameter(3, ForumStatus.CANCELLED)
                .getResultList()) {
            Long id = (Long) r[0];
            out.add(new Plan(id, (LocalDateTime) r[1], (LocalDateTime) r[2], (ForumStatus) r[3], (String) r[4],
                    (String) r[5], (String) r[6], communes.getOrDefault(id, Set.of()),
                    facilitators.getOrDefault(id, Set.of())));
        }
        return out;
    }

    /** "Salle des Fêtes " and "salle des fetes" are the same venue. */
    static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }

    static String label(String status) {
        return switch (status) {
            case "covered" -> "Couvert";
            case "planned" -> "Prévu (brouillon)";
            case "partial" -> "Partiellement couvert";
            default -> "Non couvert";
        };
    }
}
