package fr.parlonsen.forum;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import fr.parlonsen.campaign.Campaign;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One public meeting of a campaign in a département. */
@Entity
@Table(name = "forum")
public class Forum extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "campaign_id")
    public Campaign campaign;
    public String department;
    public String title;
    @Column(name = "starts_at")
    public LocalDateTime startsAt;
    @Column(name = "ends_at")
    public LocalDateTime endsAt;
    @Convert(converter = ForumStatusConverter.class)
    public ForumStatus status = ForumStatus.DRAFT;
    @Column(name = "cancel_reason")
    public String cancelReason;
    @Column(name = "venue_name")
    public String venueName;
    @Column(name = "venue_address")
    public String venueAddress;
    @Column(name = "venue_commune")
    public String venueCommune;
    @Column(name = "venue_capacity")
    public Integer venueCapacity;
    @Column(name = "venue_accessible")
    public Boolean venueAccessible;
    /** How to get there (public transport, parking), shown on the public page. */
    @Column(name = "venue_access")
    public String venueAccess;
    /** cantons, epcis, arrondissements or communes. */
    @Column(name = "catchment_kind")
    public String catchmentKind;
    @ElementCollection
    @CollectionTable(name = "forum_catchment", joinColumns = @JoinColumn(name = "forum_id"))
    @Column(name = "code")
    public Set<String> catchment = new LinkedHashSet<>();
    @ElementCollection
    @CollectionTable(name = "forum_commune", joinColumns = @JoinColumn(name = "forum_id"))
    @Column(name = "commune_code")
    public Set<String> communes = new LinkedHashSet<>();
    @ElementCollection
    @CollectionTable(name = "forum_arrondissement", joinColumns = @JoinColumn(name = "forum_id"))
    @Column(name = "arrondissement")
    public Set<String> arrondissements = new LinkedHashSet<>();
    @ElementCollection
    @CollectionTable(name = "forum_facilitator", joinColumns = @JoinColumn(name = "forum_id"))
    @Column(name = "username")
    public Set<String> facilitators = new LinkedHashSet<>();
    @OneToMany(mappedBy = "forum", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Invitee> invitees = new ArrayList<>();
    @Version
    public int version;
    @Column(name = "created_by")
    public String createdBy;
    /** Set by the service at every change: the public calendar's DTSTAMP. */
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "published_at")
    public Instant publishedAt;

    public static List<Forum> listByCampaignAndDepartment(long campaignId, String department) {
        return list("campaign.id = ?1 and department = ?2 order by startsAt, id", campaignId, department);
    }

    /** What the public sees: published and held forums, and cancelled ones that had been published. */
    public static List<Forum> listPublicByCampaignAndDepartment(long campaignId, String department) {
        return list("campaign.id = ?1 and department = ?2 and (status in ?3 or (status = ?4 and publishedAt is not null))"
                + " order by startsAt, id", campaignId, department, List.of(ForumStatus.PUBLISHED, ForumStatus.HELD),
                ForumStatus.CANCELLED);
    }

    public boolean isPublic() {
        return status == ForumStatus.PUBLISHED || status == ForumStatus.HELD
                || (status == ForumStatus.CANCELLED && publishedAt != null);
    }

    public boolean isFacilitator(String username) {
        return username != null && facilitators.contains(username);
    }
}
