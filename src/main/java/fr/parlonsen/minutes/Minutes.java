package fr.parlonsen.minutes;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The minutes of one forum. {@code version} is the ETag, managed by {@link MinutesHistory} under a row lock. */
@Entity
@Table(name = "minutes")
public class Minutes extends PanacheEntityBase {
    @Id
    @Column(name = "forum_id")
    public Long forumId;
    @Convert(converter = MinutesStatus.Column.class)
    public MinutesStatus status = MinutesStatus.DRAFT;
    public int version;
    @Column(name = "attendance_total")
    public Integer attendanceTotal;
    @Column(name = "attendance_public")
    public Integer attendancePublic;
    @Column(name = "attendance_elus")
    public Integer attendanceElus;
    @Column(name = "attendance_associations")
    public Integer attendanceAssociations;
    @Column(name = "attendance_police_nationale")
    public Integer attendancePoliceNationale;
    @Column(name = "attendance_gendarmerie")
    public Integer attendanceGendarmerie;
    @Column(name = "attendance_police_municipale")
    public Integer attendancePoliceMunicipale;
    @Column(name = "attendance_autres")
    public Integer attendanceAutres;
    @Column(name = "started_at")
    public LocalDateTime startedAt;
    @Column(name = "ended_at")
    public LocalDateTime endedAt;
    public String summary;
    /** The reason of the last reopening, while the reopened minutes are a draft again. */
    @Column(name = "reopen_reason")
    public String reopenReason;
    @Column(name = "updated_by")
    public String updatedBy;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Optional<Minutes> findByForum(long forumId) {
        return findByIdOptional(forumId);
    }

    /** The minutes row locked for writing: saves and workflow steps of one forum run one after the other. */
    public static Optional<Minutes> findByForumForUpdate(long forumId) {
        return findByIdOptional(forumId, LockModeType.PESSIMISTIC_WRITE);
    }
}
