package fr.parlonsen.national;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import fr.parlonsen.synthesis.SynthesisViews.CoverageFigures;

/** The JSON of the national API. */
public final class NationalViews {
    private NationalViews() {
    }

    /**
     * One département's progress. {@code forums.planned} counts every forum not cancelled, {@code published} those
     * announced (published or held), {@code held} those held; {@code minutes.submitted} counts minutes that reached
     * the prefecture (submitted or validated), {@code validated} the validated ones.
     */
    public record ProgressRow(String department, String name, String region, String regionName, ForumCounts forums,
            MinutesCounts minutes, Coverage coverage, SynthesisProgress synthesis, String state, String stateLabel) {
    }

    public record ForumCounts(int planned, int published, int held) {
    }

    public record MinutesCounts(int submitted, int validated) {
    }

    public record Coverage(double percent, int communesCovered, int communesTotal) {
    }

    /**
     * {@code status} of the latest version (none, draft, validated, transmitted); {@code transmittedAt} the first
     * transmission; {@code late} when not transmitted after the due date ({@code lateReason} "not-transmitted") or
     * transmitted after it ("transmitted-late").
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SynthesisProgress(String status, Integer version, Integer transmittedVersion, LocalDate dueOn,
            Instant transmittedAt, boolean late, String lateReason) {
    }

    /** The roll-up of the transmitted departmental figures. */
    public record NationalFigures(int departments, int departmentsTotal, int forums, int held, int participants,
            int questions, int minutesItems, CoverageFigures coverage, List<DepartmentFigures> byDepartment) {
    }

    public record DepartmentFigures(String department, String name, String region, String regionName,
            int synthesisVersion, Instant transmittedAt, long synthesisId, int forums, int held, int participants,
            int questions, int minutesItems, int communesTotal, int communesCovered, long populationTotal,
            long populationCovered) {
    }

    /** A source of a national item: a departmental synthesis item and, through it, a forum's item or a question. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Source(String department, Long synthesisItemId, Long forumId, Long itemId, Long questionId) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemView(Long id, String text, String topic, int weight, int departments, int meetings,
            int questions, boolean edited, Boolean deleted, String deleteReason, List<String> departmentCodes,
            List<Source> sources,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(readOnly = true, description = "Points "
                    + "départementaux classés dans un autre point national (leur idée principale y est) qui évoquent "
                    + "aussi celui-ci, développés comme sources ; jamais dans sources ni dans les poids. Lecture seule.")
            List<Source> alsoMentionedIn) {

        /** The departmental points that mention this item (alsoMentionedIn is expanded down to their sources). */
        public long mentionedPoints() {
            return alsoMentionedIn == null ? 0
                    : alsoMentionedIn.stream().map(m -> m.department() + "#" + m.synthesisItemId()).distinct().count();
        }
    }

    public record SectionView(String kind, String title, List<ItemView> items) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    /** As the departmental one, with the délégation's {@code assessment} and {@code signatory}, printed at the end. */
    public record NationalSynthesisView(String scope, long campaignId, int version, String status, int revision,
            NationalFigures figures, List<SectionView> sections, Instant builtAt, String assessment,
            fr.parlonsen.synthesis.SynthesisViews.Signatory signatory) {
    }
}
