package fr.parlonsen.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import fr.parlonsen.kernel.French;

import io.quarkus.qute.TemplateExtension;

/** Display logic for templates: French numbers, dates and plurals, all from {@link French}. */
@TemplateExtension
public class Formats {

    /** "2 avril 2009 à 18 h 30", in Paris time. */
    static String frDateTime(Instant t) {
        return French.dateTime(t);
    }

    static String frDateTime(OffsetDateTime t) {
        return French.dateTime(t);
    }

    static String frDateTime(LocalDateTime t) {
        return French.dateTime(t);
    }

    /** "2 avril 2009". */
    static String frDate(LocalDateTime t) {
        return French.date(t);
    }

    static String frDate(LocalDate d) {
        return French.date(d);
    }

    static String frDate(OffsetDateTime t) {
        return French.date(t);
    }

    static String frDate(Instant t) {
        return French.date(t);
    }

    /** 2103778 → "2 103 778" (narrow no-break spaces, as French typography wants). */
    static String formatNumber(long n) {
        return French.number(n);
    }

    static String formatNumber(int n) {
        return French.number(n);
    }

    static String formatNumber(Long n) {
        return n == null ? "" : French.number(n);
    }

    static String formatNumber(Integer n) {
        return n == null ? "" : French.number(n);
    }

    /** 88.04 → "88,0 %". */
    static String frPercent(double x) {
        return French.percent(x);
    }

    /** 3 → "3 communes", 1 → "1 commune": {@code {n.count('commune', 'communes')}}. */
    static String count(long n, String singular, String plural) {
        return French.count(n, singular, plural);
    }

    static String count(int n, String singular, String plural) {
        return French.count(n, singular, plural);
    }

    /** The word alone: {@code {n.word('est partagée', 'sont partagées')}}. */
    static String word(long n, String singular, String plural) {
        return French.word(n, singular, plural);
    }

    static String word(int n, String singular, String plural) {
        return French.word(n, singular, plural);
    }

    /** An account's identifier ("animateur-02") → the name people know it by ("Claire Animatrice (Aisne)"). */
    static String personName(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        return fr.parlonsen.security.AppUser.findByUsername(username).map(u -> u.displayName).orElse(username);
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
