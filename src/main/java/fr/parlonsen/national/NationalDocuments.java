package fr.parlonsen.national;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import fr.parlonsen.campaign.Campaign;
import fr.parlonsen.campaign.Topic;
import fr.parlonsen.export.Annex;
import fr.parlonsen.export.AnnexBlock;
import fr.parlonsen.export.Chart;
import fr.parlonsen.export.ChartKind;
import fr.parlonsen.export.Cover;
import fr.parlonsen.export.Figure;
import fr.parlonsen.export.Item;
import fr.parlonsen.export.MapImage;
import fr.parlonsen.export.MapLegendEntry;
import fr.parlonsen.export.MapShape;
import fr.parlonsen.export.Section;
import fr.parlonsen.export.Subsection;
import fr.parlonsen.export.SynthesisDocument;
import fr.parlonsen.national.NationalService.Expanded;
import fr.parlonsen.national.NationalViews.DepartmentFigures;
import fr.parlonsen.national.NationalViews.NationalFigures;
import fr.parlonsen.national.NationalViews.ProgressRow;
import fr.parlonsen.national.NationalViews.Source;
import fr.parlonsen.synthesis.Synthesis;
import fr.parlonsen.synthesis.SynthesisSection;
import fr.parlonsen.territory.CantonContours;
import fr.parlonsen.territory.CantonShape;
import fr.parlonsen.territory.DeptState;

/**
 * What the national synthesis document says, as rows: the Ministry's cover, the national figures, participants
 * per département (top 20) and items per theme, the map of départements by progress, the sections by theme with
 * their sources down to the forums' minutes items, and one annex per département with its figures.
 */
@ApplicationScoped
public class NationalDocuments {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE);

    @Inject
    NationalService service;
    @Inject
    NationalProgress progress;
    @Inject
    CantonContours contours;
    @Inject
    EntityManager em;

    public SynthesisDocument of(Synthesis s) {
        Campaign campaign = Campaign.findById(s.campaignId);
        NationalFigures f = service.figures(s);
        Map<String, String> names = new HashMap<>();
        f.byDepartment().forEach(d -> names.put(d.department(), d.name()));
        Instant at = s.builtAt == null ? Instant.EPOCH : s.builtAt;
        Cover cover = new Cover("Ministère de l'Intérieur", "Synthèse nationale",
                "« " + campaign.title + " »", at.atZone(NationalProgress.PARIS).toLocalDate(),
                "Version " + s.version + " — projet de la délégation à la prospective et à la stratégie");
        List<Figure> figs = List.of(
                new Figure("Départements ayant transmis leur synthèse", f.departments() + " sur " + f.departmentsTotal()),
                new Figure("Forums organisés", fmt(f.forums())),
                new Figure("Forums tenus", fmt(f.held())),
                new Figure("Participants", fmt(f.participants())),
                new Figure("Questions", fmt(f.questions())),
                new Figure("Communes couvertes", fmt(f.coverage().communesCovered()) + " sur "
                        + fmt(f.coverage().communesTotal()) + " (" + f.coverage().percent() + " %)"));
        List<Expanded> items = service.expand(s);
        List<Chart> charts = new ArrayList<>();
        List<DepartmentFigures> top = f.byDepartment().stream()
                .sorted(Comparator.comparingInt(DepartmentFigures::participants).reversed()
                        .thenComparing(DepartmentFigures::department)).limit(20).toList();
        if (!top.isEmpty()) {
            charts.add(new Chart("Participants par département (20 premiers)", ChartKind.BAR,
                    top.stream().map(d -> d.name() + " (" + d.department() + ")").toList(),
                    top.stream().map(d -> (Number) d.participants()).toList(),
                    "Participants aux forums, par département : " + String.join(", ",
                            top.stream().map(d -> d.name() + " " + d.participants()).toList()) + "."));
        }
        Map<String, Integer> perTheme = new LinkedHashMap<>();
        campaign.themes.forEach(t -> perTheme.put(t.title, 0));
        items.stream().filter(e -> !e.item().deleted)
                .forEach(e -> perTheme.merge(themeTitle(campaign, e.item().topic), 1, Integer::sum));
        charts.add(new Chart("Éléments de synthèse par thème", ChartKind.BAR, List.copyOf(perTheme.keySet()),
                perTheme.values().stream().map(v -> (Number) v).toList(),
                "Nombre d'éléments par thème : " + String.join(", ",
                        perTheme.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()) + "."));
        Map<Long, String> forumTitles = forumTitles(s.campaignId);
        return new SynthesisDocument(cover, figs, charts, map(campaign), sections(campaign, items, names, forumTitles),
                annexes(f));
    }

    private List<Section> sections(Campaign campaign, List<Expanded> items, Map<String, String> names,
            Map<Long, String> forumTitles) {
        List<Section> out = new ArrayList<>();
        for (SynthesisSection sec : SynthesisSection.values()) {
            Map<String, List<Item>> byTheme = new LinkedHashMap<>();
            campaign.themes.forEach(t -> byTheme.put(t.title, new ArrayList<>()));
            for (Expanded e : items) {
                if (!e.item().section.equals(sec.code) || e.item().deleted) {
                    continue;
                }
                byTheme.computeIfAbsent(themeTitle(campaign, e.item().topic), k -> new ArrayList<>())
                        .add(item(campaign, e, names, forumTitles, null));
            }
            List<Subsection> subs = new ArrayList<>();
            byTheme.forEach((theme, list) -> {
                if (!list.isEmpty()) {
                    subs.add(new Subsection(theme, list));
                }
            });
            out.add(new Section(sec.title, subs));
        }
        List<Item> removed = items.stream().filter(e -> e.item().deleted)
                .map(e -> item(campaign, e, names, forumTitles, "Écarté : " + e.item().deleteReason)).toList();
        if (!removed.isEmpty()) {
            out.add(new Section("Éléments écartés, avec leur motif", List.of(new Subsection("Traçabilité", removed))));
        }
        return out;
    }

    private static Item item(Campaign campaign, Expanded e, Map<String, String> names, Map<Long, String> forumTitles,
            String weight) {
        String w = weight != null ? weight
                : plural(e.departments().size(), "département") + ", " + plural(e.meetings(), "réunion")
                        + (e.questions() > 0 ? ", " + plural(e.questions(), "question") : "");
        return new Item(topicPrefix(campaign, e.item().topic) + e.item().text, w,
                e.sources().stream().map(src -> sourceLabel(src, names, forumTitles)).toList());
    }

    /** "Aisne (02) — forum « Forum de Laon » — élément [12]". */
    static String sourceLabel(Source src, Map<String, String> names, Map<Long, String> forumTitles) {
        String dep = names.getOrDefault(src.department(), src.department()) + " (" + src.department() + ")";
        if (src.questionId() != null) {
            return dep + " — question citoyenne n° " + src.questionId()
                    + (src.forumId() == null ? "" : " (forum « " + forumTitles.getOrDefault(src.forumId(), "?") + " »)");
        }
        if (src.forumId() != null) {
            return dep + " — forum « " + forumTitles.getOrDefault(src.forumId(), "?") + " » — élément [" + src.itemId()
                    + "]";
        }
        return dep + " — élément de synthèse départementale [" + src.synthesisItemId() + "]";
    }

    private List<Annex> annexes(NationalFigures f) {
        List<Annex> out = new ArrayList<>();
        for (DepartmentFigures d : f.byDepartment()) {
            List<AnnexBlock.KeyValue> rows = new ArrayList<>();
            rows.add(new AnnexBlock.KeyValue("Région", d.regionName() == null ? "—" : d.regionName()));
            rows.add(new AnnexBlock.KeyValue("Synthèse départementale", "version " + d.synthesisVersion()
                    + (d.transmittedAt() == null ? "" : ", transmise le "
                            + DAY.format(d.transmittedAt().atZone(NationalProgress.PARIS)))));
            rows.add(new AnnexBlock.KeyValue("Forums organisés", fmt(d.forums())));
            rows.add(new AnnexBlock.KeyValue("Forums tenus", fmt(d.held())));
            rows.add(new AnnexBlock.KeyValue("Participants", fmt(d.participants())));
            rows.add(new AnnexBlock.KeyValue("Questions", fmt(d.questions())));
            rows.add(new AnnexBlock.KeyValue("Éléments des comptes rendus", fmt(d.minutesItems())));
            rows.add(new AnnexBlock.KeyValue("Communes couvertes", fmt(d.communesCovered()) + " sur "
                    + fmt(d.communesTotal())));
            rows.add(new AnnexBlock.KeyValue("Population couverte", fmt(d.populationCovered()) + " habitants sur "
                    + fmt(d.populationTotal())));
            out.add(new Annex("Annexe — " + d.name() + " (" + d.department() + ")",
                    List.of(new AnnexBlock.KeyValues(rows))));
        }
        return out;
    }

    /** Metropolitan départements coloured by progress, drawn from their canton contours; none without contours. */
    Optional<MapImage> map(Campaign campaign) {
        List<ProgressRow> rows = progress.compute(campaign, LocalDate.now(NationalProgress.PARIS));
        List<MapShape> shapes = new ArrayList<>();
        for (ProgressRow r : rows) {
            if (r.department().length() == 3) {
                continue; // DROM: another scale, listed in the text alternative and the annexes
            }
            DeptState state = DeptState.valueOf(r.state());
            for (CantonShape c : contours.cantons(r.department())) {
                shapes.add(new MapShape("", c.rings().stream().map(ring -> List.of(ring)).toList(), state.colour()));
            }
        }
        if (shapes.isEmpty()) {
            return Optional.empty();
        }
        List<MapLegendEntry> legend = new ArrayList<>();
        Map<DeptState, Integer> counts = new LinkedHashMap<>();
        rows.forEach(r -> counts.merge(DeptState.valueOf(r.state()), 1, Integer::sum));
        for (DeptState st : DeptState.values()) {
            legend.add(new MapLegendEntry(st.label() + " (" + counts.getOrDefault(st, 0) + ")", st.colour()));
        }
        return Optional.of(new MapImage("Avancement des départements", shapes, legend,
                "Carte de France métropolitaine des départements selon l'avancement de leur synthèse : "
                        + String.join(" ; ", counts.entrySet().stream()
                                .map(e -> e.getKey().label() + " " + e.getValue()).toList())
                        + ". Les départements d'outre-mer figurent dans les annexes."));
    }

    private Map<Long, String> forumTitles(long campaignId) {
        Map<Long, String> out = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, title from forum where campaign_id = ?1")
                .setParameter(1, campaignId).getResultList();
        rows.forEach(r -> out.put(((Number) r[0]).longValue(), (String) r[1]));
        return out;
    }

    private static String themeTitle(Campaign campaign, String topic) {
        return Optional.ofNullable(topic).flatMap(campaign::topic).map(t -> t.theme.title).orElse("Hors thème");
    }

    private static String topicPrefix(Campaign campaign, String topic) {
        return Optional.ofNullable(topic).flatMap(campaign::topic).map((Topic t) -> t.title + " — ").orElse("");
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n > 1 ? "s" : "");
    }

    private static String fmt(long n) {
        return java.text.NumberFormat.getIntegerInstance(Locale.FRANCE).format(n);
    }
}
