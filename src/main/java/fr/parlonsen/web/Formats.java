package fr.parlonsen.web;

import java.text.NumberFormat;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/** Display logic for templates: French number formatting. */
@TemplateExtension
public class Formats {
    private static final Locale FR = Locale.FRANCE;

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
