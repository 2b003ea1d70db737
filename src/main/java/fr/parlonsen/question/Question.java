package fr.parlonsen.question;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A citizen's question (source public) or a question recorded in validated minutes (source minutes). The original
 * text is for moderators; the masked text (personal data replaced) is what gets published.
 */
@Entity
@Table(name = "question")
public class Question extends PanacheEntityBase {
    public static final String SOURCE_PUBLIC = "public";
    public static final String SOURCE_MINUTES = "minutes";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "campaign_id")
    public Long campaignId;
    public String department;
    @Column(name = "forum_id")
    public Long forumId;
    public String source;
    @Column(name = "minutes_item_id")
    public Long minutesItemId;
    @Convert(converter = QuestionStatus.Column.class)
    public QuestionStatus status = QuestionStatus.PENDING;
    @Column(name = "original_text")
    public String originalText;
    @Column(name = "masked_text")
    public String maskedText;
    /** JSON array of the personal data found in the original: [{kind, start, end}]. */
    public String detections;
    @Column(name = "commune_code")
    public String communeCode;
    public String email;
    public String topic;
    @Column(name = "topic_suggested")
    public String topicSuggested;
    @Column(name = "topic_source")
    public String topicSource;
    @Column(name = "reject_reason")
    public String rejectReason;
    @Column(name = "answer_original")
    public String answerOriginal;
    @Column(name = "answer_masked")
    public String answerMasked;
    @Column(name = "answered_by")
    public String answeredBy;
    @Column(name = "answered_at")
    public Instant answeredAt;
    @Column(name = "moderated_by")
    public String moderatedBy;
    @Column(name = "moderated_at")
    public Instant moderatedAt;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    @Column(name = "email_purged_at")
    public Instant emailPurgedAt;

    public static List<Question> listQueue(long campaignId, String department, QuestionStatus status) {
        if (status == null) {
            return list("campaignId = ?1 and department = ?2 order by submittedAt, id", campaignId, department);
        }
        return list("campaignId = ?1 and department = ?2 and status = ?3 order by submittedAt, id", campaignId,
                department, status);
    }

    public static List<Question> listPublishedByForum(long forumId) {
        return list("forumId = ?1 and status = ?2 order by submittedAt, id", forumId, QuestionStatus.PUBLISHED);
    }

    public static Optional<Question> findByMinutesItem(long itemId) {
        return find("minutesItemId", itemId).firstResultOptional();
    }

    public static List<Question> listFromMinutesOfForum(long forumId) {
        return list("forumId = ?1 and source = ?2", forumId, SOURCE_MINUTES);
    }

    /** Questions still holding an e-mail address, of campaigns that ended on or before {@code endedBy}. */
    public static List<Question> listWithEmailOfCampaignsEndedBy(LocalDate endedBy) {
        return list("email is not null and campaignId in (select c.id from Campaign c where c.endsOn <= ?1)", endedBy);
    }
}
