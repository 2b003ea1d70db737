package fr.parlonsen.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * What a prefecture does with a proposal of its synthesis: who carries it, by when, where it stands. Lives beside
 * the synthesis (whose transmitted versions stay frozen) and keeps a copy of the items and statements it answers.
 */
@Entity
@Table(name = "commitment")
public class Commitment extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "campaign_id")
    public long campaignId;
    public String department;
    public String title;
    public String description;
    @Column(name = "carried_by")
    public String carriedBy;
    @Column(name = "due_on")
    public LocalDate dueOn;
    public String status = CommitmentStatus.PLANNED.code;
    public String reason;
    public boolean published;
    /** The day it was first marked done: what "done on time" compares with {@link #dueOn}. */
    @Column(name = "done_on")
    public LocalDate doneOn;
    @Version
    public int version;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_by")
    public String updatedBy;
    @Column(name = "updated_at")
    public Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "commitment_source", joinColumns = @JoinColumn(name = "commitment_id"))
    @OrderColumn(name = "position")
    @org.hibernate.annotations.BatchSize(size = 200)
    public List<ItemLink> items = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "commitment_statement", joinColumns = @JoinColumn(name = "commitment_id"))
    @org.hibernate.annotations.BatchSize(size = 200)
    public List<StatementLink> statements = new ArrayList<>();

    /** A synthesis item this commitment answers (a copy of its text), possibly narrowed to one statement. */
    @Embeddable
    public record ItemLink(@Column(name = "synthesis_item_id") long synthesisItemId,
            @Column(name = "synthesis_version") int synthesisVersion, @Column(name = "section") String section,
            @Column(name = "item_text") String text, @Column(name = "statement_key") String statementKey) {
    }

    /** A statement (minutes item or citizen's question) behind one of the items, with its forum. */
    @Embeddable
    public record StatementLink(@Column(name = "synthesis_item_id") long synthesisItemId,
            @Column(name = "source_key") String key, @Column(name = "forum_id") Long forumId,
            @Column(name = "minutes_item_id") Long minutesItemId, @Column(name = "question_id") Long questionId,
            @Column(name = "text") String text) {
    }

    public CommitmentStatus statusEnum() {
        return CommitmentStatus.fromCode(status).orElse(CommitmentStatus.PLANNED);
    }

    public static List<Commitment> listByDepartment(long campaignId, String department) {
        return list("campaignId = ?1 and department = ?2 order by id", campaignId, department);
    }

    public static List<Commitment> listPublished(long campaignId, String department) {
        return list("campaignId = ?1 and department = ?2 and published = true order by id", campaignId, department);
    }
}
