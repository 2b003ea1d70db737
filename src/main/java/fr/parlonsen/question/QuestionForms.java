package fr.parlonsen.question;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The validated inputs of the question use cases, and what the API returns. Entities are never bound. */
public final class QuestionForms {
    private QuestionForms() {
    }

    public static final int MAX_QUESTION = 5_000;
    public static final int MAX_ANSWER = 20_000;

    /**
     * A citizen's question. {@code forumId} only on the département form (the forum is optional there);
     * {@code website} is the honeypot: people never see it, robots fill it in.
     */
    public record SubmitQuestion(
            @NotBlank(message = "Écrivez votre question.")
            @Size(max = MAX_QUESTION, message = "Votre question ne doit pas dépasser 5 000 caractères.")
            String text,
            @Pattern(regexp = "[0-9][0-9AB][0-9]{3}", message = "Code de commune invalide (5 caractères INSEE).")
            String communeCode,
            @Email(message = "L'adresse électronique n'est pas valide.")
            @Size(max = 254, message = "L'adresse électronique est trop longue.")
            String email,
            Long forumId,
            String website) {
    }

    public record Moderation(
            @NotBlank(message = "La décision est obligatoire.")
            @Pattern(regexp = "publish|reject", message = "La décision doit être « publish » (publier) ou « reject » (rejeter).")
            String decision,
            @Size(max = 2000, message = "Le motif ne doit pas dépasser 2 000 caractères.")
            String reason,
            @Size(max = 60, message = "Code de sous-thème invalide.")
            String topic,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(nullable = true, description = "« chosen » "
                    + "avec un sous-thème vide : le modérateur dit que la question ne relève d'aucun sous-thème "
                    + "(exemple « aucun sous-thème » de la campagne) ; absent : un sous-thème donné est choisi, "
                    + "sinon la suggestion reste.")
            @Pattern(regexp = "suggested|chosen", message = "Le champ topicSource vaut « suggested » ou « chosen ».")
            String topicSource) {
        /** The topic chosen, or the suggestion kept when it is empty. */
        public Moderation(String decision, String reason, String topic) {
            this(decision, reason, topic, null);
        }
    }

    public record AnswerForm(
            @NotBlank(message = "La réponse ne peut pas être vide.")
            @Size(max = MAX_ANSWER, message = "La réponse ne doit pas dépasser 20 000 caractères.")
            String text) {
    }

    // ---- what the API returns

    public record Accepted(long id, String status) {
    }

    /** A published question, as anyone may read it: masked text and masked answer only. */
    public record PublicQuestion(long id, Long forumId, String text, String topic, String topicTitle, String answer,
            Instant submittedAt, Instant answeredAt, String source) {
    }

    public record DetectionView(String kind, int start, int end) {
    }

    /**
     * A question in the moderation queue. The original text, the detections and the e-mail are only filled in for
     * those who may moderate.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ModerationView(long id, Long forumId, String forumTitle, String department, String source,
            String status, String text, String originalText, List<DetectionView> detections, String communeCode,
            String communeName, String email, String topic, String topicSuggested, String topicSource,
            String rejectReason, String answer, String answerOriginal, Instant submittedAt, String moderatedBy,
            Instant moderatedAt) {
    }
}
