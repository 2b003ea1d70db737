package fr.parlonsen.synthesis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One version of the departmental synthesis of a campaign. */
@Entity
@Table(name = "synthesis")
public class Synthesis extends PanacheEntityBase {
    public static final String DRAFT = "draft";
    public static final String VALIDATED = "validated";
    public static final String TRANSMITTED = "transmitted";
    public static final String DEPARTMENT_SCOPE = "department";
    public static final String NATIONAL_SCOPE = "national";
    /** The department code of the national synthesis: the whole country. */
    public static final String NATIONAL_CODE = "FR";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "campaign_id")
    public long campaignId;
    /** {@code department} or {@code national} (then {@link #department} is {@link #NATIONAL_CODE}). */
    public String scope = DEPARTMENT_SCOPE;
    public String department;
    /** The document version: 1, then + 1 for each edit after a transmission. */
    public int version;
    public String status = DRAFT;
    /** Optimistic lock, the ETag of the API and the hidden field of the pages. */
    @Version
    public int revision;
    /** The summary figures, as JSON. */
    public String figures;
    @Column(name = "built_at")
    public Instant builtAt;
    @Column(name = "validated_by")
    public String validatedBy;
    @Column(name = "validated_at")
    public Instant validatedAt;
    @Column(name = "transmitted_by")
    public String transmittedBy;
    @Column(name = "transmitted_at")
    public Instant transmittedAt;
    /** The préfet's own assessment, free text written by the cabinet (null: not written yet). */
    public String assessment;
    @Column(name = "signatory_name")
    public String signatoryName;
    @Column(name = "signatory_title")
    public String signatoryTitle;
    @OneToMany(mappedBy = "synthesis", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("section, position")
    public List<SynthesisItem> items = new ArrayList<>();

    public static Optional<Synthesis> findLatest(long campaignId, String department) {
        return find("campaignId = ?1 and department = ?2 order by version desc", campaignId, department)
                .firstResultOptional();
    }

    public static Optional<Synthesis> findVersion(long campaignId, String department, int version) {
        return find("campaignId = ?1 and department = ?2 and version = ?3", campaignId, department, version)
                .firstResultOptional();
    }

    public static List<Synthesis> listTransmittedLatest(long campaignId) {
        return list("""
                from Synthesis s where s.campaignId = ?1 and s.scope = 'department' and s.status = 'transmitted' and s.version =
                (select max(t.version) from Synthesis t where t.campaignId = s.campaignId
                 and t.department = s.department and t.status = 'transmitted') order by s.department""", campaignId);
    }

    public boolean isTransmitted() {
        return TRANSMITTED.equals(status);
    }
}
