package fr.parlonsen.forum;

import java.time.OffsetDateTime;

import fr.parlonsen.kernel.French;
import io.quarkus.qute.TemplateExtension;

/** Display logic of the forum pages: French dates in Europe/Paris, status badges. */
@TemplateExtension
public class ForumTemplates {

    /** "vendredi 20 mars 2009". */
    static String dayFr(OffsetDateTime t) {
        return t == null ? "" : French.day(t.atZoneSameInstant(French.PARIS).toLocalDate());
    }

    /** "20 mars 2009". */
    static String shortDayFr(OffsetDateTime t) {
        return French.date(t);
    }

    /** "16 mars 2009". */
    static String dateFr(java.time.LocalDate d) {
        return French.date(d);
    }

    /** "18 h 30". */
    static String timeFr(OffsetDateTime t) {
        return French.time(t);
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

    /** An invitee's quality code (elu, association, socio-professionnel, autre) → its French label. */
    static String inviteeQuality(String code) {
        return code == null ? "" : switch (code) {
            case "elu" -> "Élu";
            case "association" -> "Association";
            case "socio-professionnel" -> "Acteur socio-professionnel";
            case "autre" -> "Autre";
            default -> code;
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
