package fr.parlonsen.synthesis;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The validated input of a synthesis edit (PUT): the sections as the person wants them. */
public final class SynthesisForms {
    private SynthesisForms() {
    }

    /**
     * Without {@code sections}, only the assessment and the signatory change (each one only when given); the
     * sections are then required only when neither is given.
     */
    public record Edit(List<@Valid SectionEdit> sections,
            @Size(max = 100_000, message = "L'appréciation ne doit pas dépasser 100 000 caractères.") String assessment,
            @Valid SignatoryEdit signatory) {
        public Edit(List<SectionEdit> sections) {
            this(sections, null, null);
        }
    }

    /** The signatory; both fields may be blank while the cabinet has not chosen yet. */
    public record SignatoryEdit(
            @Size(max = 200, message = "Le nom du signataire ne doit pas dépasser 200 caractères.") String name,
            @Size(max = 300, message = "La qualité du signataire ne doit pas dépasser 300 caractères.") String title) {
    }

    public record SectionEdit(@NotBlank(message = "Le type de section est obligatoire.") String kind,
            @NotNull(message = "La liste des éléments est obligatoire.") List<@Valid ItemEdit> items) {
    }

    /**
     * One item, in the wanted order. Without {@code id} it is a new item (a split) and must list its sources;
     * with {@code sources} the item takes exactly those (merge, split). A deleted item keeps its sources and
     * needs a reason. {@code topicConfirmed} true: the person confirms the topic (a changed topic counts as
     * confirmed); with an empty {@code topic}, the person says the item fits no sub-topic ("aucun sous-thème",
     * learnt as a "no topic" example); false: back to a suggestion; absent: unchanged.
     */
    public record ItemEdit(Long id,
            @NotBlank(message = "Le texte d'un élément est obligatoire.")
            @Size(max = 100_000, message = "Le texte d'un élément ne doit pas dépasser 100 000 caractères.") String text,
            @Size(max = 60, message = "Code de sous-thème invalide.") String topic,
            List<@Valid SourceEdit> sources, Boolean deleted,
            @Size(max = 1000, message = "Le motif ne doit pas dépasser 1 000 caractères.") String deleteReason,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(nullable = true, description = "true : une "
                    + "personne confirme le sous-thème (un sous-thème changé compte comme confirmé) ; avec topic vide "
                    + "ou null : elle dit que l'élément ne relève d'aucun sous-thème (appris comme exemple « aucun "
                    + "sous-thème » de la campagne) ; false : retour à la suggestion ; absent : inchangé.")
            Boolean topicConfirmed,
            @Size(max = 300, message = "Le libellé ne doit pas dépasser 300 caractères.") String label,
            @Size(max = 100_000, message = "La formulation représentative ne doit pas dépasser 100 000 caractères.")
            String representative) {
        /** Topic, label and representative unchanged. */
        public ItemEdit(Long id, String text, String topic, List<SourceEdit> sources, Boolean deleted,
                String deleteReason) {
            this(id, text, topic, sources, deleted, deleteReason, null, null, null);
        }

        /** Label and representative unchanged. */
        public ItemEdit(Long id, String text, String topic, List<SourceEdit> sources, Boolean deleted,
                String deleteReason, Boolean topicConfirmed) {
            this(id, text, topic, sources, deleted, deleteReason, topicConfirmed, null, null);
        }
    }

    /** A source: a minutes item, a question, or (national synthesis) a departmental synthesis item. */
    public record SourceEdit(Long forumId, Long itemId, Long questionId, String department, Long synthesisItemId) {
        public String key() {
            return synthesisItemId != null ? "d:" + synthesisItemId : questionId != null ? "q:" + questionId : "m:" + itemId;
        }
    }
}
