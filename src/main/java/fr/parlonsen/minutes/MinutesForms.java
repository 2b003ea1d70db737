package fr.parlonsen.minutes;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The validated inputs of the minutes use cases, and what the API returns. Entities are never bound. */
public final class MinutesForms {
    private MinutesForms() {
    }

    /** The longest text a field may hold (a summary, a proposal, an answer...). */
    public static final int MAX_TEXT = 100_000;
    public static final int MAX_ITEMS = 500;
    static final String TOO_LONG = "Ce texte dépasse 100 000 caractères : découpez-le en plusieurs éléments.";
    static final String TOO_MANY = "Pas plus de 500 éléments par liste.";
    static final String NOT_NEGATIVE = "Le nombre de participants ne peut pas être négatif.";
    static final String TOO_BIG = "Le nombre de participants semble trop grand (100 000 au plus).";

    /** Participants by category; {@code public} is the open public (not the élus or the forces). */
    public record ByCategory(
            @JsonProperty("public") @PositiveOrZero(message = NOT_NEGATIVE) @Max(value = 100_000, message = TOO_BIG) Integer publicCount,
            @PositiveOrZero(message = NOT_NEGATIVE) @Max(value = 100_000, message = TOO_BIG) Integer elus,
            @PositiveOrZero(message = NOT_NEGATIVE) @Max(value = 100_000, message = TOO_BIG) Integer associations,
            @PositiveOrZero(message = NOT_NEGATIVE) @Max(value = 100_000, message = TOO_BIG) Integer policeNationale,
            @PositiveOrZero(message = NOT_NEGATIVE) @Max(value = 100_000, message = TOO_BIG) Integer gendarmerie,
            @PositiveOrZero(message = NOT_NEGATIVE) @Max(value = 100_000, message = TOO_BIG) Integer policeMunicipale,
            @PositiveOrZero(message = NOT_NEGATIVE) @Max(value = 100_000, message = TOO_BIG) Integer autres) {

        public static final ByCategory EMPTY = new ByCategory(null, null, null, null, null, null, null);

        int sum() {
            int s = 0;
            for (Integer n : new Integer[] { publicCount, elus, associations, policeNationale, gendarmerie,
                    policeMunicipale, autres }) {
                s += n == null ? 0 : n;
            }
            return s;
        }
    }

    public record Attendance(
            @PositiveOrZero(message = NOT_NEGATIVE) @Max(value = 100_000, message = TOO_BIG) Integer total,
            @Valid ByCategory byCategory) {
    }

    /** Notes taken on one sub-topic of the campaign. */
    public record NoteForm(Long id,
            @NotBlank(message = "Le sous-thème est obligatoire.") String topic,
            @NotBlank(message = "Les notes ne peuvent pas être vides.") @Size(max = MAX_TEXT, message = TOO_LONG) String notes) {
    }

    /**
     * A question (with its answer), a strength, a weakness or a proposal. {@code topicSource} "suggested" (or an
     * empty topic without a source) lets the suggester choose; an empty topic with {@code topicSource} "chosen" is
     * a person's answer that the statement fits no sub-topic; any other topic given is a person's choice.
     */
    public record ItemForm(Long id,
            @NotBlank(message = "Le texte est obligatoire.") @Size(max = MAX_TEXT, message = TOO_LONG) String text,
            @Size(max = 60, message = "Code de sous-thème invalide.") String topic,
            @Size(max = MAX_TEXT, message = TOO_LONG) String answer,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(nullable = true, description = "« suggested » "
                    + "(ou absent avec un sous-thème vide) : la suggestion choisit ; « chosen » avec un sous-thème vide : "
                    + "une personne dit que la contribution ne relève d'aucun sous-thème (exemple « aucun sous-thème » "
                    + "de la campagne) ; tout sous-thème donné est un choix d'une personne.")
            String topicSource) {
    }

    /** The whole minutes body, as PUT by the API and posted by the edit page. */
    public record MinutesForm(
            @Valid Attendance attendance,
            String startedAt,
            String endedAt,
            @Size(max = MAX_TEXT, message = TOO_LONG) String summary,
            @Size(max = MAX_ITEMS, message = TOO_MANY) List<@Valid @NotNull(message = "Élément vide.") NoteForm> topics,
            @Size(max = MAX_ITEMS, message = TOO_MANY) List<@Valid @NotNull(message = "Élément vide.") ItemForm> questions,
            @Size(max = MAX_ITEMS, message = TOO_MANY) List<@Valid @NotNull(message = "Élément vide.") ItemForm> strengths,
            @Size(max = MAX_ITEMS, message = TOO_MANY) List<@Valid @NotNull(message = "Élément vide.") ItemForm> weaknesses,
            @Size(max = MAX_ITEMS, message = TOO_MANY) List<@Valid @NotNull(message = "Élément vide.") ItemForm> proposals) {
    }

    public record ReopenForm(
            @NotBlank(message = "Le motif de la réouverture est obligatoire.")
            @Size(max = 2000, message = "Le motif ne doit pas dépasser 2 000 caractères.")
            String reason) {
    }

    // ---- what the API returns

    public record NoteView(Long id, String topic, String notes, String topicSuggested, String topicSource) {
    }

    public record QuestionView(Long id, String text, String topic, String answer, String topicSuggested,
            String topicSource) {
    }

    public record ItemView(Long id, String text, String topic, String topicSuggested, String topicSource) {
    }

    public record MinutesView(long forumId, String status, int version, Attendance attendance,
            OffsetDateTime startedAt, OffsetDateTime endedAt, String summary, List<NoteView> topics,
            List<QuestionView> questions, List<ItemView> strengths, List<ItemView> weaknesses,
            List<ItemView> proposals, String reopenReason, String updatedBy, Instant updatedAt) {

        /** A forum without minutes yet: what its facilitator starts from. */
        static MinutesView empty(long forumId) {
            return new MinutesView(forumId, MinutesStatus.DRAFT.code, 0, new Attendance(null, ByCategory.EMPTY), null,
                    null, null, List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null);
        }

        /** The same content without who/when: two versions with the same content are the same minutes. */
        MinutesView content() {
            return new MinutesView(forumId, status, 0, attendance, startedAt, endedAt, summary, topics, questions,
                    strengths, weaknesses, proposals, reopenReason, null, null);
        }

        public int itemCount() {
            return questions.size() + strengths.size() + weaknesses.size() + proposals.size();
        }
    }

    public record VersionSummary(int version, String status, String action, String savedBy, Instant savedAt) {
    }

    public record AuditEntry(String action, int version, String actor, Instant at, String reason) {
    }
}
