package fr.parlonsen.synthesis;

import java.time.Instant;

import io.quarkus.qute.TemplateExtension;

/** Display logic of the synthesis pages. */
@TemplateExtension
public class SynthesisTemplates {

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

    /** A sub-topic code ("proximite.accueil") → its title, as a person reads it. */
    static String topicLabel(String code) {
        if (code == null) {
            return "";
        }
        fr.parlonsen.campaign.Topic t = fr.parlonsen.campaign.Topic.find("code", code).firstResult();
        return t == null ? code : t.title;
    }

    static String frenchDateTime(Instant at) {
        return fr.parlonsen.kernel.French.dateTime(at);
    }
}
