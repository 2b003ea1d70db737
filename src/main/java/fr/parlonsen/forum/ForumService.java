package fr.parlonsen.forum;

import static fr.parlonsen.kernel.Text.blankToNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import fr.parlonsen.kernel.Text;
import fr.parlonsen.kernel.DomainError.Conflict;
import fr.parlonsen.kernel.DomainError.Forbidden;
import fr.parlonsen.kernel.DomainError.Invalid;
import fr.parlonsen.kernel.DomainError.NotFound;
import fr.parlonsen.kernel.DomainError.StaleVersion;
import fr.parlonsen.kernel.DomainError.VersionRequired;
import fr.parlonsen.kernel.Violation;
import fr.parlonsen.territory.TerritoryQueries;
import fr.parlonsen.campaign.Campaign;
import fr.parlonsen.cluster.Generations;
import fr.parlonsen.cluster.RetryOnConflict;
import fr.parlonsen.campaign.CampaignService;
import fr.parlonsen.forum.Catchments.Expansion;
import fr.parlonsen.forum.Catchments.Names;
import fr.parlonsen.forum.ForumForms.CancelInput;
import fr.parlonsen.forum.ForumForms.CatchmentInput;
import fr.parlonsen.forum.ForumForms.ForumInput;
import fr.parlonsen.forum.ForumForms.ForumSummary;
import fr.parlonsen.forum.ForumForms.ForumView;
import fr.parlonsen.forum.ForumForms.InviteeInput;
import fr.parlonsen.forum.ForumForms.InviteeView;
import fr.parlonsen.forum.ForumForms.VenueInput;
import fr.parlonsen.forum.ForumForms.VenueView;
import fr.parlonsen.forum.ForumPermissions.Action;
import fr.parlonsen.security.AppUser;
import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.security.Role;
import fr.parlonsen.territory.Department;

/**
 * Planning forums: create, replace, publish (which mails the invitations), cancel, mark held; each checked
 * against the permissions.
 */
@ApplicationScoped
public class ForumService {
    public static final ZoneId PARIS = fr.parlonsen.kernel.French.PARIS;
    /** Below this notice, invitations arrive too late (in 2009 a late invitation gave one forum 2 attendees). */
    public static final int NOTICE_DAYS = 21;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE);

    @Inject
    ForumPermissions permissions;
    @Inject
    Catchments catchments;
    @Inject
    CampaignService campaigns;
    @Inject
    Validator validator;
    @Inject
    EntityManager em;
    @Inject
    TerritoryQueries territory;
    @Inject
    InvitationService invitations;
    @Inject
    Generations generations;

    /** The content topic of the public calendar and forum pages: bumped when what they show changes. */
    public static final String PUBLIC_TOPIC = "forum";

    Clock clock = Clock.systemUTC();

    @Transactional
    public List<ForumSummary> list(CurrentUser user, String campaign, String department) {
        Campaign c = campaigns.find(campaign);
        check(user, Action.LIST, department(department), null);
        Names names = catchments.namesIn(department);
        Map<Long, Integer> counts = communeCounts(c.id, department);
        return Forum.listByCampaignAndDepartment(c.id, department).stream()
                .map(f -> summary(f, names, counts.getOrDefault(f.id, 0))).toList();
    }

    @Transactional
    public ForumView get(CurrentUser user, long id) {
        Forum f = load(id);
        check(user, Action.READ, f.department, null);
        return view(f);
    }

    @Transactional
    @RetryOnConflict
    public ForumView create(CurrentUser user, String campaign, String department, ForumInput form) {
        return create(user, campaign, department, form, List.of());
    }

    /** @param reading violations found while reading a page form (e.g. a capacity that is not a number) */
    @Transactional
    @RetryOnConflict
    public ForumView create(CurrentUser user, String campaign, String department, ForumInput form,
            List<Violation> reading) {
        Campaign c = campaigns.find(campaign);
        check(user, Action.CREATE, department(department), null);
        Checked checked = validate(department, form, reading);
        check(user, Action.CREATE, department, checked.expansion.arrondissements());
        Forum f = new Forum();
        f.campaign = c;
        f.department = department;
        f.createdBy = user.username();
        apply(f, form, checked);
        f.persist();
        em.flush();
        changedIfPublic(f);
        return view(f);
    }

    /**
     * Replaces a forum. {@code expectedVersion} is the version the editor started from (If-Match, or the form's
     * hidden field): missing → 428, stale → 412, and nothing is overwritten.
     */
    @Transactional
    @RetryOnConflict
    public ForumView update(CurrentUser user, long id, Integer expectedVersion, ForumInput form) {
        return update(user, id, expectedVersion, form, List.of());
    }

    @Transactional
    @RetryOnConflict
    public ForumView update(CurrentUser user, long id, Integer expectedVersion, ForumInput form,
            List<Violation> reading) {
        Forum f = load(id);
        check(user, Action.UPDATE, f.department, f.arrondissements);
        if (expectedVersion == null) {
            throw new VersionRequired("Indiquez la version que vous modifiez (en-tête If-Match, valeur de l'ETag) : sans elle, vous "
                            + "risqueriez d'écraser les changements de quelqu'un d'autre.");
        }
        requireVersion(f, expectedVersion);
        if (f.status == ForumStatus.CANCELLED) {
            throw new Conflict("Un forum annulé ne peut plus être modifié.");
        }
        Checked checked = validate(f.department, form, reading);
        check(user, Action.UPDATE, f.department, checked.expansion.arrondissements());
        apply(f, form, checked);
        flush(f);
        changedIfPublic(f);
        return view(f);
    }

    /** Public pages of every replica show the change within a second (see Generations). */
    private void changedIfPublic(Forum f) {
        if (f.isPublic()) {
            generations.bump(PUBLIC_TOPIC);
        }
    }

    @Transactional
    public ForumView publish(CurrentUser user, long id) {
        Forum f = transition(user, id, Action.PUBLISH, ForumStatus.DRAFT, ForumStatus.PUBLISHED);
        f.publishedAt = f.updatedAt;
        flush(f);
        invitations.send(f);
        generations.bump(PUBLIC_TOPIC);
        return view(f);
    }

    @Transactional
    public ForumView hold(CurrentUser user, long id) {
        Forum f = transition(user, id, Action.HOLD, ForumStatus.PUBLISHED, ForumStatus.HELD);
        flush(f);
        generations.bump(PUBLIC_TOPIC);
        return view(f);
    }

    @Transactional
    public ForumView cancel(CurrentUser user, long id, CancelInput form) {
        Forum f = load(id);
        check(user, Action.CANCEL, f.department, f.arrondissements);
        List<Violation> violations = beanViolations(form == null ? new CancelInput(null) : form);
        if (!violations.isEmpty()) {
            throw new Invalid(violations);
        }
        transition(user, id, Action.CANCEL, null, ForumStatus.CANCELLED);
        f.cancelReason = form.reason().strip();
        flush(f);
        generations.bump(PUBLIC_TOPIC);
        return view(f);
    }

    /** French warnings about a forum: too little notice, date passed, outside the campaign window. */
    public List<String> warnings(Forum f) {
        List<String> out = new ArrayList<>();
        if (f.status == ForumStatus.DRAFT || f.status == ForumStatus.PUBLISHED) {
            Instant start = f.startsAt.atZone(PARIS).toInstant();
            Instant now = clock.instant();
            if (start.isBefore(now)) {
                out.add("La date de ce forum est déjà passée.");
            } else if (Duration.between(now, start).toDays() < NOTICE_DAYS) {
                out.add("Ce forum a lieu dans moins de " + NOTICE_DAYS + " jours : les invitations risquent d'arriver "
                        + "trop tard (en 2009, une invitation tardive n'a réuni que 2 participants à un forum). "
                        + "Prévenez les invités par téléphone et relayez l'annonce localement.");
            }
        }
        if (outsideWindow(f)) {
            out.add("Ce forum est hors de la période de la campagne (du " + DAY.format(f.campaign.startsOn) + " au "
                    + DAY.format(f.campaign.endsOn) + ").");
        }
        return out;
    }

    public static boolean outsideWindow(Forum f) {
        return f.startsAt.toLocalDate().isBefore(f.campaign.startsOn) || f.endsAt.toLocalDate().isAfter(f.campaign.endsOn);
    }

    /** The forum, for the service's own callers (pages, public views, documents) once permission is checked. */
    public Forum load(long id) {
        Forum f = Forum.findById(id);
        if (f == null) {
            throw new NotFound("Le forum n° " + id + " n'existe pas.");
        }
        return f;
    }

    public void check(CurrentUser user, Action action, String department, Set<String> arrondissements) {
        if (permissions.may(user, action, department, arrondissements)) {
            return;
        }
        if (arrondissements != null && user.has(Role.SOUS_PREFET) && user.belongsTo(department)) {
            throw new Forbidden("Ce forum couvre des communes hors de votre arrondissement : seul le "
                    + "cabinet du préfet peut le planifier ou le modifier.");
        }
        throw new Forbidden(action.isWrite()
                ? "Votre rôle ne permet pas de planifier ou modifier les forums de ce département."
                : "Vous ne pouvez consulter que les forums de votre département.");
    }

    String department(String code) {
        if (Department.findByCode(code).isEmpty()) {
            throw new NotFound("Le département « " + code + " » n'existe pas.");
        }
        return code;
    }

    private Forum transition(CurrentUser user, long id, Action action, ForumStatus from, ForumStatus to) {
        Forum f = load(id);
        check(user, action, f.department, f.arrondissements);
        boolean allowed = from != null ? f.status == from
                : f.status == ForumStatus.DRAFT || f.status == ForumStatus.PUBLISHED;
        if (!allowed) {
            throw new Conflict("Impossible de passer ce forum de « " + f.status.label + " » à « " + to.label
                    + " ».");
        }
        f.status = to;
        touch(f);
        return f;
    }

    private void requireVersion(Forum f, int expected) {
        if (f.version != expected) {
            throw new StaleVersion("Ce forum a été modifié entre-temps (version actuelle "
                    + f.version + ", la vôtre " + expected + "). Rien n'a été écrasé : rechargez-le et refaites vos "
                    + "changements.");
        }
    }

    private void flush(Forum f) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersion("Ce forum vient d'être modifié par quelqu'un d'autre. Rien n'a été écrasé : rechargez-le.");
        }
    }

    private void touch(Forum f) {
        f.updatedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    record Checked(LocalDateTime startsAt, LocalDateTime endsAt, Expansion expansion, List<String> facilitators) {
    }

    /** Every check of a forum's input, all at once: 422 with each field's French message, nothing saved. */
    Checked validate(String department, ForumInput form, List<Violation> reading) {
        if (form == null) {
            throw new Invalid("body", "Le corps de la requête est obligatoire.");
        }
        List<Violation> violations = beanViolations(form);
        // a page field that could not be read says why itself: no second, generic message on it
        Set<String> read = new java.util.HashSet<>();
        reading.forEach(v -> read.add(v.field()));
        violations.removeIf(v -> read.contains(v.field()));
        violations.addAll(reading);
        LocalDateTime start = parseDateTime("startsAt", form.startsAt(), violations);
        LocalDateTime end = parseDateTime("endsAt", form.endsAt(), violations);
        if (start != null && end != null && !end.isAfter(start)) {
            violations.add(new Violation("endsAt", "La fin doit être postérieure au début."));
        }
        VenueInput venue = form.venue();
        if (venue != null && venue.communeCode() != null && venue.communeCode().matches("[0-9][0-9AB][0-9]{3}")) {
            java.util.Optional<String> dep = territory.departmentOfCommune(venue.communeCode());
            if (dep.isEmpty()) {
                violations.add(new Violation("venue.communeCode", "Commune inconnue : « " + venue.communeCode() + " »."));
            } else if (!department.equals(dep.get())) {
                violations.add(new Violation("venue.communeCode",
                        "La commune du lieu doit être dans le département " + department + "."));
            }
        }
        Expansion expansion = catchments.expand(department, form.catchment(), violations);
        List<String> facilitators = new ArrayList<>(new LinkedHashSet<>(form.facilitatorList()));
        for (String username : facilitators) {
            if (username == null || username.isBlank()) {
                continue;
            }
            boolean ok = AppUser.findByUsername(username).filter(u -> u.enabled && department.equals(u.department)
                    && u.roleSet().contains(Role.FACILITATOR)).isPresent();
            if (!ok) {
                violations.add(new Violation("facilitators",
                        "« " + username + " » n'est pas un animateur du département " + department + "."));
            }
        }
        if (!violations.isEmpty()) {
            violations.sort(Comparator.comparingInt((Violation v) -> formOrder(v.field())).thenComparing(Violation::field));
            throw new Invalid(violations);
        }
        return new Checked(start, end, expansion, facilitators);
    }

    private static final List<String> FORM_ORDER = List.of("title", "startsAt", "endsAt", "venue", "catchment",
            "facilitators", "invitees");

    /** Errors are listed in the order of the form's fields, as the error summary shows them. */
    static int formOrder(String field) {
        for (int i = 0; i < FORM_ORDER.size(); i++) {
            if (field.startsWith(FORM_ORDER.get(i))) {
                return i;
            }
        }
        return FORM_ORDER.size();
    }

    private List<Violation> beanViolations(Object form) {
        List<Violation> out = new ArrayList<>();
        for (ConstraintViolation<Object> v : validator.validate(form)) {
            out.add(new Violation(v.getPropertyPath().toString().replaceAll("\\.<[^>]+>", ""), v.getMessage()));
        }
        return out;
    }

    /** "2009-03-16T18:30", "2009-03-16T18:30:00" (Paris time) or with an offset "2009-03-16T18:30:00+01:00". */
    static LocalDateTime parseDateTime(String field, String text, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        Optional<LocalDateTime> read = Text.parisDateTime(t);
        if (read.isEmpty()) {
            violations.add(new Violation(field, "Date et heure invalides : « " + t + " » (attendu : 2009-03-16T18:30)."));
            return null;
        }
        return read.get().truncatedTo(ChronoUnit.MINUTES);
    }

    private void apply(Forum f, ForumInput form, Checked checked) {
        f.title = form.title().strip();
        f.startsAt = checked.startsAt();
        f.endsAt = checked.endsAt();
        VenueInput v = form.venue();
        f.venueName = v.name().strip();
        f.venueAddress = blankToNull(v.address());
        f.venueCommune = v.communeCode();
        f.venueCapacity = v.capacity();
        f.venueAccessible = v.accessible();
        f.venueAccess = blankToNull(v.access());
        Expansion e = checked.expansion();
        f.catchmentKind = e.kind().code;
        replace(f.catchment, e.codes());
        replace(f.communes, e.communes());
        replace(f.arrondissements, e.arrondissements());
        replace(f.facilitators, checked.facilitators());
        Map<String, Invitee> existing = new HashMap<>();
        f.invitees.forEach(i -> existing.put(inviteeKey(i.name, i.email), i));
        List<Invitee> next = new ArrayList<>();
        int position = 0;
        for (InviteeInput in : form.inviteeList()) {
            Invitee i = existing.remove(inviteeKey(in.name(), in.email()));
            if (i == null) {
                i = new Invitee();
                i.forum = f;
            }
            i.position = ++position;
            i.name = in.name().strip();
            i.role = in.role();
            i.organisation = blankToNull(in.organisation());
            i.email = blankToNull(in.email());
            next.add(i);
        }
        f.invitees.clear();
        f.invitees.addAll(next);
        touch(f);
    }

    private static String inviteeKey(String name, String email) {
        return (name == null ? "" : name.strip().toLowerCase(Locale.ROOT)) + "|"
                + (email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
    }

    private static <T> void replace(Set<T> target, java.util.Collection<T> values) {
        if (!target.equals(new LinkedHashSet<>(values))) {
            target.clear();
            target.addAll(values);
        }
    }

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

    public ForumView view(Forum f) {
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

    public static OffsetDateTime at(LocalDateTime local) {
        return local == null ? null : local.atZone(PARIS).toOffsetDateTime();
    }

}
