package fr.parlonsen.minutes;

import java.time.LocalDateTime;

import io.quarkus.qute.TemplateExtension;

/** Display logic of the minutes pages: badges, audit wording, element ids (dates: web.Formats). */
@TemplateExtension
public class MinutesDisplay {

    /** "2009-04-02T18:30" (a datetime-local value, possibly as typed) → "2 avril 2009 à 18h30". */
    static String frLocalInput(String value) {
        try {
            return fr.parlonsen.kernel.French.dateTime(LocalDateTime.parse(value));
        } catch (RuntimeException e) {
            return value == null ? "" : value;
        }
    }

    /** "questions[0].text" → "questions-0-text", the id of the field in the edit form. */
    static String fieldId(String field) {
        return field == null ? "" : field.replaceAll("[\\[\\].]+", "-").replaceAll("-$", "");
    }

    /** The DSFR badge of a minutes status. */
    static String badgeClass(MinutesScreen.Content c) {
        return switch (c.status()) {
            case "validated" -> "fr-badge--success";
            case "submitted" -> "fr-badge--info";
            default -> "fr-badge--new";
        };
    }

    static String actionLabel(MinutesForms.AuditEntry a) {
        return label(a.action());
    }

    static String actionLabel(MinutesForms.VersionSummary v) {
        return label(v.action());
    }

    static String statusLabel(MinutesForms.VersionSummary v) {
        return MinutesStatus.fromCode(v.status()).label;
    }

    private static String label(String action) {
        return switch (action) {
            case "save" -> "Enregistrement";
            case "import" -> "Import d'un fichier";
            case "submit" -> "Soumission pour validation";
            case "validate" -> "Validation";
            case "reopen" -> "Réouverture";
            default -> action;
        };
    }
}
