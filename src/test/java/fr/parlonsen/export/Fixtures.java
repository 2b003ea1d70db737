package fr.parlonsen.export;

import static fr.parlonsen.export.AnnexBlock.heading;
import static fr.parlonsen.export.AnnexBlock.paragraph;
import static fr.parlonsen.export.AnnexBlock.row;
import static fr.parlonsen.export.AnnexBlock.rows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Realistic synthesis of the Aisne, and large synthetic ones for timings. */
final class Fixtures {

    static final String CAMPAIGN = "Vos libertés, votre sécurité : parlons-en ensemble";
    static final String THEME_DUTY = "La sécurité, un devoir vis-à-vis de nos concitoyens";
    static final String THEME_SHARED = "La sécurité, une responsabilité partagée";
    static final String[] FORUMS = {"Laon", "Soissons", "Saint-Quentin", "Château-Thierry", "Vervins",
        "Hirson", "Chauny", "Guise", "La Fère", "Villers-Cotterêts"};

    private Fixtures() {
    }

    static Cover aisneCover() {
        return new Cover("Préfecture de l'Aisne", "Synthèse départementale de la consultation", CAMPAIGN,
                LocalDate.of(2009, 6, 15), "Version 2 — validée par le préfet");
    }

    static SynthesisDocument aisne() {
        List<Section> sections = List.of(
                new Section("Points forts", List.of(
                        new Subsection(THEME_DUTY, List.of(
                                new Item("Une présence de la gendarmerie appréciée dans les communes rurales "
                                        + "du Thiérache, où les brigades sont connues des élus.",
                                        "3 réunions, 5 questions",
                                        List.of("Forum 12 (Laon) — point 4", "Forum 17 (Vervins) — point 2",
                                                "Question 87")),
                                new Item("Des délais d'intervention jugés satisfaisants en zone police à "
                                        + "Saint-Quentin.", "2 réunions",
                                        List.of("Forum 21 (Saint-Quentin) — point 1")))),
                        new Subsection(THEME_SHARED, List.of(
                                new Item("Le dispositif « Voisins vigilants » de Soissons cité en exemple par "
                                        + "plusieurs maires.", "4 réunions, 2 questions",
                                        List.of("Forum 15 (Soissons) — point 3", "Question 112")))))),
                new Section("Points faibles", List.of(
                        new Subsection(THEME_DUTY, List.of(
                                new Item("L'éclairage public et les transports du soir insuffisants aux abords "
                                        + "des gares de Laon et de Chauny.", "3 réunions",
                                        List.of("Forum 12 (Laon) — point 6", "Forum 19 (Chauny) — point 2")))),
                        new Subsection(THEME_SHARED, List.of(
                                new Item("Un manque d'information des habitants sur les suites données à "
                                        + "leurs plaintes.", "5 réunions, 9 questions",
                                        List.of("Question 23", "Question 45", "Forum 15 (Soissons) — point 5")))))),
                new Section("Propositions", List.of(
                        new Subsection(THEME_DUTY, List.of(
                                new Item("Créer une permanence mensuelle de la gendarmerie dans chaque mairie "
                                        + "de canton.", "6 réunions, 4 questions",
                                        List.of("Forum 12 (Laon) — point 9", "Forum 17 (Vervins) — point 5")))),
                        new Subsection(THEME_SHARED, List.of(
                                new Item("Associer les bailleurs sociaux et les transporteurs au conseil local "
                                        + "de sécurité et de prévention de la délinquance.", "",
                                        List.of("Forum 21 (Saint-Quentin) — point 7")),
                                new Item("=Informer les victimes par SMS de l'état de leur dossier.", "1 réunion",
                                        List.of()))))));
        return new SynthesisDocument(aisneCover(), figures(), charts(), Optional.of(map()), sections,
                List.of(minutes(12, "Laon", "3 mars 2009"), minutes(15, "Soissons", "5 mars 2009"),
                        minutes(21, "Saint-Quentin", "10 mars 2009")));
    }

    static List<Figure> figures() {
        return List.of(new Figure("Forums tenus", "38"), new Figure("Participants", "2 417"),
                new Figure("Questions écrites", "312"), new Figure("Propositions retenues", "46"));
    }

    static List<Chart> charts() {
        return List.of(new Chart("Participants par arrondissement", ChartKind.BAR,
                List.of("Laon", "Soissons", "Saint-Quentin", "Château-Thierry", "Vervins"),
                List.of(612, 488, 701, 297, 319),
                "Participants par arrondissement : Laon 612, Soissons 488, Saint-Quentin 701, "
                        + "Château-Thierry 297, Vervins 319."));
    }

    static MapImage map() {
        String many = "#000091";
        String some = "#6A6AF4";
        String few = "#CACAFB";
        return new MapImage("Forums tenus par arrondissement", List.of(
                shape("Saint-Quentin", many, 3.05, 49.65, 3.65, 50.05),
                shape("Vervins", few, 3.65, 49.65, 4.25, 50.05),
                shape("Laon", many, 3.35, 49.35, 4.10, 49.65),
                shape("Soissons", some, 3.05, 49.15, 3.60, 49.65),
                shape("Château-Thierry", few, 3.15, 48.85, 3.75, 49.15)),
                List.of(new MapLegendEntry("10 forums ou plus", many), new MapLegendEntry("De 5 à 9 forums", some),
                        new MapLegendEntry("Moins de 5 forums", few)),
                "Carte des arrondissements de l'Aisne : Laon et Saint-Quentin ont tenu 10 forums ou plus, "
                        + "Soissons de 5 à 9, Château-Thierry et Vervins moins de 5.");
    }

    private static MapShape shape(String label, String fill, double west, double south, double east, double north) {
        double midLon = (west + east) / 2;
        List<double[]> ring = List.of(new double[] {west, south}, new double[] {midLon, south - 0.03},
                new double[] {east, south}, new double[] {east + 0.02, (south + north) / 2},
                new double[] {east, north}, new double[] {west, north}, new double[] {west - 0.02, (south + north) / 2});
        return new MapShape(label, List.of(ring), fill);
    }

    static Annex minutes(int forum, String town, String date) {
        return new Annex("Annexe — Compte rendu du forum " + forum + " (" + town + ")", List.of(
                rows(row("Date", date), row("Horaires", "18 h 30 – 21 h 00"), row("Lieu", "Salle des fêtes de " + town),
                        row("Participants", "84 (dont 12 élus)"), row("Animateur", "M. le sous-préfet")),
                heading("Thème 1 — " + THEME_DUTY),
                paragraph("Les participants de " + town + " soulignent la disponibilité des brigades mais "
                        + "regrettent la fermeture des accueils le week-end."),
                heading("Thème 2 — " + THEME_SHARED),
                paragraph("Le rôle des maires et des associations de quartier est longuement discuté ; "
                        + "plusieurs habitants proposent des réunions publiques semestrielles."),
                heading("Questions et réponses"),
                rows(row("Question " + (forum * 7), "Pourquoi la brigade de " + town + " ferme-t-elle le dimanche ?"),
                        row("Réponse", "L'accueil est assuré par la brigade voisine ; un numéro unique est affiché.")),
                heading("Points forts relevés"),
                paragraph("Confiance envers les forces de l'ordre ; bonne coordination avec la mairie.")));
    }

    /** A synthesis with {@code items} items spread over 3 sections × 2 themes, and {@code annexes} minutes. */
    static SynthesisDocument synthetic(int items, int annexes) {
        String[] sectionTitles = {"Points forts", "Points faibles", "Propositions"};
        String[] themes = {THEME_DUTY, THEME_SHARED};
        int perSubsection = Math.max(1, items / (sectionTitles.length * themes.length));
        List<Section> sections = new ArrayList<>();
        int n = 0;
        for (String sectionTitle : sectionTitles) {
            List<Subsection> subsections = new ArrayList<>();
            for (String theme : themes) {
                List<Item> list = new ArrayList<>();
                for (int i = 0; i < perSubsection; i++) {
                    n++;
                    String town = FORUMS[n % FORUMS.length];
                    list.add(new Item("Proposition n° " + n + " : renforcer la présence de proximité à " + town
                            + " et informer les habitants des suites données à leurs signalements.",
                            (n % 7 + 1) + " réunions, " + (n % 5) + " questions",
                            List.of("Forum " + (n % 40 + 1) + " (" + town + ") — point " + (n % 9 + 1),
                                    "Question " + n)));
                }
                subsections.add(new Subsection(theme, list));
            }
            sections.add(new Section(sectionTitle, subsections));
        }
        List<Annex> annexList = new ArrayList<>();
        for (int a = 1; a <= annexes; a++) {
            annexList.add(minutes(a, FORUMS[a % FORUMS.length], (a % 28 + 1) + " mars 2009"));
        }
        return new SynthesisDocument(aisneCover(), figures(), charts(), Optional.of(map()), sections, annexList);
    }

    /** Every text a reader must find in the written file. */
    static List<String> expectedTexts(SynthesisDocument doc) {
        List<String> texts = new ArrayList<>(expectedBodyTexts(doc));
        texts.add(doc.cover().authority());
        return texts;
    }

    /**
     * Same, without the authority: DOCX and ODT carry it in the page header (letterhead), which a
     * plain-text conversion leaves out.
     */
    static List<String> expectedBodyTexts(SynthesisDocument doc) {
        List<String> texts = new ArrayList<>();
        texts.add(doc.cover().title());
        for (Section section : doc.sections()) {
            texts.add(section.title());
            for (Subsection subsection : section.subsections()) {
                texts.add(subsection.title());
                for (Item item : subsection.items()) {
                    texts.add(item.text());
                    texts.addAll(item.sourceRefs());
                    if (!item.weightLabel().isEmpty()) {
                        texts.add(item.weightLabel());
                    }
                }
            }
        }
        for (Annex annex : doc.annexes()) {
            texts.add(annex.title());
        }
        for (Figure figure : doc.figures()) {
            texts.add(figure.label());
        }
        return texts;
    }
}
