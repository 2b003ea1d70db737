package fr.parlonsen.followup;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One anonymous evaluation of a forum by a participant. Only the masked comment is kept. */
@Entity
@Table(name = "forum_feedback")
public class Feedback extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "forum_id")
    public long forumId;
    @Column(name = "campaign_id")
    public long campaignId;
    public String department;
    public int satisfaction;
    public boolean listened;
    public boolean answered;
    @Column(name = "would_return")
    public boolean wouldReturn;
    @Column(name = "comment_masked")
    public String commentMasked;
    @Column(name = "masked_count")
    public int maskedCount;
    @Column(name = "device_hash")
    public String deviceHash;
    @Column(name = "token_hash")
    public String tokenHash;
    public String origin = "form";
    @Column(name = "submitted_at")
    public Instant submittedAt;
}
