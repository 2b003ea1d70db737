package fr.parlonsen.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The JSON of the follow-up API: inputs and views. */
public final class FollowupForms {
    private FollowupForms() {
    }

    /**
     * A commitment as a prefecture writes it. {@code synthesisItemIds}: the synthesis items (groups) it answers;
     * {@code statements}: optionally, source keys ({@code m:<id>}, {@code q:<id>}) of those items to narrow an
     * item to the statements concerned. {@code doneOn}: the day it was done (today when marked done without it).
     */
    public record CommitmentInput(String title, String description, String carriedBy, String dueOn, String status,
            String reason, List<Long> synthesisItemIds, List<String> statements, Boolean published, String doneOn) {
    }

    public record NoteInput(String text, String at) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ForumRef(long id, String title, String url) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StatementView(String key, Long forumId, String forumTitle, Long minutesItemId, Long questionId,
            String text) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SourceView(long synthesisItemId, int synthesisVersion, String section, String text,
            String statement, List<ForumRef> forums, List<StatementView> statements) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NoteView(long id, LocalDate at, String text, String createdBy) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CommitmentView(long id, long campaignId, String department, String title, String description,
            String carriedBy, LocalDate dueOn, String status, String statusLabel, String reason, boolean published,
            LocalDate doneOn, Boolean doneOnTime, int version, List<Long> synthesisItemIds, List<SourceView> sources,
            List<ForumRef> forums, List<NoteView> notes, Instant createdAt, Instant updatedAt) {
        public String badge() {
            return CommitmentStatus.fromCode(status).map(s -> s.badge).orElse("");
        }
    }

    /** POST /api/v1/public/forums/{id}/feedback. {@code website}: the honeypot; {@code token}: the form token. */
    public record FeedbackInput(Integer satisfaction, Boolean listened, Boolean answered, Boolean wouldReturn,
            String comment, String token, String website) {
    }

    public record Question(String name, String type, String label, boolean required, Integer min, Integer max,
            Integer maxLength) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FeedbackFormView(long forumId, String forumTitle, String department, boolean open,
            Instant opensAt, Instant closesAt, String url, List<Question> questions, String token, Instant notBefore,
            String method, String action) {
    }

    public record FeedbackAccepted(long id, String status) {
    }
}
