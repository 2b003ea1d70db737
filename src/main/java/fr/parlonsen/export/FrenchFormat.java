package fr.parlonsen.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import fr.parlonsen.kernel.French;

/**
 * French number and date forms for what documents say ("476 158", "88,0 %", "22 mai 2009", "1er mars 2009"),
 * shared by the departmental and the national synthesis: numbers, dates and plurals from {@link French}; only the
 * documents' percent (narrow no-break space before "%") and lists ("Laon, Soissons et Vervins") are their own.
 */
public final class FrenchFormat {

    /** Narrow no-break space, as French typography puts between thousands and before "%". */
    public static final char NARROW_NBSP = '\u202F';

    private FrenchFormat() {
    }

    /** 476158 → "476 158" (narrow no-break space). */
    public static String number(long n) {
        return French.number(n);
    }

    /** 88.0 → "88,0 %". */
    public static String percent(double value) {
        return String.format(Locale.FRANCE, "%.1f", value) + NARROW_NBSP + "%";
    }

    /** "22 mai 2009", "1er mars 2009". */
    public static String date(LocalDate date) {
        return French.date(date);
    }

    /** "1 réunion", "3 réunions", "2 forums publics": every word of {@code singular} takes an "s" past one. */
    public static String count(long n, String singular) {
        return French.count(n, singular, singular.replaceAll("(\\p{L})(?=\\s|$)", "$1s"));
    }

    /** "Laon", "Laon et Soissons", "Laon, Soissons et Vervins". */
    public static String and(List<String> parts) {
        if (parts.isEmpty()) {
            return "";
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " et " + parts.get(parts.size() - 1);
    }
}
