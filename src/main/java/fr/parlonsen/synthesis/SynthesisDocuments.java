package fr.parlonsen.synthesis;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.parlonsen.campaign.Campaign;
import fr.parlonsen.campaign.Topic;
import fr.parlonsen.export.Annex;
import fr.parlonsen.export.AnnexBlock;
import fr.parlonsen.export.BlocMarque;
import fr.parlonsen.export.Chart;
import fr.parlonsen.export.ChartKind;
import fr.parlonsen.export.Conclusion;
import fr.parlonsen.export.Cover;
import fr.parlonsen.export.Figure;
import fr.parlonsen.export.FrenchFormat;
import fr.parlonsen.export.Item;
import fr.parlonsen.export.Section;
import fr.parlonsen.export.Signature;
import fr.parlonsen.export.Subsection;
import fr.parlonsen.export.SynthesisDocument;
import fr.parlonsen.synthesis.SynthesisSources.ForumRow;
import fr.parlonsen.synthesis.SynthesisSources.MinutesLine;
import fr.parlonsen.synthesis.SynthesisSources.QuestionRow;
import fr.parlonsen.synthesis.SynthesisViews.ArrondissementFigures;
import fr.parlonsen.synthesis.SynthesisViews.Figures;
import fr.parlonsen.territory.Department;

/**
 * What the departmental synthesis document says, as rows: the préfet's letter-form cover, the method, figures and
 * charts, the sections by theme with the places and readable sources of each point, the préfet's assessment and
 * signature, and the annexes (every forum in a table, the minutes of each held forum, the citizens' questions with
 * their answers). How it is written is the export package's business.
 */
@ApplicationScoped
public class SynthesisDocuments {
    static final ZoneId PARIS = fr.parlonsen.kernel.French.PARIS;
    static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("H 'h' mm", Locale.FRANCE);
    /** Addressees of every departmental synthesis (the circular's). */
    public static final List<String> ADDRESSEES = List.of(
            "Ministère de l'Intérieur — Délégation à la prospective et à la stratégie (DPS)",
            "Ministère de l'Intérieur — Délégation à l'information et à la communication (DICOM)");
    private static final String[] ATTENDANCE = {"public", "élus", "associations", "police nationale", "gendarmerie",
        "police municipale", "autres"};

    @Inject
    SynthesisSources sources;
    @Inject
    SynthesisService service;
    @Inject
    CoverageMaps maps;
    @Inject
    @jakarta.enterprise.inject.Any
    jakarta.enterprise.inject.Instance<SynthesisDocumentPart> parts;

    public SynthesisDocument of(Synthesis s) {
        Campaign campaign = Campaign.findById(s.campaignId);
        Department dep = Department.findByCode(s.department).orElseThrow();
        Figures figures = service.figures(s);
        List<ForumRow> forums = sources.forumRows(s.campaignId, s.department);
        List<MinutesLine> lines = sources.minutesLines(s.campaignId, s.department);
        List<QuestionRow> questions = sources.publishedQuestions(s.campaignId, s.department);
        References refs = new References(forums, lines, questions);
        LocalDate date = date(s);
        Cover cover = new Cover(BlocMarque.prefect(dep.withPreposition()), "Préfecture " + dep.withPreposition(),
                "Synthèse départementale — " + dep.name, "« " + campaign.title + " »", date, versionLabel(s),
                DocumentParts.draft(s), ADDRESSEES,
                "Synthèse des forums publics de la consultation « " + campaign.title + " » "
                        + dep.withPreposition(),
                "Consultation " + campaign.code + " — synthèse " + s.department + ", version " + s.version
                        + (campaign.synthesisDueOn == null ? "" : " — attendue le "
                                + FrenchFormat.date(campaign.synthesisDueOn)));
        List<String> method = new ArrayList<>(method(forums, lines, questions, figures));
        if (s.items.stream().anyMatch(i -> !i.deleted && !i.mentions.isEmpty())) {
            method.add(MENTIONS_METHOD);
        }
        List<Figure> keyFigures = new ArrayList<>(figures(figures));
        parts().forEach(p -> {
            SynthesisDocumentPart.Contribution c = p.contribution(s.campaignId, s.department);
            method.addAll(c.method());
            keyFigures.addAll(c.figures());
        });
        return new SynthesisDocument(cover, method, keyFigures,
                charts(campaign, s, figures), maps.coverageMap(s.campaignId, s.department),
                sections(s, campaign, refs), Optional.of(conclusion(s, dep, date)),
                annexes(s, campaign, forums, lines, questions, refs));
    }

    private List<SynthesisDocumentPart> parts() {
        return parts.stream().sorted(java.util.Comparator.comparingInt(SynthesisDocumentPart::position)).toList();
    }

    // -- method

    private List<String> method(List<ForumRow> forums, List<MinutesLine> lines, List<QuestionRow> questions,
            Figures figures) {
        List<String> out = new ArrayList<>();
        List<ForumRow> held = forums.stream().filter(ForumRow::held).toList();
        long cancelled = forums.stream().filter(f -> "cancelled".equals(f.status())).count();
        Set<String> places = new LinkedHashSet<>();
        Set<String> cantons = new LinkedHashSet<>();
        held.forEach(f -> {
            if (f.commune() != null) {
                places.add(f.commune());
            }
            cantons.addAll(f.cantons());
        });
        StringBuilder first = new StringBuilder();
        first.append(FrenchFormat.count(forums.size() - cancelled, "forum public")).append(forums.size() - cancelled > 1
                ? " ont été organisés" : " a été organisé");
        if (!held.isEmpty()) {
            first.append(" ; ").append(FrenchFormat.number(held.size())).append(held.size() > 1 ? " se sont tenus" : " s'est tenu")
                    .append(" du ").append(FrenchFormat.date(held.get(0).startsAt().toLocalDate())).append(" au ")
                    .append(FrenchFormat.date(held.get(held.size() - 1).startsAt().toLocalDate()));
            if (!places.isEmpty()) {
                first.append(", à ").append(FrenchFormat.and(List.copyOf(places)));
            }
            if (!cantons.isEmpty()) {
                first.append(", pour ").append(FrenchFormat.count(cantons.size(), "canton"));
            }
        }
        if (cancelled > 0) {
            first.append(" ; ").append(FrenchFormat.number(cancelled)).append(cancelled > 1 ? " ont été annulés" : " a été annulé");
        }
        out.add(first.append(". Les communes concernées représentent ")
                .append(FrenchFormat.percent(figures.coverage().percent())).append(" des communes du département et ")
                .append(FrenchFormat.number(figures.coverage().populationCovered())).append(" habitants.").toString());
        int[] attendance = new int[ATTENDANCE.length];
        int total = 0;
        for (ForumRow f : held) {
            if (f.minutesValidated()) {
                total += f.attendance() == null ? 0 : f.attendance();
                for (int k = 0; k < attendance.length; k++) {
                    Integer v = f.breakdown().get(k);
                    attendance[k] += v == null ? 0 : v;
                }
            }
        }
        List<String> who = new ArrayList<>();
        for (int k = 0; k < attendance.length; k++) {
            if (attendance[k] > 0) {
                who.add(ATTENDANCE[k] + " " + FrenchFormat.number(attendance[k]));
            }
        }
        out.add("Ces réunions ont rassemblé " + FrenchFormat.count(total, "participant")
                + (who.isEmpty() ? "" : " (" + String.join(", ", who) + ")") + ", d'après les comptes rendus validés.");
        long validated = held.stream().filter(ForumRow::minutesValidated).count();
        out.add("Chaque forum a fait l'objet d'un compte rendu rédigé par son animateur et validé par la préfecture ("
                + FrenchFormat.number(validated) + " sur " + FrenchFormat.number(held.size()) + " forums tenus) ; les "
                + "questions posées en séance y figurent avec la réponse apportée. Les citoyens ont aussi pu écrire sur "
                + "le site de la consultation : " + (questions.isEmpty() ? "aucune question n'a été publiée."
                        : FrenchFormat.count(questions.size(), "question") + " "
                                + (questions.size() > 1 ? "ont été publiées" : "a été publiée") + " après modération, avec "
                                + (questions.size() > 1 ? "leur" : "sa") + " réponse."));
        out.add("Les points ci-après regroupent les propos semblables : pour chacun sont indiqués le nombre de réunions "
                + "et de questions où il a été entendu, les lieux où il a été relevé et ses sources, qui renvoient aux "
                + "comptes rendus et aux questions annexés (" + FrenchFormat.count(lines.size(), "élément")
                + " de compte rendu au total).");
        return out;
    }

    // -- figures and charts

    private static List<Figure> figures(Figures figures) {
        return List.of(
                new Figure("Forums organisés", FrenchFormat.number(figures.forums())),
                new Figure("Forums tenus", FrenchFormat.number(figures.held())),
                new Figure("Participants", FrenchFormat.number(figures.participants())),
                new Figure("Questions", FrenchFormat.number(figures.questions())),
                new Figure("Communes couvertes", FrenchFormat.number(figures.coverage().communesCovered()) + " sur "
                        + FrenchFormat.number(figures.coverage().communesTotal()) + " ("
                        + FrenchFormat.percent(figures.coverage().percent()) + ")"),
                new Figure("Population couverte", FrenchFormat.number(figures.coverage().populationCovered())
                        + " habitants sur " + FrenchFormat.number(figures.coverage().populationTotal())));
    }

    /** Only charts that compare something: at least two bars with a value. */
    private List<Chart> charts(Campaign campaign, Synthesis s, Figures figures) {
        List<Chart> charts = new ArrayList<>();
        List<ArrondissementFigures> arrs = figures.arrondissements();
        if (arrs.stream().filter(a -> a.participants() > 0).count() >= 2) {
            charts.add(new Chart("Participation par arrondissement", ChartKind.BAR,
                    arrs.stream().map(ArrondissementFigures::name).toList(),
                    arrs.stream().map(a -> (Number) a.participants()).toList(),
                    "Participants aux forums par arrondissement : " + String.join(", ",
                            arrs.stream().map(a -> a.name() + " " + FrenchFormat.number(a.participants())).toList()) + "."));
        }
        DocumentParts.themeChart(campaign, s.items).ifPresent(charts::add);
        return charts;
    }

    // -- sections

    private static List<Section> sections(Synthesis s, Campaign campaign, References refs) {
        return DocumentParts.sections(campaign, s.items, i -> i, i -> item(i, campaign, refs));
    }

    private static Item item(SynthesisItem i, Campaign campaign, References refs) {
        DraftItem d = i.toDraft();
        List<SourceRef> sorted = i.sources.stream().sorted(SourceRef.ORDER).toList();
        return new Item(label(i, campaign), i.text, weightLabel(d), refs.places(sorted),
                sorted.stream().map(refs::label).toList(), mentionsLine(i.mentions.size()));
    }

    /**
     * The point's few words: its sub-topic (marked "thème suggéré" until a person confirmed it) until the grouping
     * gives a label of its own.
     */
    private static String label(SynthesisItem i, Campaign campaign) {
        String topic = DocumentParts.topicTitle(campaign, i.topic);
        return topic.isEmpty() || i.topicConfirmed() ? topic : topic + " (thème suggéré)";
    }

    // -- conclusion

    private static Conclusion conclusion(Synthesis s, Department dep, LocalDate date) {
        return DocumentParts.conclusion(s, "Appréciation du préfet", "Le préfet " + dep.withPreposition(), date);
    }

    // -- annexes

    private List<Annex> annexes(Synthesis s, Campaign campaign, List<ForumRow> forums, List<MinutesLine> lines,
            List<QuestionRow> questions, References refs) {
        List<Annex> out = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (ForumRow f : forums) {
            rows.add(List.of(f.startsAt() == null ? "—" : FrenchFormat.date(f.startsAt().toLocalDate()),
                    f.title() + place(f), f.cantons().isEmpty() ? "—" : String.join(", ", f.cantons()),
                    f.minutesValidated() && f.attendance() != null ? FrenchFormat.number(f.attendance()) : "—",
                    status(f)));
        }
        out.add(new Annex(refs.forumsAnnex(), List.of(new AnnexBlock.Table(
                "Forums de la consultation (" + FrenchFormat.number(forums.size()) + "), par date",
                List.of("Date", "Forum et lieu", "Cantons", "Participants", "Statut"), rows))));
        for (ForumRow f : forums) {
            if (f.held() && f.minutesValidated()) {
                out.add(new Annex(refs.minutesAnnex(f.id()), minutes(f, campaign,
                        lines.stream().filter(l -> l.forumId() == f.id()).toList())));
            }
        }
        if (!questions.isEmpty()) {
            List<List<String>> qrows = new ArrayList<>();
            for (QuestionRow q : questions) {
                String where = q.forumId() == null ? "site de la consultation" : refs.forumName(q.forumId());
                qrows.add(List.of(refs.questionNumber(q.id()) + "\n"
                        + (q.submittedAt() == null ? "" : FrenchFormat.date(q.submittedAt().toLocalDate()) + "\n") + where,
                        topicPrefix(campaign, q.topic()) + q.text(),
                        q.answer() == null || q.answer().isBlank() ? "Sans réponse à ce jour." : q.answer()));
            }
            out.add(new Annex(refs.questionsAnnex(), List.of(new AnnexBlock.Table(
                    "Questions publiées après modération (" + FrenchFormat.number(questions.size()) + ")",
                    List.of("Question", "Texte", "Réponse"), qrows))));
        }
        List<AnnexBlock> removed = new ArrayList<>();
        for (SynthesisItem i : s.items) {
            if (i.deleted) {
                removed.add(new AnnexBlock.Paragraph(i.text + " — écarté : " + i.deleteReason + " ("
                        + String.join(" ; ", i.sources.stream().sorted(SourceRef.ORDER).map(refs::label).toList()) + ")"));
            }
        }
        if (!removed.isEmpty()) {
            out.add(new Annex("Annexe " + (out.size() + 1) + " — Éléments écartés de la synthèse, avec leur motif", removed));
        }
        return out;
    }

    private static String place(ForumRow f) {
        String venue = f.venue() == null ? "" : f.venue();
        String commune = f.commune() == null ? "" : f.commune();
        String both = venue.isEmpty() ? commune : commune.isEmpty() ? venue : venue + ", " + commune;
        return both.isEmpty() ? "" : "\n" + both;
    }

    private static String status(ForumRow f) {
        return switch (f.held() ? "held" : f.status()) {
            case "held" -> f.minutesValidated() ? "Tenu, compte rendu validé" : "Tenu, compte rendu en attente";
            case "cancelled" -> "Annulé";
            default -> "Annoncé, non tenu";
        };
    }

    private static List<AnnexBlock> minutes(ForumRow f, Campaign campaign, List<MinutesLine> lines) {
        List<AnnexBlock> blocks = new ArrayList<>();
        List<AnnexBlock.KeyValue> rows = new ArrayList<>();
        rows.add(new AnnexBlock.KeyValue("Date", f.startsAt() == null ? "—" : FrenchFormat.date(f.startsAt().toLocalDate())));
        if (f.startedAt() != null || f.endedAt() != null) {
            rows.add(new AnnexBlock.KeyValue("Horaires", (f.startedAt() == null ? "—" : HOUR.format(f.startedAt())) + " – "
                    + (f.endedAt() == null ? "—" : HOUR.format(f.endedAt()))));
        }
        rows.add(new AnnexBlock.KeyValue("Lieu", place(f).strip().isEmpty() ? "—" : place(f).strip()));
        if (!f.cantons().isEmpty()) {
            rows.add(new AnnexBlock.KeyValue(f.cantons().size() > 1 ? "Cantons" : "Canton", String.join(", ", f.cantons())));
        }
        rows.add(new AnnexBlock.KeyValue("Participants", f.attendance() == null ? "—" : FrenchFormat.number(f.attendance())));
        for (int k = 0; k < ATTENDANCE.length; k++) {
            Integer v = f.breakdown().get(k);
            if (v != null) {
                rows.add(new AnnexBlock.KeyValue("dont " + ATTENDANCE[k], FrenchFormat.number(v)));
            }
        }
        blocks.add(new AnnexBlock.KeyValues(rows));
        if (f.summary() != null && !f.summary().isBlank()) {
            blocks.add(new AnnexBlock.Heading("Synthèse des échanges"));
            blocks.add(new AnnexBlock.Paragraph(f.summary()));
        }
        for (Map.Entry<String, String[]> kind : References.KINDS.entrySet()) {
            List<MinutesLine> ofKind = lines.stream().filter(l -> kind.getKey().equals(l.kind())).toList();
            if (ofKind.isEmpty()) {
                continue;
            }
            blocks.add(new AnnexBlock.Heading(kind.getValue()[1]));
            int n = 0;
            for (MinutesLine l : ofKind) {
                n++;
                blocks.add(new AnnexBlock.Paragraph(capitalise(kind.getValue()[0]) + " " + n + " — "
                        + topicPrefix(campaign, l.topic()) + l.text()));
                if (l.answer() != null && !l.answer().isBlank()) {
                    blocks.add(new AnnexBlock.Paragraph("Réponse : " + l.answer()));
                }
            }
        }
        return blocks;
    }

    /**
     * Readable references: a forum by its title and date, a minutes item by its kind and number in that forum's
     * annexed minutes, a question by its number in the questions annex. Never a database id.
     */
    static final class References {
        /** Minutes item kinds: code → {singular used in references, heading in the annex}. */
        static final Map<String, String[]> KINDS = new LinkedHashMap<>();

        static {
            KINDS.put("topic_note", new String[] {"échange", "Échanges par sous-thème"});
            KINDS.put("question", new String[] {"question", "Questions posées et réponses apportées"});
            KINDS.put("strength", new String[] {"point fort", "Points forts"});
            KINDS.put("weakness", new String[] {"point faible", "Points faibles"});
            KINDS.put("proposal", new String[] {"proposition", "Propositions"});
        }

        private final Map<Long, ForumRow> forums = new LinkedHashMap<>();
        private final Map<Long, String> itemLabels = new LinkedHashMap<>();
        private final Map<Long, String> questionNumbers = new LinkedHashMap<>();
        private final Map<Long, Long> questionForums = new LinkedHashMap<>();
        private final Map<Long, Integer> minutesAnnexes = new LinkedHashMap<>();
        private final int questionsAnnex;

        References(List<ForumRow> forumRows, List<MinutesLine> lines, List<QuestionRow> questions) {
            forumRows.forEach(f -> forums.put(f.id(), f));
            int annex = 1;
            for (ForumRow f : forumRows) {
                if (f.held() && f.minutesValidated()) {
                    minutesAnnexes.put(f.id(), ++annex);
                }
            }
            questionsAnnex = annex + 1;
            Map<String, Integer> counters = new LinkedHashMap<>();
            for (MinutesLine l : lines) {
                int n = counters.merge(l.forumId() + "/" + l.kind(), 1, Integer::sum);
                String kind = KINDS.getOrDefault(l.kind(), new String[] {"élément", ""})[0];
                itemLabels.put(l.id(), forumName(l.forumId()) + " — " + kind + " " + n);
            }
            int q = 0;
            for (QuestionRow row : questions) {
                questionNumbers.put(row.id(), "Q" + (++q));
                if (row.forumId() != null) {
                    questionForums.put(row.id(), row.forumId());
                }
            }
        }

        String forumName(long forumId) {
            ForumRow f = forums.get(forumId);
            if (f == null) {
                return "forum annulé ou retiré";
            }
            return f.title() + (f.startsAt() == null ? "" : ", " + FrenchFormat.date(f.startsAt().toLocalDate()));
        }

        String label(SourceRef r) {
            if (r.isQuestion()) {
                String number = questionNumbers.get(r.questionId());
                return number == null ? "question citoyenne retirée depuis"
                        : "question citoyenne " + number + " (annexe " + questionsAnnex + ")";
            }
            String label = itemLabels.get(r.itemId());
            return label != null ? label : forumName(r.forumId()) + " — élément retiré du compte rendu depuis";
        }

        /** "Laon (17 mars 2009), Soissons (2 avril 2009), site de la consultation". */
        String places(List<SourceRef> refs) {
            Set<Long> forumIds = new LinkedHashSet<>();
            boolean online = false;
            for (SourceRef r : refs) {
                Long forum = r.isQuestion() ? questionForums.get(r.questionId()) : r.forumId();
                if (forum != null) {
                    forumIds.add(forum);
                } else {
                    online = true;
                }
            }
            List<String> out = new ArrayList<>();
            forumIds.stream().map(forums::get).filter(f -> f != null)
                    .sorted(java.util.Comparator.comparing(ForumRow::startsAt, java.util.Comparator.nullsLast(
                            java.util.Comparator.naturalOrder())))
                    .forEach(f -> out.add((f.commune() == null ? f.title() : f.commune())
                            + (f.startsAt() == null ? "" : " (" + FrenchFormat.date(f.startsAt().toLocalDate()) + ")")));
            if (online) {
                out.add("site de la consultation");
            }
            return String.join(", ", out);
        }

        String questionNumber(long questionId) {
            return questionNumbers.getOrDefault(questionId, "");
        }

        String forumsAnnex() {
            return "Annexe 1 — Les forums de la consultation";
        }

        String minutesAnnex(long forumId) {
            return "Annexe " + minutesAnnexes.get(forumId) + " — Compte rendu : " + forumName(forumId);
        }

        String questionsAnnex() {
            return "Annexe " + questionsAnnex + " — Questions des citoyens et réponses";
        }
    }

    /** How the documents count a statement with several ideas (said only when some point has mentions). */
    static final String MENTIONS_METHOD = "Une contribution qui exprime plusieurs idées est comptée une seule fois, "
            + "dans le point de son idée principale ; les autres points qu'elle évoque le signalent par la mention "
            + "« Aussi évoqué dans … contributions classées ailleurs », sans la compter dans leur poids.";

    /**
     * "Aussi évoqué dans 3 contributions classées ailleurs", or empty: the statements are not listed, the annexes
     * hold every minutes.
     */
    static String mentionsLine(int mentions) {
        return DocumentParts.mentionsLine(mentions, "contribution classée", "contributions classées");
    }

    static String weightLabel(DraftItem d) {
        List<String> parts = new ArrayList<>();
        if (d.meetings() > 0) {
            parts.add(FrenchFormat.count(d.meetings(), "réunion"));
        }
        if (d.questions() > 0) {
            parts.add(FrenchFormat.count(d.questions(), "question"));
        }
        return String.join(", ", parts);
    }

    private static String topicPrefix(Campaign campaign, String topic) {
        String title = DocumentParts.topicTitle(campaign, topic);
        return title.isEmpty() ? "" : title + " — ";
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static LocalDate date(Synthesis s) {
        Instant at = s.transmittedAt != null ? s.transmittedAt : s.validatedAt != null ? s.validatedAt : s.builtAt;
        return at == null ? LocalDate.of(2009, 5, 22) : at.atZone(PARIS).toLocalDate();
    }

    private static String versionLabel(Synthesis s) {
        return DocumentParts.versionLabel(s, "par le préfet", date(s));
    }

}
