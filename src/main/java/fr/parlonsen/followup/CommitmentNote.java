package fr.parlonsen.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A dated progress note of a commitment; the public sees its text with personal data masked. */
@Entity
@Table(name = "commitment_note")
public class CommitmentNote extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "commitment_id")
    public long commitmentId;
    public LocalDate at;
    public String text;
    @Column(name = "masked_text")
    public String maskedText;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;

    public static List<CommitmentNote> listFor(long commitmentId) {
        return list("commitmentId = ?1 order by at, id", commitmentId);
    }

    public static List<CommitmentNote> listFor(List<Long> commitmentIds) {
        return commitmentIds.isEmpty() ? List.of()
                : list("commitmentId in ?1 order by at, id", commitmentIds);
    }
}
