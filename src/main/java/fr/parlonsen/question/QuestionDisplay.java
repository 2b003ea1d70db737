package fr.parlonsen.question;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import fr.parlonsen.question.QuestionForms.DetectionView;
import fr.parlonsen.question.QuestionForms.ModerationView;
import io.quarkus.qute.TemplateExtension;

/** Display logic of the question pages: the original text cut into plain and personal-data segments, labels. */
@TemplateExtension
public class QuestionDisplay {
    /** A piece of the original text; {@code kind} is the personal data found there, or null. */
    public record Segment(String text, String kind, String kindLabel) {
    }

    static List<Segment> segments(ModerationView q) {
        List<Segment> out = new ArrayList<>();
        String text = q.originalText() == null ? "" : q.originalText();
        List<DetectionView> found = new ArrayList<>(q.detections() == null ? List.of() : q.detections());
        found.sort(Comparator.comparingInt(DetectionView::start));
        int at = 0;
        for (DetectionView d : found) {
            if (d.start() < at || d.end() > text.length()) {
                continue;
            }
            if (d.start() > at) {
                out.add(new Segment(text.substring(at, d.start()), null, null));
            }
            out.add(new Segment(text.substring(d.start(), d.end()), d.kind(), kindLabel(d.kind())));
            at = d.end();
        }
        if (at < text.length()) {
            out.add(new Segment(text.substring(at), null, null));
        }
        return out;
    }

    static String kindLabel(String kind) {
        return switch (kind == null ? "" : kind) {
            case PersonalDataMasker.EMAIL -> "adresse électronique";
            case PersonalDataMasker.TELEPHONE -> "numéro de téléphone";
            case PersonalDataMasker.NOM -> "nom de personne";
            case PersonalDataMasker.ADRESSE -> "adresse postale";
            case PersonalDataMasker.IMMATRICULATION -> "plaque d'immatriculation";
            default -> "donnée personnelle";
        };
    }

    static String statusLabel(ModerationView q) {
        return QuestionStatus.fromCode(q.status()).map(s -> s.label).orElse(q.status());
    }

    static String badgeClass(ModerationView q) {
        return switch (q.status()) {
            case "published" -> "fr-badge--success";
            case "rejected" -> "fr-badge--error";
            default -> "fr-badge--new";
        };
    }

    static String sourceLabel(ModerationView q) {
        return Question.SOURCE_MINUTES.equals(q.source()) ? "compte rendu" : "formulaire public";
    }
}
