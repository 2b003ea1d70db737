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

    public record Edit(@NotNull(message = "Les sections sont obligatoires.") List<@Valid SectionEdit> sections) {
    }

    public record SectionEdit(@NotBlank(message = "Le type de section est obligatoire.") String kind,
            @NotNull(message = "La liste des éléments est obligatoire.") List<@Valid ItemEdit> items) {
    }

    /**
     * One item, in the wanted order. Without {@code id} it is a new item (a split) and must list its sources;
     * with {@code sources} the item takes exactly those (merge, split). A deleted item keeps its sources and
     * needs a reason. {@code topicConfirmed} true: the person confirms the topic (a changed topic counts as
     * confirmed); false: back to a suggestion; absent: unchanged.
     */
    public record ItemEdit(Long id,
            @NotBlank(message = "Le texte d'un élément est obligatoire.")
            @Size(max = 100_000, message = "Le texte d'un élément ne doit pas dépasser 100 000 caractères.") String text,
            @Size(max = 60, message = "Code de sous-thème invalide.") String topic,
            List<@Valid SourceEdit> sources, Boolean deleted,
            @Size(max = 1000, message = "Le motif ne doit pas dépasser 1 000 caractères.") String deleteReason,
            Boolean topicConfirmed) {
        public ItemEdit(Long id, String text, String topic, List<SourceEdit> sources, Boolean deleted,
                String deleteReason) {
            this(id, text, topic, sources, deleted, deleteReason, null);
        }
    }

    /** A source: a minutes item, a question, or (national synthesis) a departmental synthesis item. */
    public record SourceEdit(Long forumId, Long itemId, Long questionId, String department, Long synthesisItemId) {
        public String key() {
            return synthesisItemId != null ? "d:" + synthesisItemId : questionId != null ? "q:" + questionId : "m:" + itemId;
        }
    }
}
