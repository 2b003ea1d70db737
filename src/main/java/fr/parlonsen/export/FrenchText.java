package fr.parlonsen.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The few French wordings shared by every format. */
final class FrenchText {

    static final String KEY_FIGURES = "Chiffres clés";
    static final String INDICATOR = "Indicateur";
    static final String VALUE = "Valeur";
    static final String SOURCES_PREFIX = "Sources : ";
    static final String PAGE_PREFIX = "Page ";
    static final String LANGUAGE_TAG = "fr-FR";

    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);

    private FrenchText() {
    }

    /** "1er mars 2009", "12 mars 2009". */
    static String date(LocalDate date) {
        String day = date.getDayOfMonth() == 1 ? "1er" : Integer.toString(date.getDayOfMonth());
        return day + " " + MONTH_YEAR.format(date);
    }

    /** "Sources : Forum 12 (Laon) — point 4 ; Question 87", or empty when there is no source. */
    static String sources(Item item) {
        return item.sourceRefs().isEmpty() ? "" : SOURCES_PREFIX + String.join(" ; ", item.sourceRefs());
    }

    /** " (3 réunions, 5 questions)" or empty. */
    static String weightSuffix(Item item) {
        return item.weightLabel().isBlank() ? "" : " (" + item.weightLabel() + ")";
    }
}
