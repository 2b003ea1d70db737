package fr.parlonsen.minutes;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One line of the audit trail: who did what to the minutes, when, at which version, why. */
@Entity
@Table(name = "minutes_audit")
public class MinutesAudit extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @jakarta.persistence.Column(name = "forum_id")
    public Long forumId;
    public String action;
    public int version;
    public String actor;
    public Instant at;
    public String reason;

    public static List<MinutesAudit> listByForumNewestFirst(long forumId) {
        return list("forumId = ?1 order by at desc, id desc", forumId);
    }
}
