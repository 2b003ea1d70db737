package fr.parlonsen.national;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fr.parlonsen.kernel.DomainError.Forbidden;
import fr.parlonsen.kernel.DomainError.Invalid;
import fr.parlonsen.campaign.Campaign;
import fr.parlonsen.campaign.CampaignService;
import fr.parlonsen.national.NationalPermissions.Action;
import fr.parlonsen.national.NationalViews.Coverage;
import fr.parlonsen.national.NationalViews.ForumCounts;
import fr.parlonsen.national.NationalViews.MinutesCounts;
import fr.parlonsen.national.NationalViews.ProgressRow;
import fr.parlonsen.national.NationalViews.SynthesisProgress;
import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.forum.ForumQueries;
import fr.parlonsen.minutes.MinutesQueries;
import fr.parlonsen.synthesis.SynthesisQueries;
import fr.parlonsen.territory.DeptState;
import fr.parlonsen.territory.TerritoryQueries;

/**
 * Where every département stands in a campaign: forums, minutes, coverage, synthesis and lateness. Six grouped
 * queries whatever the number of départements and forums; no query per département.
 */
@ApplicationScoped
public class NationalProgress {
    static final ZoneId PARIS = fr.parlonsen.kernel.French.PARIS;

    @Inject
    NationalPermissions permissions;
    @Inject
    CampaignService campaigns;
    @Inject
    EntityManager em;
    @Inject
    ForumQueries forumQueries;
    @Inject
    MinutesQueries minutesQueries;
    @Inject
    SynthesisQueries synthesisQueries;
    @Inject
    TerritoryQueries territory;

    /** Filters of the page and the API; null means no filter. */
    public record Filter(String region, String status, Boolean lateOnly) {
        public static final Filter NONE = new Filter(null, null, null);
    }

    /** Sort keys of the page (French, as in its query string). */
    public enum Sort {
        departement(Comparator.comparing(ProgressRow::department)),
        nom(Comparator.comparing(ProgressRow::name, java.text.Collator.getInstance(java.util.Locale.FRENCH))),
        region(Comparator.comparing((ProgressRow r) -> r.regionName() == null ? "" : r.regionName())
                .thenComparing(ProgressRow::department)),
        forums(Comparator.comparingInt((ProgressRow r) -> r.forums().planned()).thenComparing(ProgressRow::department)),
        tenus(Comparator.comparingInt((ProgressRow r) -> r.forums().held()).thenComparing(ProgressRow::department)),
        comptesrendus(Comparator.comparingInt((ProgressRow r) -> r.minutes().validated())
                .thenComparing(ProgressRow::department)),
        couverture(Comparator.comparingDouble((ProgressRow r) -> r.coverage().percent())
                .thenComparing(ProgressRow::department)),
        statut(Comparator.comparingInt((ProgressRow r) -> statusRank(r.synthesis().status()))
                .thenComparing(ProgressRow::department)),
        retard(Comparator.comparing((ProgressRow r) -> r.synthesis().late() ? 0 : 1)
                .thenComparing(ProgressRow::department));

        final Comparator<ProgressRow> comparator;

        Sort(Comparator<ProgressRow> comparator) {
            this.comparator = comparator;
        }

        public static Sort of(String s) {
            if (s == null || s.isBlank()) {
                return departement;
            }
            try {
                return valueOf(s);
            } catch (IllegalArgumentException e) {
                throw new Invalid("tri", "Tri inconnu : « " + s + " ».");
            }
        }
    }

    static int statusRank(String status) {
        return switch (status) {
            case "none" -> 0;
            case "draft" -> 1;
            case "validated" -> 2;
            default -> 3;
        };
    }

    public record Result(Campaign campaign, LocalDate asOf, List<ProgressRow> rows) {
    }

    @Transactional
    public Result progress(CurrentUser user, String campaignRef, LocalDate asOf, Filter filter, Sort sort,
            boolean descending) {
        check(user);
        Campaign campaign = campaigns.find(campaignRef);
        LocalDate today = asOf == null ? LocalDate.now(PARIS) : asOf;
        List<ProgressRow> rows = compute(campaign, today);
        Filter f = filter == null ? Filter.NONE : filter;
        rows = rows.stream()
                .filter(r -> f.region() == null || f.region().isBlank() || f.region().equals(r.region()))
                .filter(r -> f.status() == null || f.status().isBlank() || f.status().equals(r.synthesis().status()))
                .filter(r -> !Boolean.TRUE.equals(f.lateOnly()) || r.synthesis().late())
                .sorted(descending ? sort.comparator.reversed() : sort.comparator).toList();
        return new Result(campaign, today, rows);
    }

    void check(CurrentUser user) {
        if (!permissions.may(user, Action.PROGRESS)) {
            throw new Forbidden("Le suivi national est réservé à l'équipe nationale (DPS, DICOM).");
        }
    }

    /** The 101 départements of metropolitan France and the DROM, in code order. */
    List<ProgressRow> compute(Campaign campaign, LocalDate today) {
        long c = campaign.id;
        Map<String, int[]> forums = new HashMap<>(); // planned, published, held
        Map<String, int[]> minutes = new HashMap<>(); // submitted (or validated), validated
        List<ForumQueries.Status> planned = forumQueries.statuses(c);
        Map<Long, String> minutesStatus = minutesQueries.statuses(planned.stream().map(ForumQueries.Status::id).toList());
        for (ForumQueries.Status f : planned) {
            String m = minutesStatus.get(f.id());
            String status = "validated".equals(m) ? "held" : f.status();
            int[] a = forums.computeIfAbsent(f.department(), k -> new int[3]);
            a[0]++;
            if ("published".equals(status) || "held".equals(status)) {
                a[1]++;
            }
            if ("held".equals(status)) {
                a[2]++;
            }
            if ("submitted".equals(m) || "validated".equals(m)) {
                int[] mi = minutes.computeIfAbsent(f.department(), k -> new int[2]);
                mi[0]++;
                if ("validated".equals(m)) {
                    mi[1]++;
                }
            }
        }
        Map<String, Integer> communes = territory.communeCounts();
        Map<String, Integer> covered = territory.communeCountsAmong(forumQueries.coveredCommunes(c));
        Map<String, SynthesisQueries.Latest> syntheses = synthesisQueries.latestDepartmental(c);
        List<ProgressRow> out = new ArrayList<>();
        for (TerritoryQueries.DepartmentRow d : territory.departments()) {
            String code = d.code();
            int[] fo = forums.getOrDefault(code, new int[3]);
            int[] mi = minutes.getOrDefault(code, new int[2]);
            int total = communes.getOrDefault(code, 0);
            int cov = covered.getOrDefault(code, 0);
            SynthesisQueries.Latest s = syntheses.get(code);
            String status = s == null ? "none" : s.status();
            Instant firstTx = s == null ? null : s.firstTransmittedAt();
            LocalDate due = campaign.synthesisDueOn;
            String lateReason = null;
            if (due != null) {
                if (firstTx == null && today.isAfter(due)) {
                    lateReason = "not-transmitted";
                } else if (firstTx != null && firstTx.atZone(PARIS).toLocalDate().isAfter(due)) {
                    lateReason = "transmitted-late";
                }
            }
            SynthesisProgress sp = new SynthesisProgress(status, s == null ? null : s.version(),
                    s == null ? null : s.transmittedVersion(), due, firstTx, lateReason != null, lateReason);
            DeptState state = state(fo, mi, status, firstTx != null, "not-transmitted".equals(lateReason));
            out.add(new ProgressRow(code, d.name(), d.region(), d.regionName(),
                    new ForumCounts(fo[0], fo[1], fo[2]), new MinutesCounts(mi[0], mi[1]),
                    new Coverage(total == 0 ? 0 : Math.round(1000.0 * cov / total) / 10.0, cov, total), sp,
                    state.name(), state.label()));
        }
        return out;
    }

    /** The map's colour: late (not transmitted after the due date) first, then how far it went. */
    static DeptState state(int[] forums, int[] minutes, String status, boolean transmitted, boolean lateNotTransmitted) {
        if (transmitted) {
            return DeptState.TRANSMITTED;
        }
        if (lateNotTransmitted) {
            return DeptState.LATE;
        }
        if ("validated".equals(status)) {
            return DeptState.SYNTHESIS_VALIDATED;
        }
        if (forums[2] > 0 || minutes[0] > 0 || "draft".equals(status)) {
            return DeptState.IN_PROGRESS;
        }
        if (forums[0] > 0) {
            return DeptState.PLANNING;
        }
        return DeptState.NOT_STARTED;
    }

    public static Map<String, DeptState> states(List<ProgressRow> rows) {
        Map<String, DeptState> out = new LinkedHashMap<>();
        rows.forEach(r -> out.put(r.department(), DeptState.valueOf(r.state())));
        return out;
    }

    /** The table as CSV: UTF-8 with a BOM, semicolons, for a spreadsheet (the one CSV writer, formulas neutralised). */
    public static byte[] csv(List<ProgressRow> rows) {
        List<String> header = List.of("Département", "Nom", "Région", "Forums prévus", "Forums publiés",
                "Forums tenus", "Comptes rendus transmis", "Comptes rendus validés", "Couverture (%)",
                "Communes couvertes", "Communes", "Synthèse", "Version", "Échéance", "Transmise le", "En retard",
                "Motif du retard", "État");
        List<List<String>> lines = new ArrayList<>();
        for (ProgressRow r : rows) {
            var s = r.synthesis();
            lines.add(java.util.Arrays.asList(r.department(), r.name(), r.regionName(),
                    String.valueOf(r.forums().planned()), String.valueOf(r.forums().published()),
                    String.valueOf(r.forums().held()), String.valueOf(r.minutes().submitted()),
                    String.valueOf(r.minutes().validated()),
                    String.valueOf(r.coverage().percent()).replace('.', ','),
                    String.valueOf(r.coverage().communesCovered()), String.valueOf(r.coverage().communesTotal()),
                    NationalExtensions.statusLabel(s.status()), s.version() == null ? "" : s.version().toString(),
                    s.dueOn() == null ? "" : s.dueOn().toString(),
                    s.transmittedAt() == null ? "" : s.transmittedAt().atZone(PARIS).toLocalDateTime().withNano(0).toString(),
                    s.late() ? "oui" : "non", NationalExtensions.lateLabel(s.lateReason()), r.stateLabel()));
        }
        return fr.parlonsen.export.CsvWriter.table(';', true, header, lines).getBytes(StandardCharsets.UTF_8);
    }

    static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    static Instant instant(Object o) {
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof java.time.LocalDateTime l) {
            return Timestamp.valueOf(l).toInstant();
        }
        return Optional.ofNullable(o).map(x -> Instant.parse(x.toString())).orElse(null);
    }
}
