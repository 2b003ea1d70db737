package fr.parlonsen.forum;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import fr.parlonsen.forum.ForumForms.CatchmentInput;
import fr.parlonsen.forum.ForumForms.Named;
import fr.parlonsen.web.AppException.Violation;

/**
 * Expands a catchment (cantons, EPCI, arrondissements or communes) to the communes it covers, checking that
 * every code exists and lies in the département. A canton covers all its communes, fractions cantonales
 * included: Laon is covered by Laon-1 as by Laon-2.
 */
@ApplicationScoped
public class Catchments {
    @Inject
    EntityManager em;

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
        Map<String, String[]> known = lookup(kind, department, codes);
        int before = violations.size();
        for (String code : codes) {
            String[] k = known.get(code);
            if (k == null) {
                violations.add(new Violation(field, kind.noun + " " + kind.unknown + " : « " + code + " »."));
            } else if (!department.equals(k[1])) {
                violations.add(new Violation(field, kind.noun + " « " + code + " » (" + k[0]
                        + ") n'est pas dans le département " + department + "."));
            }
        }
        if (violations.size() > before) {
            return null;
        }
        Set<String> communes = new LinkedHashSet<>();
        Set<String> arrondissements = new LinkedHashSet<>();
        for (Object[] r : rows(communesQuery(kind), department, codes)) {
            communes.add((String) r[0]);
            if (r[1] != null) {
                arrondissements.add((String) r[1]);
            }
        }
        if (communes.isEmpty()) {
            violations.add(new Violation(field, "Cette zone ne couvre aucune commune du département."));
            return null;
        }
        return new Expansion(kind, codes, communes, arrondissements);
    }

    /** code → {name, département} for the codes that exist. */
    private Map<String, String[]> lookup(CatchmentKind kind, String department, List<String> codes) {
        String sql = switch (kind) {
            case CANTONS -> "select code, name, department from canton where code in (:codes)";
            case ARRONDISSEMENTS -> "select code, name, department from arrondissement where code in (:codes)";
            case COMMUNES -> "select code, name, department from commune where code in (:codes)";
            case EPCIS -> """
                    select e.code, e.name, case when exists(select 1 from commune c where c.epci = e.code
                    and c.department = :dep) then :dep else '' end from epci e where e.code in (:codes)""";
        };
        Query q = em.createNativeQuery(sql).setParameter("codes", codes);
        if (kind == CatchmentKind.EPCIS) {
            q.setParameter("dep", department);
        }
        Map<String, String[]> out = new HashMap<>();
        for (Object r : q.getResultList()) {
            Object[] row = (Object[]) r;
            out.put((String) row[0], new String[] { (String) row[1], (String) row[2] });
        }
        return out;
    }

    private static String communesQuery(CatchmentKind kind) {
        return switch (kind) {
            case CANTONS -> """
                    select distinct c.code, c.arrondissement from commune c
                    join commune_canton cc on cc.commune_code = c.code
                    where c.department = :dep and cc.canton_code in (:codes) order by c.code""";
            case EPCIS -> "select code, arrondissement from commune where department = :dep and epci in (:codes) order by code";
            case ARRONDISSEMENTS -> "select code, arrondissement from commune where department = :dep and arrondissement in (:codes) order by code";
            case COMMUNES -> "select code, arrondissement from commune where department = :dep and code in (:codes) order by code";
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
        return new Names(
                map("select code, name from canton where department = :dep order by code", department),
                map("select distinct e.code, e.name from epci e join commune c on c.epci = e.code where c.department = :dep order by e.name", department),
                map("select code, name from arrondissement where department = :dep order by code", department),
                map("select code, name from commune where department = :dep order by name", department));
    }

    private Map<String, String> map(String sql, String department) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Object r : em.createNativeQuery(sql).setParameter("dep", department).getResultList()) {
            Object[] row = (Object[]) r;
            out.put((String) row[0], (String) row[1]);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, String department, List<String> codes) {
        return em.createNativeQuery(sql).setParameter("dep", department).setParameter("codes", codes).getResultList();
    }
}
