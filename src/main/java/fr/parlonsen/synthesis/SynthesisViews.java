package fr.parlonsen.synthesis;

import java.time.Instant;
import java.util.List;
import java.util.Map;

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

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemView(Long id, String text, String topic, int weight, int meetings, int questions,
            boolean edited, Boolean deleted, String deleteReason, List<Source> sources, boolean topicConfirmed) {
    }

    public record SectionView(String kind, String title, List<ItemView> items) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SynthesisView(String department, long campaignId, int version, String status, int revision,
            Figures figures, List<SectionView> sections, Instant builtAt, Instant validatedAt, Instant transmittedAt,
            Map<String, String> sha256ByFormat) {
    }

    public record Transmission(int version, String sha256, Map<String, String> sha256ByFormat, Instant transmittedAt) {
    }
}
