package fr.parlonsen.forum;

import java.time.Duration;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import fr.parlonsen.forum.Catchments.Names;
import fr.parlonsen.forum.ForumForms.CatchmentInput;
import fr.parlonsen.forum.ForumForms.ForumSummary;
import fr.parlonsen.forum.ForumForms.ForumView;
import fr.parlonsen.forum.ForumForms.InviteeView;
import fr.parlonsen.forum.ForumForms.VenueView;

/** A forum as the API and the pages show it: its view, its row in a list, and the warnings about it. */
@ApplicationScoped
class ForumViews {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE);

    @Inject
    Catchments catchments;
    @Inject
    EntityManager em;

    Clock clock = Clock.systemUTC();

    Map<Long, Integer> communeCounts(long campaignId, String department) {
        Map<Long, Integer> out = new HashMap<>();
        List<Object[]> rows = em.createQuery("select f.id, count(c) from Forum f join f.communes c "
                + "where f.campaign.id = ?1 and f.department = ?2 group by f.id", Object[].class)
                .setParameter(1, campaignId).setParameter(2, department).getResultList();
        rows.forEach(r -> out.put((Long) r[0], ((Number) r[1]).intValue()));
        return out;
    }

    ForumSummary summary(Forum f, Names names, int communesCovered) {
        return new ForumSummary(f.id, f.title, f.status.code, f.status.label, at(f.startsAt), at(f.endsAt),
                venue(f, names), catchment(f), names.named(kind(f), f.catchment), communesCovered,
                List.copyOf(f.arrondissements), List.copyOf(f.facilitators), f.version);
    }

    ForumView view(Forum f) {
        Names names = catchments.namesIn(f.department);
        List<InviteeView> invitees = f.invitees.stream().map(i -> new InviteeView(i.id == null ? 0 : i.id, i.name,
                i.role, i.organisation, i.email, i.invitedAt)).toList();
        return new ForumView(f.id, f.campaign.id, f.department, f.title, f.status.code, f.status.label, at(f.startsAt),
                at(f.endsAt), venue(f, names), catchment(f), names.named(kind(f), f.catchment), f.communes.size(),
                List.copyOf(f.arrondissements), List.copyOf(f.facilitators), invitees, f.cancelReason, f.createdBy,
                f.version, warnings(f));
    }

    static CatchmentKind kind(Forum f) {
        return CatchmentKind.fromCode(f.catchmentKind).orElse(CatchmentKind.COMMUNES);
    }

    static CatchmentInput catchment(Forum f) {
        return CatchmentInput.of(kind(f), List.copyOf(f.catchment));
    }

    static VenueView venue(Forum f, Names names) {
        return new VenueView(f.venueName, f.venueAddress, f.venueCommune, names.commune(f.venueCommune),
                f.venueCapacity, f.venueAccessible, f.venueAccess);
    }

    /** French warnings about a forum: too little notice, date passed, outside the campaign window. */
    public List<String> warnings(Forum f) {
        List<String> out = new ArrayList<>();
        if (f.status == ForumStatus.DRAFT || f.status == ForumStatus.PUBLISHED) {
            Instant start = f.startsAt.atZone(ForumService.PARIS).toInstant();
            Instant now = clock.instant();
            if (start.isBefore(now)) {
                out.add("La date de ce forum est déjà passée.");
            } else if (Duration.between(now, start).toDays() < ForumService.NOTICE_DAYS) {
                out.add("Ce forum a lieu dans moins de " + ForumService.NOTICE_DAYS + " jours : les invitations risquent d'arriver "
                        + "trop tard (en 2009, une invitation tardive n'a réuni que 2 participants à un forum). "
                        + "Prévenez les invités par téléphone et relayez l'annonce localement.");
            }
        }
        if (ForumService.outsideWindow(f)) {
            out.add("Ce forum est hors de la période de la campagne (du " + DAY.format(f.campaign.startsOn) + " au "
                    + DAY.format(f.campaign.endsOn) + ").");
        }
        return out;
    }

    public static OffsetDateTime at(LocalDateTime local) {
        return local == null ? null : local.atZone(ForumService.PARIS).toOffsetDateTime();
    }
}
