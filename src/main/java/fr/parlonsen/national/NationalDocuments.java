package fr.parlonsen.national;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
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

import fr.parlonsen.campaign.Campaign;
import fr.parlonsen.export.Annex;
import fr.parlonsen.export.AnnexBlock;
import fr.parlonsen.export.BlocMarque;
import fr.parlonsen.export.Chart;
import fr.parlonsen.export.ChartKind;
import fr.parlonsen.export.Cover;
import fr.parlonsen.export.Figure;
import fr.parlonsen.export.FrenchFormat;
import fr.parlonsen.export.Item;
import fr.parlonsen.export.MapImage;
import fr.parlonsen.export.MapLegendEntry;
import fr.parlonsen.export.MapShape;
import fr.parlonsen.export.SynthesisDocument;
import fr.parlonsen.national.NationalService.Expanded;
import fr.parlonsen.national.NationalViews.DepartmentFigures;
import fr.parlonsen.national.NationalViews.NationalFigures;
import fr.parlonsen.national.NationalViews.ProgressRow;
import fr.parlonsen.national.NationalViews.Source;
import fr.parlonsen.synthesis.DocumentParts;
import fr.parlonsen.synthesis.Synthesis;
import fr.parlonsen.territory.DepartmentMap;
import fr.parlonsen.territory.DeptState;

/**
 * What the national synthesis document says, as rows: the Ministry's letter-form cover, the method, the national
 * figures, participants per département and points per theme, the map of départements by progress (their borders,
 * Paris and Lyon included, overseas insets), the sections by theme with the départements and forums each point
 * comes from, the assessment and signature, and one annex table of every département that transmitted. Built with
 * the same blocks as the departmental document ({@link DocumentParts}).
 */
@ApplicationScoped
public class NationalDocuments {
    static final String MINISTRY = "Ministère de l'Intérieur";

    @Inject
    NationalService service;
    @Inject
    NationalProgress progress;
    @Inject
    DepartmentMap departmentMap;
    @Inject
    EntityManager em;
    @Inject
    fr.parlonsen.forum.ForumQueries forumQueries;

    /** A forum as a source is cited: its title and date. */
    private record ForumName(String title, LocalDateTime startsAt) {
        String label() {
            return title + (startsAt == null ? "" : ", " + FrenchFormat.date(startsAt.toLocalDate()));
        }
    }

    public SynthesisDocument of(Synthesis s) {
        Campaign campaign = Campaign.findById(s.campaignId);
        NationalFigures f = service.figures(s);
        Map<String, String> names = new HashMap<>();
        f.byDepartment().forEach(d -> names.put(d.department(), d.name()));
        Instant at = s.builtAt == null ? Instant.EPOCH : s.builtAt;
        LocalDate date = at.atZone(NationalProgress.PARIS).toLocalDate();
        Cover cover = new Cover(BlocMarque.ministry(MINISTRY), MINISTRY, "Synthèse nationale",
                "« " + campaign.title + " »", date,
                DocumentParts.versionLabel(s, "par la délégation à la prospective et à la stratégie", date),
                DocumentParts.draft(s), List.of("Monsieur le ministre de l'Intérieur"),
                "Synthèse nationale de la consultation « " + campaign.title + " »",
                "Consultation " + campaign.code + " — synthèse nationale, version " + s.version
                        + " — établie par la DPS et la DICOM à partir de " + FrenchFormat.count(f.departments(),
                                "synthèse départementale") + " transmise" + (f.departments() > 1 ? "s" : ""));
        List<Figure> figs = List.of(
                new Figure("Départements ayant transmis leur synthèse", FrenchFormat.number(f.departments()) + " sur "
                        + FrenchFormat.number(f.departmentsTotal())),
                new Figure("Forums organisés", FrenchFormat.number(f.forums())),
                new Figure("Forums tenus", FrenchFormat.number(f.held())),
                new Figure("Participants", FrenchFormat.number(f.participants())),
                new Figure("Questions", FrenchFormat.number(f.questions())),
                new Figure("Communes couvertes", FrenchFormat.number(f.coverage().communesCovered()) + " sur "
                        + FrenchFormat.number(f.coverage().communesTotal()) + " ("
                        + FrenchFormat.percent(f.coverage().percent()) + ")"));
        List<Expanded> items = service.expand(s);
        List<Chart> charts = new ArrayList<>();
        List<DepartmentFigures> top = f.byDepartment().stream()
                .sorted(Comparator.comparingInt(DepartmentFigures::participants).reversed()
                        .thenComparing(DepartmentFigures::department)).limit(20).toList();
        if (top.stream().filter(d -> d.participants() > 0).count() >= 2) {
            charts.add(new Chart(top.size() < f.byDepartment().size() ? "Participants par département (20 premiers)"
                    : "Participants par département", ChartKind.BAR,
                    top.stream().map(DepartmentFigures::name).toList(),
                    top.stream().map(d -> (Number) d.participants()).toList(),
                    "Participants aux forums, par département : " + String.join(", ",
                            top.stream().map(d -> d.name() + " " + FrenchFormat.number(d.participants())).toList()) + "."));
        }
        DocumentParts.themeChart(campaign, items.stream().map(Expanded::item).toList()).ifPresent(charts::add);
        Map<Long, ForumName> forums = forumNames(s.campaignId);
        return new SynthesisDocument(cover, method(f), figs, charts, map(campaign),
                DocumentParts.sections(campaign, items, Expanded::item, e -> item(campaign, e, names, forums)),
                Optional.of(DocumentParts.conclusion(s, "Appréciation de la délégation",
                        "Le délégué à la prospective et à la stratégie", date)),
                annexes(f, items, names, forums));
    }

    private static List<String> method(NationalFigures f) {
        return List.of(
                FrenchFormat.count(f.departments(), "département") + " sur " + FrenchFormat.number(f.departmentsTotal())
                        + (f.departments() > 1 ? " ont" : " a") + " transmis leur synthèse départementale, validée par "
                        + "le préfet. Ces départements ont organisé " + FrenchFormat.count(f.forums(), "forum public")
                        + ", dont " + FrenchFormat.number(f.held()) + " tenus, qui ont réuni "
                        + FrenchFormat.count(f.participants(), "participant") + " ; "
                        + FrenchFormat.count(f.questions(), "question") + " y ont été recueillies.",
                "La synthèse nationale regroupe les points semblables des synthèses départementales : pour chacun sont "
                        + "indiqués les départements et le nombre de réunions où il a été entendu, et ses sources, "
                        + "jusqu'aux forums. Les chiffres de chaque département figurent en annexe.");
    }

    private static Item item(Campaign campaign, Expanded e, Map<String, String> names, Map<Long, ForumName> forums) {
        String weight = FrenchFormat.count(e.departments().size(), "département") + ", "
                + FrenchFormat.count(e.meetings(), "réunion")
                + (e.questions() > 0 ? ", " + FrenchFormat.count(e.questions(), "question") : "");
        List<String> places = e.departments().stream().map(d -> names.getOrDefault(d, d)).toList();
        Set<String> refs = new LinkedHashSet<>();
        e.sources().forEach(src -> refs.add(sourceLabel(src, names, forums)));
        return new Item(DocumentParts.topicTitle(campaign, e.item().topic), e.item().text, weight, String.join(", ", places),
                List.copyOf(refs), DocumentParts.mentionsLine(e.item().mentions.size(), "point départemental classé",
                        "points départementaux classés"));
    }

    /** "Aisne — Forum de Laon, 17 mars 2009", "Aisne — question d'un citoyen", never a database id. */
    private static String sourceLabel(Source src, Map<String, String> names, Map<Long, ForumName> forums) {
        String dep = names.getOrDefault(src.department(), src.department());
        ForumName forum = src.forumId() == null ? null : forums.get(src.forumId());
        if (src.questionId() != null) {
            return dep + " — question d'un citoyen" + (forum == null ? " (site de la consultation)" : " (" + forum.label() + ")");
        }
        if (forum != null) {
            return dep + " — " + forum.label();
        }
        return dep + " — synthèse départementale";
    }

    private static List<Annex> annexes(NationalFigures f, List<Expanded> items, Map<String, String> names,
            Map<Long, ForumName> forums) {
        List<Annex> out = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (DepartmentFigures d : f.byDepartment()) {
            rows.add(List.of(d.name() + "\n" + (d.regionName() == null ? "" : d.regionName()),
                    "version " + d.synthesisVersion() + (d.transmittedAt() == null ? ""
                            : "\ntransmise le " + FrenchFormat.date(d.transmittedAt().atZone(NationalProgress.PARIS)
                                    .toLocalDate())),
                    FrenchFormat.number(d.held()) + " sur " + FrenchFormat.number(d.forums()),
                    FrenchFormat.number(d.participants()), FrenchFormat.number(d.questions()),
                    FrenchFormat.number(d.communesCovered()) + " sur " + FrenchFormat.number(d.communesTotal())));
        }
        out.add(new Annex("Annexe 1 — Les départements et leur synthèse", List.of(new AnnexBlock.Table(
                "Synthèses départementales transmises (" + FrenchFormat.number(f.byDepartment().size()) + ")",
                List.of("Département", "Synthèse", "Forums tenus", "Participants", "Questions", "Communes couvertes"),
                rows))));
        List<AnnexBlock> removed = new ArrayList<>();
        for (Expanded e : items) {
            if (e.item().deleted) {
                Set<String> refs = new LinkedHashSet<>();
                e.sources().forEach(src -> refs.add(sourceLabel(src, names, forums)));
                removed.add(new AnnexBlock.Paragraph(e.item().text + " — écarté : " + e.item().deleteReason + " ("
                        + String.join(" ; ", refs) + ")"));
            }
        }
        if (!removed.isEmpty()) {
            out.add(new Annex("Annexe 2 — Éléments écartés de la synthèse, avec leur motif", removed));
        }
        return out;
    }

    /** The départements by progress, drawn with their borders (Paris and Lyon filled in) and overseas insets. */
    Optional<MapImage> map(Campaign campaign) {
        List<ProgressRow> rows = progress.compute(campaign, LocalDate.now(NationalProgress.PARIS));
        Map<String, DeptState> states = new LinkedHashMap<>();
        rows.forEach(r -> states.put(r.department(), DeptState.valueOf(r.state())));
        return departmentMap.drawn(states).map(drawn -> {
            List<MapShape> shapes = drawn.stream().map(d -> new MapShape("",
                    d.rings().stream().map(ring -> toPoints(ring)).toList(), d.state().colour())).toList();
            Map<DeptState, Integer> counts = new LinkedHashMap<>();
            drawn.forEach(d -> counts.merge(d.state(), 1, Integer::sum));
            List<MapLegendEntry> legend = new ArrayList<>();
            for (DeptState st : DeptState.values()) {
                legend.add(new MapLegendEntry(st.label() + " (" + counts.getOrDefault(st, 0) + ")", st.colour()));
            }
            return MapImage.planar("Avancement des départements", shapes, legend,
                    "Carte des " + drawn.size() + " départements, outre-mer en encadrés, selon l'avancement de leur "
                            + "synthèse : " + String.join(" ; ", counts.entrySet().stream()
                                    .map(e -> e.getKey().label() + " " + e.getValue()).toList()) + ".");
        });
    }

    /** A ring stored as x0, y0, x1, y1… into points. */
    private static List<double[]> toPoints(double[] ring) {
        List<double[]> points = new ArrayList<>(ring.length / 2);
        for (int i = 0; i + 1 < ring.length; i += 2) {
            points.add(new double[] {ring[i], ring[i + 1]});
        }
        return points;
    }

    private Map<Long, ForumName> forumNames(long campaignId) {
        Map<Long, ForumName> out = new HashMap<>();
        forumQueries.titlesAndStarts(campaignId).forEach((id, f) -> out.put(id, new ForumName(f.title(), f.startsAt())));
        return out;
    }
}
