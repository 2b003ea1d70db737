package fr.parlonsen.forum;


import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import fr.parlonsen.kernel.DomainError.Conflict;
import fr.parlonsen.kernel.DomainError.Forbidden;
import fr.parlonsen.kernel.DomainError.Invalid;
import fr.parlonsen.kernel.DomainError.NotFound;
import fr.parlonsen.kernel.DomainError.StaleVersion;
import fr.parlonsen.kernel.DomainError.VersionRequired;
import fr.parlonsen.kernel.Violation;
import fr.parlonsen.campaign.Campaign;
import fr.parlonsen.cluster.Generations;
import fr.parlonsen.cluster.RetryOnConflict;
import fr.parlonsen.campaign.CampaignService;
import fr.parlonsen.forum.Catchments.Names;
import fr.parlonsen.forum.ForumForms.CancelInput;
import fr.parlonsen.forum.ForumForms.ForumInput;
import fr.parlonsen.forum.ForumForms.ForumSummary;
import fr.parlonsen.forum.ForumForms.ForumView;
import fr.parlonsen.forum.ForumPermissions.Action;
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

    @Inject
    ForumPermissions permissions;
    @Inject
    Catchments catchments;
    @Inject
    CampaignService campaigns;
    @Inject
    EntityManager em;
    @Inject
    InvitationService invitations;
    @Inject
    Generations generations;
    @Inject
    ForumInputChecks inputs;
    @Inject
    ForumViews views;

    /** The content topic of the public calendar and forum pages: bumped when what they show changes. */
    public static final String PUBLIC_TOPIC = "forum";

    Clock clock = Clock.systemUTC();

    /** The forum as the API and the pages show it. */
    public ForumView view(Forum f) {
        return views.view(f);
    }

    @Transactional
    public List<ForumSummary> list(CurrentUser user, String campaign, String department) {
        Campaign c = campaigns.find(campaign);
        check(user, Action.LIST, department(department), null);
        Names names = catchments.namesIn(department);
        Map<Long, Integer> counts = views.communeCounts(c.id, department);
        return Forum.listByCampaignAndDepartment(c.id, department).stream()
                .map(f -> views.summary(f, names, counts.getOrDefault(f.id, 0))).toList();
    }

    @Transactional
    public ForumView get(CurrentUser user, long id) {
        Forum f = load(id);
        check(user, Action.READ, f.department, null);
        return views.view(f);
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
        ForumInputChecks.Checked checked = inputs.validate(department, form, reading);
        check(user, Action.CREATE, department, checked.expansion().arrondissements());
        Forum f = new Forum();
        f.campaign = c;
        f.department = department;
        f.createdBy = user.username();
        inputs.apply(f, form, checked);
        touch(f);
        f.persist();
        em.flush();
        changedIfPublic(f);
        return views.view(f);
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
        ForumInputChecks.Checked checked = inputs.validate(f.department, form, reading);
        check(user, Action.UPDATE, f.department, checked.expansion().arrondissements());
        inputs.apply(f, form, checked);
        touch(f);
        flush(f);
        changedIfPublic(f);
        return views.view(f);
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
        return views.view(f);
    }

    @Transactional
    public ForumView hold(CurrentUser user, long id) {
        Forum f = transition(user, id, Action.HOLD, ForumStatus.PUBLISHED, ForumStatus.HELD);
        flush(f);
        generations.bump(PUBLIC_TOPIC);
        return views.view(f);
    }

    @Transactional
    public ForumView cancel(CurrentUser user, long id, CancelInput form) {
        Forum f = load(id);
        check(user, Action.CANCEL, f.department, f.arrondissements);
        List<Violation> violations = inputs.beanViolations(form == null ? new CancelInput(null) : form);
        if (!violations.isEmpty()) {
            throw new Invalid(violations);
        }
        transition(user, id, Action.CANCEL, null, ForumStatus.CANCELLED);
        f.cancelReason = form.reason().strip();
        flush(f);
        generations.bump(PUBLIC_TOPIC);
        return views.view(f);
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

    public static OffsetDateTime at(LocalDateTime local) {
        return ForumViews.at(local);
    }

}
