package fr.parlonsen.minutes;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A saved version of the minutes, as the full JSON body of that version. */
@Entity
@Table(name = "minutes_version")
@IdClass(MinutesVersion.Key.class)
public class MinutesVersion extends PanacheEntityBase {
    @Id
    @Column(name = "forum_id")
    public Long forumId;
    @Id
    public int version;
    @Convert(converter = MinutesStatus.Column.class)
    public MinutesStatus status;
    public String action;
    public String snapshot;
    @Column(name = "saved_by")
    public String savedBy;
    @Column(name = "saved_at")
    public Instant savedAt;

    public record Key(Long forumId, int version) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    public static List<MinutesVersion> listByForumNewestFirst(long forumId) {
        return list("forumId = ?1 order by version desc", forumId);
    }

    public static Optional<MinutesVersion> findByForumAndVersion(long forumId, int version) {
        return find("forumId = ?1 and version = ?2", forumId, version).firstResultOptional();
    }
}
