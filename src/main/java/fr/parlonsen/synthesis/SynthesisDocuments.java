package fr.parlonsen.synthesis;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
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
import fr.parlonsen.export.Section;
import fr.parlonsen.export.Subsection;
import fr.parlonsen.export.SynthesisDocument;
import fr.parlonsen.synthesis.SynthesisViews.ArrondissementFigures;
import fr.parlonsen.synthesis.SynthesisViews.Figures;
import fr.parlonsen.territory.Department;

/**
 * What the departmental synthesis document says, as rows: cover, figures, charts, the sections by theme with
 * their sources, and every meeting's minutes as annexes. How it is written is the export package's business.
 */
@ApplicationScoped
public class SynthesisDocuments {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRANCE);
    static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH 'h' mm", Locale.FRANCE);

    @Inject
    EntityManager em;
    @Inject
    SynthesisSources sources;
    @Inject
    SynthesisService service;
    @Inject
    CoverageMaps maps;

    public SynthesisDocument of(Synthesis s) {
        Campaign campaign = Campaign.findById(s.campaignId);
        Department dep = Department.findByCode(s.department).orElseThrow();
        Figures figures = service.figures(s);
        Map<Long, String> forumTitles = sources.forumTitles(s.campaignId, s.department);
        Cover cover = new Cover("Préfecture " + dep.withPreposition(), "Synthèse départementale — " + dep.name,
                "« " + campaign.title + " »", date(s), versionLabel(s));
        List<Figure> figs = List.of(
                new Figure("Forums organisés", fmt(figures.forums())),
                new Figure("Forums tenus", fmt(figures.held())),
                new Figure("Participants", fmt(figures.participants())),
                new Figure("Questions", fmt(figures.questions())),
                new Figure("Communes couvertes", fmt(figures.coverage().communesCovered()) + " sur "
                        + fmt(figures.coverage().communesTotal()) + " (" + figures.coverage().percent() + " %)"),
                new Figure("Population couverte", fmt(figures.coverage().populationCovered()) + " habitants sur "
                        + fmt(figures.coverage().populationTotal())));
        List<Chart> charts = new ArrayList<>();
        List<ArrondissementFigures> arrs = figures.arrondissements();
        if (!arrs.isEmpty()) {
            charts.add(new Chart("Participation par arrondissement", ChartKind.BAR,
                    arrs.stream().map(ArrondissementFigures::name).toList(),
                    arrs.stream().map(a -> (Number) a.participants()).toList(),
                    "Participants aux forums par arrondissement : " + String.join(", ",
                            arrs.stream().map(a -> a.name() + " " + a.participants()).toList()) + "."));
        }
        Map<String, Integer> perTheme = new LinkedHashMap<>();
        campaign.themes.forEach(t -> perTheme.put(t.title, 0));
        for (SynthesisItem i : s.items) {
            if (!i.deleted) {
                perTheme.merge(themeTitle(campaign, i.topic), 1, Integer::sum);
            }
        }
        perTheme.entrySet().removeIf(e -> e.getValue() == 0 && !campaign.themes.stream().anyMatch(t -> t.title.equals(e.getKey())));
        charts.add(new Chart("Éléments de synthèse par thème", ChartKind.BAR, List.copyOf(perTheme.keySet()),
                perTheme.values().stream().map(v -> (Number) v).toList(),
                "Nombre d'éléments par thème : " + String.join(", ",
                        perTheme.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()) + "."));
        return new SynthesisDocument(cover, figs, charts, maps.coverageMap(s.campaignId, s.department),
                sections(s, campaign, forumTitles), annexes(s, campaign));
    }

    private List<Section> sections(Synthesis s, Campaign campaign, Map<Long, String> forumTitles) {
        List<Section> out = new ArrayList<>();
        for (SynthesisSection sec : SynthesisSection.values()) {
            Map<String, List<Item>> byTheme = new LinkedHashMap<>();
            campaign.themes.forEach(t -> byTheme.put(t.title, new ArrayList<>()));
            for (SynthesisItem i : s.items) {
                if (!i.section.equals(sec.code) || i.deleted) {
                    continue;
                }
                DraftItem d = i.toDraft();
                byTheme.computeIfAbsent(themeTitle(campaign, i.topic), k -> new ArrayList<>())
                        .add(new Item(topicPrefix(campaign, i.topic, i.topicConfirmed()) + i.text, weightLabel(d),
                                i.sources.stream().sorted(SourceRef.ORDER).map(r -> sourceLabel(r, forumTitles)).toList()));
            }
            List<Subsection> subs = new ArrayList<>();
            byTheme.forEach((theme, items) -> {
                if (!items.isEmpty()) {
                    subs.add(new Subsection(theme, items));
                }
            });
            out.add(new Section(sec.title, subs));
        }
        List<Item> removed = s.items.stream().filter(i -> i.deleted).map(i -> new Item(i.text,
                "Écarté : " + i.deleteReason, i.sources.stream().sorted(SourceRef.ORDER)
                        .map(r -> sourceLabel(r, forumTitles)).toList())).toList();
        if (!removed.isEmpty()) {
            out.add(new Section("Éléments écartés, avec leur motif", List.of(new Subsection("Traçabilité", removed))));
        }
        return out;
    }

    private List<Annex> annexes(Synthesis s, Campaign campaign) {
        List<Annex> out = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> forums = em.createNativeQuery("""
                select f.id, f.title, f.starts_at, f.venue_name, c.name, m.status, m.attendance_total, m.started_at,
                       m.ended_at, m.summary, m.attendance_public, m.attendance_elus, m.attendance_associations,
                       m.attendance_police_nationale, m.attendance_gendarmerie, m.attendance_police_municipale,
                       m.attendance_autres
                from forum f left join minutes m on m.forum_id = f.id left join commune c on c.code = f.venue_commune
                where f.campaign_id = ?1 and f.department = ?2 and f.status <> 'cancelled' order by f.starts_at, f.id""")
                .setParameter(1, s.campaignId).setParameter(2, s.department).getResultList();
        for (Object[] f : forums) {
            long forumId = ((Number) f[0]).longValue();
            List<AnnexBlock> blocks = new ArrayList<>();
            LocalDateTime start = toDateTime(f[2]);
            List<AnnexBlock.KeyValue> rows = new ArrayList<>();
            rows.add(new AnnexBlock.KeyValue("Date", start == null ? "—" : DAY.format(start)));
            rows.add(new AnnexBlock.KeyValue("Lieu", nz(f[3]) + (f[4] == null ? "" : ", " + f[4])));
            if (f[5] == null || !"validated".equals(f[5])) {
                rows.add(new AnnexBlock.KeyValue("Compte rendu", f[5] == null ? "non saisi" : "non validé à ce jour"));
                blocks.add(new AnnexBlock.KeyValues(rows));
                out.add(new Annex("Forum n° " + forumId + " — " + f[1], blocks));
                continue;
            }
            LocalDateTime from = toDateTime(f[7]);
            LocalDateTime to = toDateTime(f[8]);
            rows.add(new AnnexBlock.KeyValue("Horaires", (from == null ? "—" : HOUR.format(from)) + " – "
                    + (to == null ? "—" : HOUR.format(to))));
            rows.add(new AnnexBlock.KeyValue("Participants", nz(f[6])));
            String[] labels = { "Public", "Élus", "Associations", "Police nationale", "Gendarmerie", "Police municipale", "Autres" };
            for (int k = 0; k < labels.length; k++) {
                if (f[10 + k] != null) {
                    rows.add(new AnnexBlock.KeyValue("dont " + labels[k].toLowerCase(Locale.FRANCE), nz(f[10 + k])));
                }
            }
            blocks.add(new AnnexBlock.KeyValues(rows));
            if (f[9] != null && !((String) f[9]).isBlank()) {
                blocks.add(new AnnexBlock.Heading("Synthèse des échanges"));
                blocks.add(new AnnexBlock.Paragraph((String) f[9]));
            }
            addItems(blocks, campaign, forumId);
            out.add(new Annex("Forum n° " + forumId + " — " + f[1], blocks));
        }
        return out;
    }

    private void addItems(List<AnnexBlock> blocks, Campaign campaign, long forumId) {
        @SuppressWarnings("unchecked")
        List<Object[]> items = em.createNativeQuery("""
                select id, kind, text, answer, topic from minutes_item where forum_id = ?1 and superseded_at is null
                order by kind, position, id""")
                .setParameter(1, forumId).getResultList();
        Map<String, String> headings = new LinkedHashMap<>();
        headings.put("topic_note", "Échanges par sous-thème");
        headings.put("question", "Questions posées et réponses apportées");
        headings.put("strength", "Points forts");
        headings.put("weakness", "Points faibles");
        headings.put("proposal", "Propositions");
        for (Map.Entry<String, String> h : headings.entrySet()) {
            List<Object[]> ofKind = items.stream().filter(i -> h.getKey().equals(i[1])).toList();
            if (ofKind.isEmpty()) {
                continue;
            }
            blocks.add(new AnnexBlock.Heading(h.getValue()));
            for (Object[] i : ofKind) {
                String text = "[" + ((Number) i[0]).longValue() + "] " + topicPrefix(campaign, (String) i[4]) + i[2];
                blocks.add(new AnnexBlock.Paragraph(text));
                if (i[3] != null && !((String) i[3]).isBlank()) {
                    blocks.add(new AnnexBlock.Paragraph("Réponse : " + i[3]));
                }
            }
        }
    }

    static String sourceLabel(SourceRef r, Map<Long, String> forumTitles) {
        if (r.isQuestion()) {
            return "Question citoyenne n° " + r.questionId()
                    + (r.forumId() == null ? "" : " (forum « " + forumTitles.getOrDefault(r.forumId(), "?") + " »)");
        }
        return "Forum n° " + r.forumId() + " « " + forumTitles.getOrDefault(r.forumId(), "?") + " » — élément ["
                + r.itemId() + "]";
    }

    static String weightLabel(DraftItem d) {
        List<String> parts = new ArrayList<>();
        if (d.meetings() > 0) {
            parts.add(d.meetings() + (d.meetings() > 1 ? " réunions" : " réunion"));
        }
        if (d.questions() > 0) {
            parts.add(d.questions() + (d.questions() > 1 ? " questions" : " question"));
        }
        return String.join(", ", parts);
    }

    private static String themeTitle(Campaign campaign, String topic) {
        return Optional.ofNullable(topic).flatMap(campaign::topic).map(t -> t.theme.title).orElse("Hors thème");
    }

    /** "Sub-topic (thème suggéré) — " while no person confirmed the topic. */
    private static String topicPrefix(Campaign campaign, String topic, boolean confirmed) {
        return Optional.ofNullable(topic).flatMap(campaign::topic)
                .map((Topic t) -> t.title + (confirmed ? "" : " (thème suggéré)") + " — ").orElse("");
    }

    private static String topicPrefix(Campaign campaign, String topic) {
        return Optional.ofNullable(topic).flatMap(campaign::topic).map((Topic t) -> t.title + " — ").orElse("");
    }

    static LocalDate date(Synthesis s) {
        Instant at = s.transmittedAt != null ? s.transmittedAt : s.validatedAt != null ? s.validatedAt : s.builtAt;
        return at == null ? LocalDate.of(2009, 5, 22) : at.atZone(PARIS).toLocalDate();
    }

    private static String versionLabel(Synthesis s) {
        return "Version " + s.version + " — " + switch (s.status) {
            case Synthesis.TRANSMITTED -> "transmise";
            case Synthesis.VALIDATED -> "validée par la préfecture";
            default -> "projet";
        };
    }

    private static LocalDateTime toDateTime(Object o) {
        if (o instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime();
        }
        if (o instanceof LocalDateTime l) {
            return l;
        }
        return null;
    }

    private static String nz(Object o) {
        return o == null ? "—" : o.toString();
    }

    private static String fmt(long n) {
        return java.text.NumberFormat.getIntegerInstance(Locale.FRANCE).format(n);
    }
}
