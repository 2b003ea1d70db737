package fr.parlonsen.forum;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import fr.parlonsen.forum.ForumForms.Named;
import fr.parlonsen.forum.ForumForms.VenueView;

/**
 * What the public sees of a forum: dates, place, the territories it covers by name, its status. Never a draft,
 * never the invitees or the facilitators. The names of the communes covered come with one forum, not with a
 * calendar (its lines carry their count).
 */
public record PublicForum(long id, String department, String title, String status, String statusLabel,
        OffsetDateTime startsAt, OffsetDateTime endsAt, VenueView venue, String catchmentKind,
        List<Named> catchment, int communesCovered,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> communes, String cancelReason, int sequence,
        @JsonIgnore Instant updatedAt) {

    public boolean isCancelled() {
        return ForumStatus.CANCELLED.code.equals(status);
    }

    /** "Salle des fêtes, Place de la mairie, 02000 Laon" style, for LOCATION and the CSV. */
    public String location() {
        StringBuilder s = new StringBuilder();
        if (venue.name() != null) s.append(venue.name());
        if (venue.address() != null) s.append(s.isEmpty() ? "" : ", ").append(venue.address());
        if (venue.communeName() != null) s.append(s.isEmpty() ? "" : ", ").append(venue.communeName());
        return s.toString();
    }

    public String catchmentNames() {
        return String.join(", ", catchment.stream().map(Named::name).toList());
    }
}
