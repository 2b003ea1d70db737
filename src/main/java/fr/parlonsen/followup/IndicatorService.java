package fr.parlonsen.followup;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import fr.parlonsen.kernel.DomainError.Forbidden;
import fr.parlonsen.kernel.DomainError.NotFound;
import fr.parlonsen.campaign.Campaign;
import fr.parlonsen.followup.FollowupPermissions.Action;
import fr.parlonsen.forum.ForumQueries;
import fr.parlonsen.forum.ForumQueries.ForumFacts;
import fr.parlonsen.minutes.MinutesQueries;
import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.synthesis.SynthesisQueries;
import fr.parlonsen.territory.Department;
import fr.parlonsen.territory.TerritoryService;

/**
 * The permanent evaluation: per forum, arrondissement, département and nationally, the participation rate
 * (attendance in validated minutes ÷ population of the communes the forum covers), the feedback count and
 * averages, the share of the synthesis' proposals that got a commitment, and the share of commitments done on
 * time (done no later than their due date, among those done or past due; abandoned ones and those without a due
 * date are left out).
 */
@ApplicationScoped
public class IndicatorService {
    @Inject
    FollowupPermissions permissions;
    @Inject
    ForumQueries forums;
    @Inject
    MinutesQueries minutes;
    @Inject
    SynthesisQueries synthesis;
    @Inject
    TerritoryService territory;
    @Inject
    EntityManager em;

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Averages(Double satisfaction, Double listened, Double answered, Double wouldReturn) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Figures(int forums, int forumsWithAttendance, Long attendance, long populationCovered,
            Double participationRate, int feedbackCount, Averages averages, int proposals,
            int proposalsWithCommitmentCount, Double proposalsWithCommitment, int commitments, int commitmentsDone,
            int commitmentsDue, int commitmentsDoneOnTimeCount, Double commitmentsDoneOnTime) {
        /** A rate as a French percentage ("12,5 %"), or "—". */
        public String percent(Double rate) {
            return rate == null ? "—" : String.format(java.util.Locale.FRANCE, "%.1f %%", rate * 100);
        }

        public String participationPercent() {
            return participationRate == null ? "—"
                    : String.format(java.util.Locale.FRANCE, "%.2f %%", participationRate * 100);
        }

        public String satisfactionText() {
            return averages.satisfaction() == null ? "—"
                    : String.format(java.util.Locale.FRANCE, "%.1f / 5", averages.satisfaction());
        }
    }

    public record ForumIndicators(long forumId, String title, String arrondissement, String status,
            LocalDateTime startsAt, @JsonUnwrapped Figures figures) {
    }

    public record AreaIndicators(String code, String name, @JsonUnwrapped Figures figures) {
    }

    public record DepartmentIndicators(String campaign, String department, String departmentName,
            Integer synthesisVersion, @JsonUnwrapped Figures figures, List<AreaIndicators> arrondissements,
            List<ForumIndicators> forums) {
    }

    public record NationalIndicators(String campaign, @JsonUnwrapped Figures figures,
            List<AreaIndicators> departments) {
    }

    @Transactional
    public DepartmentIndicators department(CurrentUser user, String campaignRef, String department) {
        if (!permissions.may(user, Action.INDICATORS, department)) {
            throw new Forbidden("Les indicateurs de ce département ne sont pas dans votre périmètre.");
        }
        Campaign c = campaign(campaignRef);
        Department dep = Department.findByCode(department)
                .orElseThrow(() -> new NotFound("Aucun département « " + department + " »."));
        return department(c, dep);
    }

    /** For the synthesis documents and dashboards (no permission check: the caller has done it). */
    @Transactional
    public DepartmentIndicators department(Campaign c, Department dep) {
        Data d = data(c.id, dep.code);
        Map<String, String> arrNames = new HashMap<>();
        territory.detail(dep.code).arrondissements().forEach(a -> arrNames.put(a.code(), a.name()));
        List<ForumIndicators> perForum = new ArrayList<>();
        Map<String, List<ForumFacts>> byArr = new TreeMap<>();
        for (ForumFacts f : d.forums) {
            perForum.add(new ForumIndicators(f.id(), f.title(), f.arrondissement(), f.status(), f.startsAt(),
                    d.figures(List.of(f), d.proposalsOf(List.of(f)), d.commitmentsOf(List.of(f)))));
            byArr.computeIfAbsent(f.arrondissement() == null ? "" : f.arrondissement(), k -> new ArrayList<>()).add(f);
        }
        List<AreaIndicators> arrs = new ArrayList<>();
        byArr.forEach((code, fs) -> arrs.add(new AreaIndicators(code.isEmpty() ? null : code,
                arrNames.getOrDefault(code, code.isEmpty() ? "Sans arrondissement" : code),
                d.figures(fs, d.proposalsOf(fs), d.commitmentsOf(fs)))));
        Figures all = d.figures(d.forums, d.proposals.keySet(), d.commitments.keySet());
        return new DepartmentIndicators(c.code, dep.code, dep.name, d.synthesisVersion, all, arrs, perForum);
    }

    @Transactional
    public NationalIndicators national(CurrentUser user, String campaignRef) {
        if (!permissions.may(user, Action.NATIONAL_INDICATORS, null)) {
            throw new Forbidden("Les indicateurs nationaux sont réservés à l'équipe nationale.");
        }
        return national(campaign(campaignRef));
    }

    @Transactional
    public NationalIndicators national(Campaign c) {
        List<ForumFacts> all = forums.forums(c.id, null);
        Set<String> deps = new java.util.TreeSet<>();
        all.forEach(f -> deps.add(f.department()));
        for (Object d : em.createNativeQuery("select distinct department from commitment where campaign_id = ?1")
                .setParameter(1, c.id).getResultList()) {
            deps.add((String) d);
        }
        List<AreaIndicators> out = new ArrayList<>();
        List<Figures> figures = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        Department.<Department>listAll().forEach(dep -> names.put(dep.code, dep.name));
        Totals totals = new Totals();
        for (String dep : deps) {
            Data d = data(c.id, dep);
            Figures f = d.figures(d.forums, d.proposals.keySet(), d.commitments.keySet());
            figures.add(f);
            totals.add(d);
            out.add(new AreaIndicators(dep, names.getOrDefault(dep, dep), f));
        }
        return new NationalIndicators(c.code, totals.figures(), out);
    }

    private Campaign campaign(String ref) {
        return Campaign.findByCodeOrId(ref).orElseThrow(() -> new NotFound("Aucune campagne « " + ref + " »."));
    }

    /** Everything the figures of one département are computed from, read once. */
    final class Data {
        List<ForumFacts> forums;
        Map<Long, Integer> attendance;
        Map<Long, double[]> feedback = new HashMap<>(); // count, satisfaction, listened, answered, wouldReturn sums
        Integer synthesisVersion;
        /** Proposal item id → forums it comes from. */
        Map<Long, Set<Long>> proposals = new LinkedHashMap<>();
        /** Commitment id → (dueOn, doneOn, status, forums, items). */
        Map<Long, IndicatorSums.CommitmentFacts> commitments = new LinkedHashMap<>();
        Set<Long> committedItems = new HashSet<>();

        Set<Long> proposalsOf(Collection<ForumFacts> fs) {
            Set<Long> ids = new HashSet<>();
            fs.forEach(f -> ids.add(f.id()));
            Set<Long> out = new HashSet<>();
            proposals.forEach((item, from) -> {
                if (from.stream().anyMatch(ids::contains)) {
                    out.add(item);
                }
            });
            return out;
        }

        Set<Long> commitmentsOf(Collection<ForumFacts> fs) {
            Set<Long> ids = new HashSet<>();
            fs.forEach(f -> ids.add(f.id()));
            Set<Long> out = new HashSet<>();
            commitments.forEach((id, c) -> {
                if (c.forums().stream().anyMatch(ids::contains)) {
                    out.add(id);
                }
            });
            return out;
        }

        Figures figures(Collection<ForumFacts> fs, Set<Long> proposalIds, Set<Long> commitmentIds) {
            IndicatorSums a = new IndicatorSums();
            for (ForumFacts f : fs) {
                a.forum(f, attendance.get(f.id()), feedback.get(f.id()));
            }
            a.proposals = proposalIds.size();
            a.proposalsCommitted = (int) proposalIds.stream().filter(committedItems::contains).count();
            for (Long id : commitmentIds) {
                a.commitment(commitments.get(id));
            }
            return a.figures();
        }
    }

    /** National totals: the départements' sums added up. */
    final class Totals {
        final IndicatorSums acc = new IndicatorSums();

        void add(Data d) {
            IndicatorSums a = new IndicatorSums();
            d.forums.forEach(f -> a.forum(f, d.attendance.get(f.id()), d.feedback.get(f.id())));
            a.proposals = d.proposals.size();
            a.proposalsCommitted = (int) d.proposals.keySet().stream().filter(d.committedItems::contains).count();
            d.commitments.values().forEach(a::commitment);
            acc.add(a);
        }

        Figures figures() {
            return acc.figures();
        }
    }

    Data data(long campaignId, String department) {
        Data d = new Data();
        d.forums = forums.forums(campaignId, department);
        d.attendance = minutes.validatedAttendance(d.forums.stream().map(ForumFacts::id).toList());
        for (Object r : em.createNativeQuery("select forum_id, count(*), sum(satisfaction), sum(listened), "
                + "sum(answered), sum(would_return) from forum_feedback where campaign_id = ?1 and department = ?2 "
                + "group by forum_id").setParameter(1, campaignId).setParameter(2, department).getResultList()) {
            Object[] row = (Object[]) r;
            double[] v = new double[5];
            for (int i = 0; i < 5; i++) {
                v[i] = row[i + 1] == null ? 0 : ((Number) row[i + 1]).doubleValue();
            }
            d.feedback.put(((Number) row[0]).longValue(), v);
        }
        d.synthesisVersion = synthesis.followableVersion(campaignId, department).orElse(null);
        for (SynthesisQueries.Item i : synthesis.followableItems(campaignId, department)) {
            if (i.isProposal()) {
                Set<Long> from = new HashSet<>();
                i.sources().forEach(s -> {
                    if (s.forumId() != null) {
                        from.add(s.forumId());
                    }
                });
                d.proposals.put(i.id(), from);
            }
        }
        for (Commitment c : Commitment.listByDepartment(campaignId, department)) {
            Set<Long> fs = new HashSet<>();
            c.statements.forEach(s -> {
                if (s.forumId() != null) {
                    fs.add(s.forumId());
                }
            });
            c.items.forEach(i -> d.committedItems.add(i.synthesisItemId()));
            d.commitments.put(c.id, new IndicatorSums.CommitmentFacts(c.dueOn, c.doneOn, c.status, fs));
        }
        return d;
    }
}
