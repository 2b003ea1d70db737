package fr.parlonsen.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The few French wordings shared by every format. */
final class FrenchText {

    static final String KEY_FIGURES = "Chiffres clés";
    static final String CONTENTS = "Sommaire";
    static final String METHOD = "Méthode de la consultation";
    static final String NOTHING_RAISED = "Aucun élément dans cette partie.";
    static final String ASSESSMENT_TO_WRITE = "[Appréciation à rédiger par le cabinet avant la validation.]";
    static final String DRAFT = "Projet";
    static final String TO = "Destinataires :";
    static final String OBJECT = "Objet :";
    static final String REFERENCE = "Référence :";
    static final String PLACES_PREFIX = "Relevé à : ";
    static final String INDICATOR = "Indicateur";
    static final String VALUE = "Valeur";
    static final String SOURCES_PREFIX = "Sources : ";
    static final String PAGE_PREFIX = "Page ";
    static final String LANGUAGE_TAG = "fr-FR";


    private FrenchText() {
    }

    /** "1er mars 2009", "12 mars 2009". */
    static String date(LocalDate date) {
        return fr.parlonsen.kernel.French.date(date);
    }

    /** "Sources : Forum 12 (Laon) — point 4 ; Question 87", or empty when there is no source. */
    static String sources(Item item) {
        return item.sourceRefs().isEmpty() ? "" : SOURCES_PREFIX + String.join(" ; ", item.sourceRefs());
    }

    /** "Relevé à : Laon, Soissons", or empty. */
    static String places(Item item) {
        return item.places().isBlank() ? "" : PLACES_PREFIX + item.places();
    }

    /** "Aussi évoqué dans 3 contributions classées ailleurs.", or empty. */
    static String mentions(Item item) {
        String m = item.mentions().strip();
        return m.isEmpty() || m.endsWith(".") ? m : m + ".";
    }

    /** " (3 réunions, 5 questions)" or empty. */
    static String weightSuffix(Item item) {
        return item.weightLabel().isBlank() ? "" : " (" + item.weightLabel() + ")";
    }
}
