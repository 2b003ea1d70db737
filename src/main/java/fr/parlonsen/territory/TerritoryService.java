package fr.parlonsen.territory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fr.parlonsen.kernel.DomainError.NotFound;
import fr.parlonsen.territory.TerritoryViews.ArrondissementView;
import fr.parlonsen.territory.TerritoryViews.CantonView;
import fr.parlonsen.territory.TerritoryViews.CommuneView;
import fr.parlonsen.territory.TerritoryViews.DepartmentDetail;
import fr.parlonsen.territory.TerritoryViews.DepartmentSummary;
import fr.parlonsen.territory.TerritoryViews.EpciView;

/** Reads the reference geography of a département. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TerritoryService {
    @Inject
    EntityManager em;

    public List<DepartmentSummary> departments() {
        List<Object[]> rows = em.createNativeQuery("""
                select d.code, d.name, d.region_name, d.region,
                       exists(select 1 from canton c where c.department = d.code)
                from department d order by d.code""").getResultList();
        List<DepartmentSummary> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(new DepartmentSummary((String) r[0], (String) r[1], (String) r[2], (String) r[3], truthy(r[4])));
        }
        return out;
    }

    public Department department(String code) {
        return Department.findByCode(code)
                .orElseThrow(() -> new NotFound("Le département « " + code + " » n'existe pas."));
    }

    public boolean exists(String code) {
        return Department.findByCode(code).isPresent();
    }

    public DepartmentDetail detail(String code) {
        Department d = department(code);
        List<ArrondissementView> arrs = new ArrayList<>();
        for (Object[] r : rows("""
                select a.code, a.name, count(c.code), coalesce(sum(c.population), 0)
                from arrondissement a left join commune c on c.arrondissement = a.code
                where a.department = ?1 group by a.code, a.name order by a.code""", code)) {
            arrs.add(new ArrondissementView((String) r[0], (String) r[1], num(r[2]), lng(r[3])));
        }
        List<CantonView> cantons = new ArrayList<>();
        for (Object[] r : rows("""
                select k.code, k.name, count(cc.commune_code), sum(case when cc.fraction then 1 else 0 end),
                       coalesce(sum(case when cc.fraction then 0 else c.population end), 0)
                from canton k left join commune_canton cc on cc.canton_code = k.code
                left join commune c on c.code = cc.commune_code
                where k.department = ?1 group by k.code, k.name order by k.code""", code)) {
            cantons.add(new CantonView((String) r[0], (String) r[1], num(r[2]), num(r[3]), lng(r[4])));
        }
        List<EpciView> epcis = new ArrayList<>();
        for (Object[] r : rows("""
                select e.code, e.name, e.type, count(c.code)
                from epci e join commune c on c.epci = e.code
                where c.department = ?1 group by e.code, e.name, e.type order by e.name""", code)) {
            epcis.add(new EpciView((String) r[0], (String) r[1], (String) r[2], num(r[3])));
        }
        Object[] totals = (Object[]) em.createNativeQuery("""
                select count(*), coalesce(sum(population), 0),
                       sum(case when (select count(*) from commune_canton cc where cc.commune_code = c.code) > 1 then 1 else 0 end),
                       sum(case when not exists(select 1 from commune_canton cc where cc.commune_code = c.code) then 1 else 0 end)
                from commune c where c.department = ?1""").setParameter(1, code).getSingleResult();
        return new DepartmentDetail(d.code, d.name, d.regionName, d.region, "Préfecture " + d.withPreposition(), arrs,
                cantons, epcis, num(totals[0]), lng(totals[1]), !cantons.isEmpty(), num(totals[2]), num(totals[3]));
    }

    /** A commune found by name (accents and case ignored), with its département. */
    public record CommuneMatch(String code, String name, String department, String departmentName) {
    }

    /** The communes whose name starts with (or, after those, contains) {@code text}: at most {@code limit}. */
    @SuppressWarnings("unchecked")
    public List<CommuneMatch> searchCommunes(String text, int limit) {
        String q = text == null ? "" : text.strip().replaceAll("[%_\\\\]", "");
        if (q.length() < 2) {
            return List.of();
        }
        List<Object[]> rows = em.createNativeQuery("""
                select c.code, c.name, c.department, d.name from commune c join department d on d.code = c.department
                where c.name like ?1 order by case when c.name like ?2 then 0 else 1 end, c.name, c.code""")
                .setParameter(1, "%" + q + "%").setParameter(2, q + "%").setMaxResults(limit).getResultList();
        return rows.stream().map(r -> new CommuneMatch((String) r[0], (String) r[1], (String) r[2], (String) r[3]))
                .toList();
    }

    public List<CommuneView> communes(String code) {
        department(code);
        Map<String, List<String>> cantonsByCommune = new LinkedHashMap<>();
        for (Object[] r : rows("""
                select cc.commune_code, cc.canton_code from commune_canton cc
                join commune c on c.code = cc.commune_code where c.department = ?1
                order by cc.commune_code, cc.canton_code""", code)) {
            cantonsByCommune.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((String) r[1]);
        }
        List<CommuneView> out = new ArrayList<>();
        for (Object[] r : rows("""
                select code, name, arrondissement, epci, population from commune
                where department = ?1 order by code""", code)) {
            String c = (String) r[0];
            out.add(new CommuneView(c, (String) r[1], (String) r[2], cantonsByCommune.getOrDefault(c, List.of()),
                    (String) r[3], r[4] == null ? null : ((Number) r[4]).intValue()));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object param) {
        return em.createNativeQuery(sql).setParameter(1, param).getResultList();
    }

    static boolean truthy(Object o) {
        return o instanceof Boolean b ? b : o instanceof Number n && n.intValue() != 0;
    }

    static int num(Object o) {
        return o == null ? 0 : ((Number) o).intValue();
    }

    static long lng(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
