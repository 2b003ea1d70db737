package fr.parlonsen.kernel;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * French forms of numbers, dates and plurals, in one place: the pages use them through the Qute template
 * extension {@code fr.parlonsen.web.Formats}, Java code calls them directly. Dates in Europe/Paris.
 */
public final class French {
    public static final Locale FR = Locale.FRANCE;
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", FR);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE", FR);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H' h 'mm", FR);

    private French() {
    }

    /** "1er avril 2009", "22 mai 2009". */
    public static String date(LocalDate d) {
        if (d == null) {
            return "";
        }
        return (d.getDayOfMonth() == 1 ? "1er" : Integer.toString(d.getDayOfMonth())) + " " + MONTH_YEAR.format(d);
    }

    public static String date(LocalDateTime t) {
        return t == null ? "" : date(t.toLocalDate());
    }

    public static String date(OffsetDateTime t) {
        return t == null ? "" : date(t.atZoneSameInstant(PARIS).toLocalDate());
    }

    public static String date(Instant t) {
        return t == null ? "" : date(t.atZone(PARIS).toLocalDate());
    }

    /** "jeudi 2 avril 2009". */
    public static String day(LocalDate d) {
        return d == null ? "" : WEEKDAY.format(d) + " " + date(d);
    }

    /** "18 h 30". */
    public static String time(LocalDateTime t) {
        return t == null ? "" : TIME.format(t);
    }

    public static String time(OffsetDateTime t) {
        return t == null ? "" : TIME.format(t.atZoneSameInstant(PARIS));
    }

    /** "2 avril 2009 à 18 h 30". */
    public static String dateTime(LocalDateTime t) {
        return t == null ? "" : date(t) + " à " + time(t);
    }

    public static String dateTime(OffsetDateTime t) {
        return t == null ? "" : dateTime(t.atZoneSameInstant(PARIS).toLocalDateTime());
    }

    public static String dateTime(Instant t) {
        return t == null ? "" : dateTime(t.atZone(PARIS).toLocalDateTime());
    }

    /** Any of the above temporal types, or "". */
    public static String dateTime(TemporalAccessor t) {
        if (t instanceof Instant i) {
            return dateTime(i);
        }
        if (t instanceof OffsetDateTime o) {
            return dateTime(o);
        }
        if (t instanceof LocalDateTime l) {
            return dateTime(l);
        }
        if (t instanceof LocalDate d) {
            return date(d);
        }
        return "";
    }

    /** 2103778 → "2 103 778" (narrow no-break space, as the JDK's French locale writes it). */
    public static String number(long n) {
        return NumberFormat.getIntegerInstance(FR).format(n);
    }

    /** 88.04 → "88,0" with one decimal. */
    public static String decimal(double x, int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance(FR);
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(x);
    }

    /** 88.04 → "88,0 %" (no-break space before the sign). */
    public static String percent(double x) {
        return decimal(x, 1) + "\u00a0%";
    }

    /** 0 or 1 takes the singular in French: "1 commune", "0 commune", "3 communes". */
    public static String count(long n, String singular, String plural) {
        return number(n) + " " + (Math.abs(n) < 2 ? singular : plural);
    }

    /** The word alone: "commune" or "communes". */
    public static String word(long n, String singular, String plural) {
        return Math.abs(n) < 2 ? singular : plural;
    }
}
