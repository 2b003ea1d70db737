package fr.parlonsen.synthesis;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The JSON of the synthesis API. */
public final class SynthesisViews {
    private SynthesisViews() {
    }

    public record Figures(int forums, int held, int participants, int questions, int minutesItems,
            CoverageFigures coverage, List<ArrondissementFigures> arrondissements) {
    }

    public record CoverageFigures(int communesTotal, int communesCovered, long populationTotal, long populationCovered,
            double percent) {
    }

    public record ArrondissementFigures(String code, String name, int forums, int participants) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Source(Long forumId, Long itemId, Long questionId) {
        static Source of(SourceRef r) {
            return new Source(r.forumId(), r.itemId(), r.questionId());
        }
    }

    /**
     * Éclairage de proximité: how many forums raised the group, in which arrondissements and cantons (codes), the
     * first and last meeting.
     */
    public record Places(int forums, List<String> arrondissements, List<String> cantons,
            java.time.LocalDateTime firstAt, java.time.LocalDateTime lastAt) {
        public static final Places NONE = new Places(0, List.of(), List.of(), null, null);
    }

    /**
     * One group of the synthesis: its text, a short {@code label}, a {@code representative} formulation from its
     * members, its weight and {@code places}; {@code statements} counts its sources. {@code alsoMentionedIn}: the
     * statements classed in another group (their main idea is there) that also raise this one; they are not
     * members, not in {@code sources}, not in the weight.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemView(Long id, String text, String topic, int weight, int meetings, int questions,
            boolean edited, Boolean deleted, String deleteReason, List<Source> sources, boolean topicConfirmed,
            String label, String representative, Places places, int statements,
            @Schema(readOnly = true, description = "Contributions classées dans un autre groupe (leur idée principale "
                    + "y est) qui évoquent aussi celui-ci : même forme que sources ({forumId, itemId} ou {questionId}). "
                    + "Ce ne sont pas des membres : jamais dans sources, jamais dans weight, meetings, questions ni "
                    + "statements ; chaque contribution reste dans les sources d'un seul groupe. Lecture seule "
                    + "(ignoré par le PUT).") List<Source> alsoMentionedIn) {
        /** The view without labels and places (kept for callers that build one by hand). */
        public ItemView(Long id, String text, String topic, int weight, int meetings, int questions, boolean edited,
                Boolean deleted, String deleteReason, List<Source> sources, boolean topicConfirmed) {
            this(id, text, topic, weight, meetings, questions, edited, deleted, deleteReason, sources, topicConfirmed,
                    null, null, Places.NONE, sources.size(), List.of());
        }
    }

    public record SectionView(String kind, String title, List<ItemView> items) {
    }

    /** Who signs the synthesis: "Pierre Bayle", "Préfet de l'Aisne". */
    public record Signatory(String name, String title) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SynthesisView(String department, long campaignId, int version, String status, int revision,
            Figures figures, List<SectionView> sections, Instant builtAt, Instant validatedAt, Instant transmittedAt,
            Map<String, String> sha256ByFormat, @JsonInclude(JsonInclude.Include.ALWAYS) String assessment,
            @JsonInclude(JsonInclude.Include.ALWAYS) Signatory signatory) {
    }

    public record Transmission(int version, String sha256, Map<String, String> sha256ByFormat, Instant transmittedAt) {
    }
}
