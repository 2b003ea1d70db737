package fr.parlonsen.forum;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.parlonsen.campaign.Campaign;
import fr.parlonsen.campaign.CampaignForms.CampaignView;
import fr.parlonsen.campaign.CampaignService;
import fr.parlonsen.forum.Catchments.Names;
import fr.parlonsen.forum.ForumForms.ForumSummary;
import fr.parlonsen.forum.ForumForms.Named;
import fr.parlonsen.forum.ForumPermissions.Action;
import fr.parlonsen.kernel.DomainError.Invalid;
import fr.parlonsen.kernel.French;
import fr.parlonsen.security.AppUser;
import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.security.Role;
import fr.parlonsen.territory.Department;
import fr.parlonsen.web.FieldErrors;

/**
 * The planning page of a département: its forums filtered and sorted ({@link PlanningFilter}) with what the user
 * may do to each, the coverage and its map (canton labels, a marker per forum), and the same list as CSV.
 */
@ApplicationScoped
public class PlanningScreen {
    @Inject
    ForumService forums;
    @Inject
    CoverageService coverage;
    @Inject
    fr.parlonsen.territory.CantonMap cantonMap;
    @Inject
    CampaignService campaigns;
    @Inject
    Catchments catchments;
    @Inject
    ForumPermissions permissions;
    @Inject
    fr.parlonsen.territory.TerritoryQueries territory;

    /**
     * The planning page: the forums that pass the filter (in its order) with what the user may do to each, then
     * the coverage of the whole département. {@code total} counts the forums before filtering.
     */
    public record Planning(CampaignView campaign, String department, String departmentName,
            List<PlanningRow> rows, int total, PlanningFilter filter, FilterOptions filterOptions,
            Coverage coverage, Map<Long, String> titles, boolean mayCreate,
            String mapSvg, List<fr.parlonsen.territory.LegendEntry<fr.parlonsen.territory.MapState>> mapLegend,
            int forumsOnMap, List<String> notices) {
        public String title(Long id) {
            return titles.getOrDefault(id, "n° " + id);
        }

        /** The page itself, without query. */
        public String getPath() {
            return "/gestion/campagnes/" + campaign.id() + "/departements/" + department + "/forums";
        }

        /** The page with the current filter: where row actions come back to. */
        public String getHere() {
            return getPath() + filter.query();
        }

        public String getCsvHref() {
            return "/gestion/campagnes/" + campaign.id() + "/departements/" + department + "/forums.csv"
                    + filter.query();
        }

        public String sortHref(String sort) {
            return getPath() + filter.querySortedBy(sort);
        }

        /** "3 forums sur 12" when filtered, "12 forums" otherwise. */
        public String getCountLabel() {
            String shown = French.count(rows.size(), "forum", "forums");
            return rows.size() == total ? shown : shown + " sur " + French.number(total);
        }

        public FieldErrors getFilterErrors() {
            return new FieldErrors(filter.violations());
        }
    }

    /** One line of the planning list and the actions the user may take on it. */
    public record PlanningRow(ForumSummary forum, String arrondissementNames, boolean mayEdit, boolean mayPublish,
            boolean mayHold, boolean mayCancel) {
        public boolean hasActions() {
            return mayEdit || mayPublish || mayHold || mayCancel;
        }

        /** "Forum de Laon (5 avril 2009)", for the names of its action buttons. */
        public String getLongTitle() {
            return forum.title() + " (" + French.date(forum.startsAt()) + ")";
        }
    }

    /** The choices of the filter form. */
    public record FilterOptions(List<Named> statuses, List<Named> arrondissements, List<Named> cantons,
            List<Named> communes, List<Named> sorts) {
    }

    @Transactional
    public Planning planning(CurrentUser user, String campaign, String department, PlanningFilter.Raw raw,
            List<String> notices) {
        List<ForumSummary> all = forums.list(user, campaign, department);
        Campaign c = campaigns.find(campaign);
        Names names = catchments.namesIn(department);
        PlanningFilter filter = PlanningFilter.read(raw, names, defaultArrondissement(user, department, names));
        List<PlanningRow> rows = rows(user, c, department, all, filter, names);
        Coverage cov = coverage.coverage(user, campaign, department);
        Map<Long, String> titles = all.stream().collect(Collectors.toMap(ForumSummary::id,
                f -> f.title() + " (" + French.date(f.startsAt()) + ")"));
        Map<String, fr.parlonsen.territory.MapState> states = cov.mapStates();
        List<fr.parlonsen.territory.CantonMap.ForumMarker> markers = markers(department, all);
        String svg = cantonMap.svg(department, states, "Couverture des cantons par les forums",
                cantonNumbers(cov), markers).orElse(null);
        return new Planning(CampaignView.of(c), department, name(department), rows, all.size(), filter,
                filterOptions(names), cov, titles, permissions.may(user, Action.CREATE, department), svg,
                svg == null ? List.of() : cantonMap.legend(department, states), markers.size(), notices);
    }

    /** The planning list as a CSV for a spreadsheet: the same forums, filter and order as the page. */
    @Transactional
    public String planningCsv(CurrentUser user, String campaign, String department, PlanningFilter.Raw raw) {
        List<ForumSummary> all = forums.list(user, campaign, department);
        Campaign c = campaigns.find(campaign);
        Names names = catchments.namesIn(department);
        PlanningFilter filter = PlanningFilter.read(raw, names, defaultArrondissement(user, department, names));
        if (filter.hasViolations()) {
            throw new Invalid(filter.violations());
        }
        Map<String, String> people = AppUser.listByDepartment(department).stream()
                .collect(Collectors.toMap(u -> u.username, u -> u.displayName, (a, b) -> a));
        List<List<String>> lines = new java.util.ArrayList<>();
        for (PlanningRow r : rows(user, c, department, all, filter, names)) {
            ForumSummary f = r.forum();
            lines.add(java.util.Arrays.asList(f.startsAt().atZoneSameInstant(French.PARIS).toLocalDate().toString(),
                    French.time(f.startsAt()), French.time(f.endsAt()), f.title(), f.statusLabel(), f.venue().name(),
                    f.venue().communeName() == null ? "" : f.venue().communeName(),
                    f.catchmentNames().stream().map(Named::name).collect(Collectors.joining(", ")),
                    String.valueOf(f.communesCovered()), r.arrondissementNames(),
                    f.facilitators().stream().map(u -> people.getOrDefault(u, u)).collect(Collectors.joining(", "))));
        }
        return fr.parlonsen.export.CsvWriter.table(';', true, List.of("Date", "Début", "Fin", "Forum", "Statut",
                "Lieu", "Commune du lieu", "Zone couverte", "Communes couvertes", "Arrondissements", "Animateurs"),
                lines);
    }

    /** Canton code → its number in the canton table ("1", "2"…), the labels of the map where a name does not fit. */
    static Map<String, String> cantonNumbers(Coverage cov) {
        Map<String, String> numbers = new java.util.HashMap<>();
        for (int i = 0; i < cov.cantonStatuses().size(); i++) {
            numbers.put(cov.cantonStatuses().get(i).code(), String.valueOf(i + 1));
        }
        return numbers;
    }

    /** One marker per forum not cancelled, in the (first) canton of its place's commune. */
    private List<fr.parlonsen.territory.CantonMap.ForumMarker> markers(String department, List<ForumSummary> all) {
        Map<String, String> cantonOf = new java.util.HashMap<>();
        territory.cantonCommunes(department).forEach((canton, communes) ->
                communes.forEach(commune -> cantonOf.putIfAbsent(commune, canton)));
        return all.stream().filter(f -> !"cancelled".equals(f.status()) && cantonOf.containsKey(f.venue().communeCode()))
                .map(f -> new fr.parlonsen.territory.CantonMap.ForumMarker(cantonOf.get(f.venue().communeCode()),
                        f.title() + ", " + French.date(f.startsAt()) + " (" + f.statusLabel().toLowerCase(java.util.Locale.FRENCH) + ")"))
                .toList();
    }

    /** A sous-préfet opens the list on their own arrondissement (the first, if they have several). */
    static String defaultArrondissement(CurrentUser user, String department, Names names) {
        if (!user.has(Role.SOUS_PREFET) || !user.belongsTo(department) || user.has(Role.PREFECTURE)
                || user.has(Role.ADMIN)) {
            return "";
        }
        return user.arrondissements().stream().filter(names.arrondissements()::containsKey).sorted().findFirst()
                .orElse("");
    }

    private List<PlanningRow> rows(CurrentUser user, Campaign c, String department, List<ForumSummary> all,
            PlanningFilter filter, Names names) {
        Map<Long, java.util.Set<String>> communes = new java.util.HashMap<>();
        if (filter.canton() != null || filter.commune() != null) {
            Forum.listByCampaignAndDepartment(c.id, department).forEach(f -> communes.put(f.id, f.communes));
        }
        java.util.Set<String> cantonCommunes = filter.canton() == null ? java.util.Set.of()
                : territory.cantonCommunes(department).getOrDefault(filter.canton(), java.util.Set.of());
        java.util.function.Predicate<ForumSummary> keep = f -> {
            if (filter.status() != null && !filter.status().equals(f.status())) return false;
            if (filter.arrondissement() != null && !filter.arrondissement().isEmpty()
                    && !f.arrondissements().contains(filter.arrondissement())) return false;
            java.time.LocalDate day = f.startsAt().atZoneSameInstant(French.PARIS).toLocalDate();
            if (filter.from() != null && day.isBefore(filter.from())) return false;
            if (filter.to() != null && day.isAfter(filter.to())) return false;
            java.util.Set<String> covered = communes.getOrDefault(f.id(), java.util.Set.of());
            if (filter.canton() != null && covered.stream().noneMatch(cantonCommunes::contains)
                    && !cantonCommunes.contains(f.venue().communeCode())) return false;
            if (filter.commune() != null && !covered.contains(filter.commune())
                    && !filter.commune().equals(f.venue().communeCode())) return false;
            return true;
        };
        java.util.Comparator<ForumSummary> byDate = java.util.Comparator.comparing(ForumSummary::startsAt)
                .thenComparing(ForumSummary::id);
        java.util.Comparator<ForumSummary> order = switch (filter.sort()) {
            case DATE -> byDate;
            case COMMUNE -> java.util.Comparator.comparing((ForumSummary f) -> PlanningFilter.fold(
                    f.venue().communeName() == null ? "" : f.venue().communeName())).thenComparing(byDate);
            case STATUS -> java.util.Comparator.comparing((ForumSummary f) -> ForumStatus.fromCode(f.status()).ordinal())
                    .thenComparing(byDate);
        };
        return all.stream().filter(keep).sorted(order).map(f -> {
            java.util.Set<String> arr = java.util.Set.copyOf(f.arrondissements());
            boolean open = !"cancelled".equals(f.status()) && !"held".equals(f.status());
            String arrNames = f.arrondissements().stream().map(a -> names.arrondissements().getOrDefault(a, a))
                    .collect(Collectors.joining(", "));
            return new PlanningRow(f, arrNames,
                    !"cancelled".equals(f.status()) && permissions.may(user, Action.UPDATE, department, arr),
                    "draft".equals(f.status()) && permissions.may(user, Action.PUBLISH, department, arr),
                    "published".equals(f.status()) && permissions.may(user, Action.HOLD, department, arr),
                    open && permissions.may(user, Action.CANCEL, department, arr));
        }).toList();
    }

    private static FilterOptions filterOptions(Names names) {
        Function<Map<String, String>, List<Named>> named = m -> m.entrySet().stream()
                .map(e -> new Named(e.getKey(), e.getValue())).toList();
        List<Named> statuses = java.util.Arrays.stream(ForumStatus.values()).map(s -> new Named(s.code, s.label))
                .toList();
        List<Named> sorts = java.util.Arrays.stream(PlanningFilter.Sort.values())
                .map(s -> new Named(s.code, s.label)).toList();
        return new FilterOptions(statuses, named.apply(names.arrondissements()), named.apply(names.cantons()),
                named.apply(names.communes()), sorts);
    }

    private static String name(String department) {
        return Department.findByCode(department).map(d -> d.name).orElse(department);
    }
}
