package fr.parlonsen.forum;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/** Display logic of the forum pages: French dates in Europe/Paris, status badges. */
@TemplateExtension
public class ForumTemplates {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRANCE);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H' h 'mm", Locale.FRANCE);

    /** "vendredi 20 mars 2009". */
    static String dayFr(OffsetDateTime t) {
        return t == null ? "" : DAY.format(t.atZoneSameInstant(ForumService.PARIS));
    }

    /** "20/03/2009". */
    static String shortDayFr(OffsetDateTime t) {
        return t == null ? "" : SHORT.format(t.atZoneSameInstant(ForumService.PARIS));
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE);

    /** "16 mars 2009". */
    static String dateFr(java.time.LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    /** "18 h 30". */
    static String timeFr(OffsetDateTime t) {
        return t == null ? "" : TIME.format(t.atZoneSameInstant(ForumService.PARIS));
    }

    /** The DSFR badge modifier of a forum status (draft, published, held, cancelled). */
    static String forumBadge(String status) {
        return switch (status) {
            case "published" -> "fr-badge--info";
            case "held" -> "fr-badge--success";
            case "cancelled" -> "fr-badge--error";
            default -> "fr-badge--new";
        };
    }

    /** The DSFR badge modifier of a canton's coverage status. */
    static String coverageBadge(String status) {
        return switch (status) {
            case "covered" -> "fr-badge--success";
            case "planned" -> "fr-badge--info";
            case "partial" -> "fr-badge--warning";
            default -> "fr-badge--error";
        };
    }
}
