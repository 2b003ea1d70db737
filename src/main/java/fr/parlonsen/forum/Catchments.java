package fr.parlonsen.forum;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.parlonsen.kernel.Violation;
import fr.parlonsen.forum.ForumForms.CatchmentInput;
import fr.parlonsen.forum.ForumForms.Named;
import fr.parlonsen.territory.TerritoryQueries;

/**
 * Expands a catchment (cantons, EPCI, arrondissements or communes) to the communes it covers, checking that
 * every code exists and lies in the département. A canton covers all its communes, fractions cantonales
 * included: Laon is covered by Laon-1 as by Laon-2.
 */
@ApplicationScoped
public class Catchments {
    @Inject
    TerritoryQueries territory;

    /** The communes a catchment covers and the arrondissements they lie in. */
    public record Expansion(CatchmentKind kind, List<String> codes, Set<String> communes, Set<String> arrondissements) {
    }

    /** The names of a département's territories, to show codes as people read them. */
    public record Names(Map<String, String> cantons, Map<String, String> epcis, Map<String, String> arrondissements,
            Map<String, String> communes) {
        public Map<String, String> of(CatchmentKind kind) {
            return switch (kind) {
                case CANTONS -> cantons;
                case EPCIS -> epcis;
                case ARRONDISSEMENTS -> arrondissements;
                case COMMUNES -> communes;
            };
        }

        public List<Named> named(CatchmentKind kind, Collection<String> codes) {
            Map<String, String> names = of(kind);
            return codes.stream().map(c -> new Named(c, names.getOrDefault(c, c))).toList();
        }

        public String commune(String code) {
            return code == null ? null : communes.getOrDefault(code, code);
        }
    }

    /** Checks and expands; adds French messages to {@code violations} and returns null when the catchment is bad. */
    public Expansion expand(String department, CatchmentInput input, List<Violation> violations) {
        if (input == null) {
            return null; // reported by Bean Validation
        }
        Map<CatchmentKind, List<String>> given = input.given();
        if (given.isEmpty()) {
            violations.add(new Violation("catchment",
                    "Indiquez la zone couverte : des cantons, des EPCI, des arrondissements ou des communes."));
            return null;
        }
        if (given.size() > 1) {
            violations.add(new Violation("catchment", "Indiquez une seule sorte de zone couverte (cantons, EPCI, "
                    + "arrondissements ou communes), pas plusieurs à la fois."));
            return null;
        }
        CatchmentKind kind = given.keySet().iterator().next();
        String field = "catchment." + kind.code;
        List<String> codes = new ArrayList<>(new LinkedHashSet<>(given.get(kind).stream()
                .filter(c -> c != null && !c.isBlank()).map(String::strip).toList()));
        if (codes.isEmpty()) {
            violations.add(new Violation(field, "Choisissez au moins " + kind.one + "."));
            return null;
        }
        Map<String, TerritoryQueries.Place> known = territory.places(zone(kind), department, codes);
        int before = violations.size();
        for (String code : codes) {
            TerritoryQueries.Place k = known.get(code);
            if (k == null) {
                violations.add(new Violation(field, kind.noun + " " + kind.unknown + " : « " + code + " »."));
            } else if (!department.equals(k.department())) {
                violations.add(new Violation(field, kind.noun + " « " + code + " » (" + k.name()
                        + ") n'est pas dans le département " + department + "."));
            }
        }
        if (violations.size() > before) {
            return null;
        }
        Set<String> communes = new LinkedHashSet<>();
        Set<String> arrondissements = new LinkedHashSet<>();
        for (Map.Entry<String, String> r : territory.communesCovered(zone(kind), department, codes).entrySet()) {
            communes.add(r.getKey());
            if (r.getValue() != null) {
                arrondissements.add(r.getValue());
            }
        }
        if (communes.isEmpty()) {
            violations.add(new Violation(field, "Cette zone ne couvre aucune commune du département."));
            return null;
        }
        return new Expansion(kind, codes, communes, arrondissements);
    }

    private static TerritoryQueries.Zone zone(CatchmentKind kind) {
        return switch (kind) {
            case CANTONS -> TerritoryQueries.Zone.CANTONS;
            case EPCIS -> TerritoryQueries.Zone.EPCIS;
            case ARRONDISSEMENTS -> TerritoryQueries.Zone.ARRONDISSEMENTS;
            case COMMUNES -> TerritoryQueries.Zone.COMMUNES;
        };
    }

    /** Names change with the yearly geography, not between two page views: kept ten minutes. */
    static final java.time.Duration NAMES_TTL = java.time.Duration.ofMinutes(10);

    private record CachedNames(Names names, long loadedAt) {
    }

    private final Map<String, CachedNames> cache = new java.util.concurrent.ConcurrentHashMap<>();

    /** Every name a département's pages need: four small queries, then kept {@link #NAMES_TTL}. */
    public Names namesIn(String department) {
        long now = System.nanoTime();
        CachedNames cached = cache.get(department);
        if (cached != null && now - cached.loadedAt() < NAMES_TTL.toNanos()) {
            return cached.names();
        }
        Names names = loadNames(department);
        cache.put(department, new CachedNames(names, now));
        return names;
    }

    private Names loadNames(String department) {
        return new Names(territory.names(TerritoryQueries.Zone.CANTONS, department),
                territory.names(TerritoryQueries.Zone.EPCIS, department),
                territory.names(TerritoryQueries.Zone.ARRONDISSEMENTS, department),
                territory.names(TerritoryQueries.Zone.COMMUNES, department));
    }
}
