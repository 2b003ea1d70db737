package fr.parlonsen.territory;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * What other capabilities may read of the reference geography: names, which département a code lies in, the
 * communes a zone (cantons, EPCI, arrondissements, communes) covers, populations. Read only, set-based (one query
 * per call, never one per code). The only SQL outside {@code territory} that names its tables is here.
 */
@ApplicationScoped
public class TerritoryQueries {
    @Inject
    EntityManager em;

    /** The four kinds of territory a zone can be given in. */
    public enum Zone {
        CANTONS, EPCIS, ARRONDISSEMENTS, COMMUNES
    }

    /** A territory's name and the département it lies in ("" for an EPCI with no commune in the département). */
    public record Place(String name, String department) {
    }

    /** A commune of a département, with its arrondissement (null when unknown) and population (0 when unknown). */
    public record Commune(String code, String name, String arrondissement, long population) {
    }

    /**
     * Code → place for the codes that exist. For EPCI (which cross départements) the département is
     * {@code department} when one of its communes lies there, "" otherwise.
     */
    public Map<String, Place> places(Zone zone, String department, Collection<String> codes) {
        String sql = switch (zone) {
            case CANTONS -> "select code, name, department from canton where code in (:codes)";
            case ARRONDISSEMENTS -> "select code, name, department from arrondissement where code in (:codes)";
            case COMMUNES -> "select code, name, department from commune where code in (:codes)";
            case EPCIS -> """
                    select e.code, e.name, case when exists(select 1 from commune c where c.epci = e.code
                    and c.department = :dep) then :dep else '' end from epci e where e.code in (:codes)""";
        };
        Map<String, Place> out = new HashMap<>();
        if (codes.isEmpty()) {
            return out;
        }
        Query q = em.createNativeQuery(sql).setParameter("codes", codes);
        if (zone == Zone.EPCIS) {
            q.setParameter("dep", department);
        }
        for (Object r : q.getResultList()) {
            Object[] row = (Object[]) r;
            out.put((String) row[0], new Place((String) row[1], (String) row[2]));
        }
        return out;
    }

    /**
     * The communes of {@code department} a zone covers (a canton covers all its communes, fractions cantonales
     * included), by code, each with its arrondissement (null when unknown): code → arrondissement.
     */
    public Map<String, String> communesCovered(Zone zone, String department, Collection<String> codes) {
        String sql = switch (zone) {
            case CANTONS -> """
                    select distinct c.code, c.arrondissement from commune c
                    join commune_canton cc on cc.commune_code = c.code
                    where c.department = :dep and cc.canton_code in (:codes) order by c.code""";
            case EPCIS -> "select code, arrondissement from commune where department = :dep and epci in (:codes) order by code";
            case ARRONDISSEMENTS -> "select code, arrondissement from commune where department = :dep and arrondissement in (:codes) order by code";
            case COMMUNES -> "select code, arrondissement from commune where department = :dep and code in (:codes) order by code";
        };
        Map<String, String> out = new LinkedHashMap<>();
        if (codes.isEmpty()) {
            return out;
        }
        for (Object r : em.createNativeQuery(sql).setParameter("dep", department).setParameter("codes", codes)
                .getResultList()) {
            Object[] row = (Object[]) r;
            out.put((String) row[0], (String) row[1]);
        }
        return out;
    }

    /** Code → name of a département's territories of one kind (communes by name, EPCI by name, others by code). */
    public Map<String, String> names(Zone zone, String department) {
        return map(switch (zone) {
            case CANTONS -> "select code, name from canton where department = :dep order by code";
            case EPCIS -> "select distinct e.code, e.name from epci e join commune c on c.epci = e.code where c.department = :dep order by e.name";
            case ARRONDISSEMENTS -> "select code, name from arrondissement where department = :dep order by code";
            case COMMUNES -> "select code, name from commune where department = :dep order by name";
        }, department);
    }

    /** The communes of a département by code, with arrondissement and population. */
    public List<Commune> communes(String department) {
        return rows("select code, name, arrondissement, coalesce(population, 0) from commune where department = :dep "
                + "order by code", department).stream()
                .map(r -> new Commune((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).longValue()))
                .toList();
    }

    /** Canton code → its communes (empty for a canton without commune), every canton of the département, by code. */
    public Map<String, Set<String>> cantonCommunes(String department) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (Object[] r : rows("select k.code, cc.commune_code from canton k left join commune_canton cc "
                + "on cc.canton_code = k.code where k.department = :dep order by k.code", department)) {
            Set<String> set = out.computeIfAbsent((String) r[0], k -> new LinkedHashSet<>());
            if (r[1] != null) {
                set.add((String) r[1]);
            }
        }
        return out;
    }

    /** (commune code, canton name) for the cantons of these communes, ordered by canton name. */
    public List<String[]> cantonNamesOfCommunes(Collection<String> communes) {
        List<String[]> out = new java.util.ArrayList<>();
        if (communes.isEmpty()) {
            return out;
        }
        for (Object o : em.createNativeQuery("""
                select cc.commune_code, k.name from commune_canton cc join canton k on k.code = cc.canton_code
                where cc.commune_code in (:codes) order by k.name""").setParameter("codes", communes).getResultList()) {
            Object[] r = (Object[]) o;
            out.add(new String[] { (String) r[0], (String) r[1] });
        }
        return out;
    }

    /** A département of metropolitan France or the DROM. */
    public record DepartmentRow(String code, String name, String region, String regionName) {
    }

    /** The départements of metropolitan France and the DROM (101), by code. */
    public List<DepartmentRow> departments() {
        List<DepartmentRow> out = new java.util.ArrayList<>();
        for (Object o : em.createNativeQuery("select code, name, region, region_name from department "
                + "where zone in ('metro', 'drom') order by code").getResultList()) {
            Object[] r = (Object[]) o;
            out.add(new DepartmentRow((String) r[0], (String) r[1], (String) r[2], (String) r[3]));
        }
        return out;
    }

    /** Département → number of communes, every département. */
    public Map<String, Integer> communeCounts() {
        Map<String, Integer> out = new HashMap<>();
        for (Object o : em.createNativeQuery("select department, count(*) from commune group by department")
                .getResultList()) {
            Object[] r = (Object[]) o;
            out.put((String) r[0], ((Number) r[1]).intValue());
        }
        return out;
    }

    /** Département → how many of these communes lie in it (codes that are no commune are not counted). */
    public Map<String, Integer> communeCountsAmong(Collection<String> codes) {
        Map<String, Integer> out = new HashMap<>();
        if (codes.isEmpty()) {
            return out;
        }
        Set<String> wanted = Set.copyOf(codes);
        for (Object o : em.createNativeQuery("select code, department from commune").getResultList()) {
            Object[] r = (Object[]) o;
            if (wanted.contains((String) r[0])) {
                out.merge((String) r[1], 1, Integer::sum);
            }
        }
        return out;
    }

    /** The département of a commune, if the commune exists. */
    public Optional<String> departmentOfCommune(String code) {
        List<?> deps = em.createNativeQuery("select department from commune where code = ?1").setParameter(1, code)
                .getResultList();
        return deps.stream().findFirst().map(String.class::cast);
    }

    /** The name of a commune, if it lies in that département. */
    public Optional<String> communeName(String code, String department) {
        List<?> names = em.createNativeQuery("select name from commune where code = ?1 and department = ?2")
                .setParameter(1, code).setParameter(2, department).getResultList();
        return names.stream().findFirst().map(String.class::cast);
    }

    /** Whether an arrondissement with that code lies in that département. */
    public boolean arrondissementIn(String code, String department) {
        Number n = (Number) em.createNativeQuery("select count(*) from arrondissement where code = ?1 and department = ?2")
                .setParameter(1, code).setParameter(2, department).getSingleResult();
        return n.intValue() > 0;
    }

    /** Commune code → population (0 when unknown), for the communes that exist. */
    public Map<String, Long> populations(Collection<String> codes) {
        Map<String, Long> out = new HashMap<>();
        if (codes.isEmpty()) {
            return out;
        }
        // Beyond a few thousand codes (national figures), reading every commune once is cheaper than a huge IN list.
        boolean all = codes.size() > 2000;
        Query q = all ? em.createNativeQuery("select code, coalesce(population, 0) from commune")
                : em.createNativeQuery("select code, coalesce(population, 0) from commune where code in (:codes)")
                        .setParameter("codes", codes);
        for (Object r : q.getResultList()) {
            Object[] row = (Object[]) r;
            out.put((String) row[0], ((Number) row[1]).longValue());
        }
        if (all) {
            out.keySet().retainAll(Set.copyOf(codes));
        }
        return out;
    }

    private Map<String, String> map(String sql, String department) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Object[] row : rows(sql, department)) {
            out.put((String) row[0], (String) row[1]);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, String department) {
        return em.createNativeQuery(sql).setParameter("dep", department).getResultList();
    }
}
