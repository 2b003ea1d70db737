package fr.parlonsen.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/** Display logic for templates: French number and date formatting. */
@TemplateExtension
public class Formats {
    private static final Locale FR = Locale.FRANCE;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH'h'mm", FR);

    /** "2 avril 2009 à 18h30", in Paris time. */
    static String frDateTime(Instant t) {
        return t == null ? "" : t.atZone(PARIS).format(DATE_TIME);
    }

    static String frDateTime(OffsetDateTime t) {
        return t == null ? "" : t.atZoneSameInstant(PARIS).format(DATE_TIME);
    }

    static String frDateTime(LocalDateTime t) {
        return t == null ? "" : t.format(DATE_TIME);
    }

    /** 2103778 → "2 103 778" (narrow no-break spaces, as French typography wants). */
    static String formatNumber(long n) {
        return NumberFormat.getIntegerInstance(FR).format(n);
    }

    static String formatNumber(int n) {
        return NumberFormat.getIntegerInstance(FR).format(n);
    }

    static String joinComma(java.util.Collection<String> values) {
        return values == null || values.isEmpty() ? "—" : String.join(", ", values);
    }

    /** Role codes → French labels. */
    static String roleLabels(java.util.List<String> codes) {
        return String.join(", ", codes.stream().map(c -> fr.parlonsen.security.Role.fromCode(c).map(r -> r.label).orElse(c))
                .toList());
    }

    /** Form field names → French labels for error summaries. */
    static String fieldLabel(String field) {
        return switch (field) {
            case "username" -> "Identifiant";
            case "password" -> "Mot de passe";
            case "displayName" -> "Nom affiché";
            case "email" -> "Adresse électronique";
            case "roles" -> "Rôle";
            case "department" -> "Département";
            case "arrondissements" -> "Arrondissements";
            default -> field;
        };
    }
}
