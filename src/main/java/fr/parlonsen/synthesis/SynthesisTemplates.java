package fr.parlonsen.synthesis;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/** Display logic of the synthesis pages. */
@TemplateExtension
public class SynthesisTemplates {
    private static final DateTimeFormatter FR = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH'h'mm", Locale.FRANCE)
            .withZone(ZoneId.of("Europe/Paris"));

    static String statusLabel(String status) {
        return switch (status) {
            case Synthesis.DRAFT -> "Brouillon";
            case Synthesis.VALIDATED -> "Validée par la préfecture";
            case Synthesis.TRANSMITTED -> "Transmise";
            default -> status;
        };
    }

    static String statusBadge(String status) {
        return switch (status) {
            case Synthesis.VALIDATED -> "fr-badge--info";
            case Synthesis.TRANSMITTED -> "fr-badge--success";
            default -> "fr-badge--new";
        };
    }

    static String frenchDateTime(Instant at) {
        return FR.format(at);
    }
}
