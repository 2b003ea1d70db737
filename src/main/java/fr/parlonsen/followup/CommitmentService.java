package fr.parlonsen.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.parlonsen.kernel.DomainError.Forbidden;
import fr.parlonsen.kernel.DomainError.Invalid;
import fr.parlonsen.kernel.DomainError.NotFound;
import fr.parlonsen.kernel.Versions;
import fr.parlonsen.kernel.Violation;
import fr.parlonsen.campaign.Campaign;
import fr.parlonsen.followup.FollowupForms.CommitmentInput;
import fr.parlonsen.followup.FollowupForms.CommitmentView;
import fr.parlonsen.followup.FollowupForms.ForumRef;
import fr.parlonsen.followup.FollowupForms.NoteInput;
import fr.parlonsen.followup.FollowupForms.NoteView;
import fr.parlonsen.followup.FollowupForms.SourceView;
import fr.parlonsen.followup.FollowupForms.StatementView;
import fr.parlonsen.followup.FollowupPermissions.Action;
import fr.parlonsen.forum.ForumQueries;
import fr.parlonsen.minutes.MinutesQueries;
import fr.parlonsen.question.PersonalDataMasker;
import fr.parlonsen.question.Question;
import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.synthesis.SynthesisQueries;
import fr.parlonsen.territory.Department;

/**
 * Commitments: made by a prefecture from the items of its validated or transmitted synthesis, edited with
 * If-Match, followed by dated progress notes; the public reads the published ones, personal data masked.
 */
@ApplicationScoped
public class CommitmentService {
    static final ZoneId PARIS = fr.parlonsen.kernel.French.PARIS;

    @Inject
    FollowupPermissions permissions;
    @Inject
    SynthesisQueries synthesis;
    @Inject
    ForumQueries forums;
    @Inject
    MinutesQueries minutes;
    @Inject
    PersonalDataMasker masker;
    @Inject
    fr.parlonsen.cluster.Generations generations;
    @Inject
    CommitmentSources sources;
    @Inject
    CommitmentViews views;

    /** The content topic of the public follow-up (page, feeds, the forum page's section), bumped by every write. */
    public static final String PUBLIC_TOPIC = "followup";

    public record Scope(Campaign campaign, Department department) {
    }

    /** The campaign and département of a URL, or 404. */
    public Scope scope(String campaignRef, String department) {
        Campaign campaign = Campaign.findByCodeOrId(campaignRef)
                .orElseThrow(() -> new NotFound("Aucune campagne « " + campaignRef + " »."));
        Department dep = Department.findByCode(department)
                .orElseThrow(() -> new NotFound("Aucun département « " + department + " »."));
        return new Scope(campaign, dep);
    }

    @Transactional
    public List<CommitmentView> list(CurrentUser user, String campaignRef, String department) {
        check(user, Action.READ, department);
        Scope s = scope(campaignRef, department);
        return views.views(Commitment.listByDepartment(s.campaign().id, department), false);
    }

    @Transactional
    public CommitmentView create(CurrentUser user, String campaignRef, String department, CommitmentInput input) {
        check(user, Action.MANAGE, department);
        Scope s = scope(campaignRef, department);
        Commitment c = new Commitment();
        c.campaignId = s.campaign().id;
        c.department = department;
        c.createdBy = user.username();
        c.createdAt = Instant.now();
        c.updatedAt = c.createdAt;
        c.updatedBy = c.createdBy;
        apply(c, input == null ? empty() : input, user, true);
        c.persist();
        generations.bump(PUBLIC_TOPIC);
        return views.view(c, CommitmentNote.listFor(c.id), false);
    }

    @Transactional
    public CommitmentView get(CurrentUser user, long id) {
        Commitment c = load(id);
        check(user, Action.READ, c.department);
        return views.view(c, CommitmentNote.listFor(c.id), false);
    }

    @Transactional
    public CommitmentView update(CurrentUser user, long id, Integer ifMatch, CommitmentInput input) {
        Commitment c = load(id);
        check(user, Action.MANAGE, c.department);
        Versions.check(ifMatch, c.version);
        apply(c, input == null ? empty() : input, user, false);
        c.updatedBy = user.username();
        c.updatedAt = Instant.now();
        // the version is bumped at flush: flush now so that the ETag given back is the new one
        Commitment.getEntityManager().flush();
        generations.bump(PUBLIC_TOPIC);
        return views.view(c, CommitmentNote.listFor(c.id), false);
    }

    @Transactional
    public NoteView addNote(CurrentUser user, long id, NoteInput input) {
        Commitment c = load(id);
        check(user, Action.MANAGE, c.department);
        String text = input == null || input.text() == null ? "" : input.text().strip();
        List<Violation> v = new ArrayList<>();
        if (text.isEmpty()) {
            v.add(new Violation("text", "Écrivez le point d'avancement."));
        } else if (text.length() > 10_000) {
            v.add(new Violation("text", "Un point d'avancement tient en 10 000 caractères au plus."));
        }
        LocalDate at = date(input == null ? null : input.at(), "at", v);
        if (!v.isEmpty()) {
            throw new Invalid(v);
        }
        CommitmentNote n = new CommitmentNote();
        n.commitmentId = c.id;
        n.at = at == null ? LocalDate.now(PARIS) : at;
        n.text = text;
        n.maskedText = masker.mask(text).text();
        n.createdBy = user.username();
        n.createdAt = Instant.now();
        n.persist();
        c.updatedAt = Instant.now();
        c.updatedBy = user.username();
        generations.bump(PUBLIC_TOPIC);
        return new NoteView(n.id, n.at, n.text, n.createdBy);
    }

    /** The published commitments of a département, for everyone: personal data masked. */
    @Transactional
    public List<CommitmentView> published(String campaignRef, String department) {
        Scope s = scope(campaignRef, department);
        return views.views(Commitment.listPublished(s.campaign().id, department), true);
    }

    /** The published commitments that answer something said at this forum. */
    @Transactional
    public List<CommitmentView> publishedForForum(long forumId) {
        List<Commitment> found = Commitment.list("select distinct c from Commitment c join c.statements s "
                + "where c.published = true and s.forumId = ?1 order by c.id", forumId);
        return views.views(found, true);
    }

    Commitment load(long id) {
        Commitment c = Commitment.findById(id);
        if (c == null) {
            throw new NotFound("Aucun engagement n° " + id + ".");
        }
        return c;
    }

    void check(CurrentUser user, Action action, String department) {
        if (!permissions.may(user, action, department)) {
            throw new Forbidden(action == Action.MANAGE
                    ? "Seule la préfecture du département gère ses engagements."
                    : "Les engagements de ce département ne sont pas dans votre périmètre.");
        }
    }

    private static CommitmentInput empty() {
        return new CommitmentInput(null, null, null, null, null, null, null, null, null, null);
    }

    private void apply(Commitment c, CommitmentInput in, CurrentUser user, boolean creating) {
        List<Violation> v = new ArrayList<>();
        String title = strip(in.title());
        if (title == null) {
            v.add(new Violation("title", "Donnez un intitulé à l'engagement."));
        } else if (title.length() > 300) {
            v.add(new Violation("title", "L'intitulé tient en 300 caractères au plus."));
        }
        String carriedBy = strip(in.carriedBy());
        if (carriedBy == null) {
            v.add(new Violation("carriedBy", "Indiquez qui porte l'engagement (police, gendarmerie, commune, "
                    + "préfecture, association…)."));
        } else if (carriedBy.length() > 200) {
            v.add(new Violation("carriedBy", "Le porteur tient en 200 caractères au plus."));
        }
        String description = strip(in.description());
        if (description != null && description.length() > 20_000) {
            v.add(new Violation("description", "La description tient en 20 000 caractères au plus."));
        }
        LocalDate dueOn = date(in.dueOn(), "dueOn", v);
        LocalDate doneOn = date(in.doneOn(), "doneOn", v);
        CommitmentStatus status = CommitmentStatus.PLANNED;
        if (strip(in.status()) != null) {
            Optional<CommitmentStatus> s = CommitmentStatus.fromCode(in.status().strip());
            if (s.isEmpty()) {
                v.add(new Violation("status", "Statut inconnu : « " + in.status()
                        + " » (attendu : planned, in-progress, done, abandoned)."));
            } else {
                status = s.get();
            }
        }
        String reason = strip(in.reason());
        if (status == CommitmentStatus.ABANDONED && reason == null) {
            v.add(new Violation("reason", "Indiquez pourquoi l'engagement est abandonné."));
        }
        if (reason != null && reason.length() > 2000) {
            v.add(new Violation("reason", "Le motif tient en 2 000 caractères au plus."));
        }
        List<Commitment.ItemLink> items = null;
        List<Commitment.StatementLink> statements = null;
        if (creating || in.synthesisItemIds() != null) {
            CommitmentSources.Linked linked = sources.link(c.campaignId, c.department, in.synthesisItemIds(), in.statements(), v);
            items = linked.items();
            statements = linked.statements();
        }
        if (!v.isEmpty()) {
            throw new Invalid(v);
        }
        c.title = title;
        c.carriedBy = carriedBy;
        c.description = description;
        c.dueOn = dueOn;
        if (status == CommitmentStatus.DONE) {
            c.doneOn = doneOn != null ? doneOn : c.doneOn != null ? c.doneOn : LocalDate.now(PARIS);
        } else {
            c.doneOn = null;
        }
        c.status = status.code;
        c.reason = status == CommitmentStatus.ABANDONED ? reason : null;
        if (in.published() != null) {
            c.published = in.published();
        }
        if (items != null) {
            c.items.clear();
            c.items.addAll(items);
            c.statements.clear();
            c.statements.addAll(statements);
        }
    }

    private static LocalDate date(String s, String field, List<Violation> v) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip().length() > 10 ? s.strip().substring(0, 10) : s.strip());
        } catch (DateTimeParseException e) {
            v.add(new Violation(field, "Date illisible : « " + s + " » (attendu : AAAA-MM-JJ)."));
            return null;
        }
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
