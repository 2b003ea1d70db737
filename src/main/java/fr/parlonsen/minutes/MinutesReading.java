package fr.parlonsen.minutes;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.parlonsen.campaign.TopicChoices;
import fr.parlonsen.campaign.TopicChoices.ThemeView;
import fr.parlonsen.forum.Forum;
import fr.parlonsen.forum.ForumStatus;
import fr.parlonsen.kernel.DomainError.Forbidden;
import fr.parlonsen.kernel.DomainError.NotFound;
import fr.parlonsen.minutes.MinutesForms.AuditEntry;
import fr.parlonsen.minutes.MinutesForms.MinutesView;
import fr.parlonsen.minutes.MinutesForms.VersionSummary;
import fr.parlonsen.minutes.MinutesPermissions.Action;
import fr.parlonsen.security.CurrentUser;

/**
 * Reading the minutes: the overview of a département, the minutes of one forum with what this user may do on them,
 * the read-only record (audit trail and versions), one past version.
 */
@ApplicationScoped
public class MinutesReading {
    @Inject
    MinutesAccess access;
    @Inject
    MinutesHistory history;

    /** What a minutes page needs to know besides the minutes: the forum, its campaign's topics, who may do what. */
    public record Context(long forumId, String forumTitle, String department, LocalDateTime startsAt,
            List<ThemeView> themes, boolean mayEdit, boolean maySubmit, boolean mayValidate, boolean mayReopen) {
    }

    /** The minutes as a page shows them: {@code minutes} is null when none exist and this user may not write them. */
    public record Page(Context context, MinutesView minutes) {
    }

    /** The read-only page: the minutes, their audit trail and their versions. */
    public record Record(Context context, MinutesView minutes, List<AuditEntry> audit, List<VersionSummary> versions) {
    }

    /** One line of the minutes overview of a département. */
    /** {@code linked}: the minutes page exists for this user (minutes written, or this user may write them). */
    public record ForumMinutes(long forumId, String title, LocalDateTime startsAt, String forumStatus,
            String minutesStatus, String minutesStatusLabel, int version, boolean linked, boolean homonym) {
        ForumMinutes homonym(boolean h) {
            return new ForumMinutes(forumId, title, startsAt, forumStatus, minutesStatus, minutesStatusLabel, version,
                    linked, h);
        }
    }

    /** The forums of a département whose minutes this user may read, with the state of their minutes. */
    @Transactional
    public List<ForumMinutes> overview(CurrentUser user, String department) {
        if (department == null || !user.canSee(department)) {
            throw new Forbidden("Ce département n'est pas dans votre périmètre.");
        }
        List<ForumMinutes> out = new ArrayList<>();
        for (Forum f : Forum.<Forum> list("department = ?1 and status in ?2 order by startsAt, id", department,
                List.of(ForumStatus.PUBLISHED, ForumStatus.HELD))) {
            if (access.may(user, Action.READ, f)) {
                Minutes m = Minutes.findByForum(f.id).orElse(null);
                MinutesStatus status = m == null ? null : m.status;
                out.add(new ForumMinutes(f.id, f.title, f.startsAt, f.status.label,
                        status == null ? "none" : status.code, status == null ? "Non commencé" : status.label,
                        m == null ? 0 : m.version, m != null || access.may(user, Action.EDIT, f), false));
            }
        }
        // two forums of the same name at the same time: their links also say their number, so that they differ
        Map<String, Long> named = out.stream().collect(Collectors.groupingBy(
                f -> f.title() + '\u0000' + f.startsAt(), Collectors.counting()));
        return out.stream().map(f -> f.homonym(named.get(f.title() + '\u0000' + f.startsAt()) > 1)).toList();
    }

    @Transactional
    public Page page(CurrentUser user, long forumId) {
        Forum forum = access.forum(user, forumId, Action.READ, false);
        Minutes m = Minutes.findByForum(forumId).orElse(null);
        MinutesView v = m != null ? MinutesViews.view(m)
                : access.may(user, Action.EDIT, forum) ? MinutesView.empty(forumId) : null;
        return new Page(context(user, forum), v);
    }

    @Transactional
    public Record record(CurrentUser user, long forumId) {
        Page page = page(user, forumId);
        return new Record(page.context(), page.minutes(), history.audit(user, forumId),
                history.versions(user, forumId));
    }

    /** One past version, for the read-only page. */
    @Transactional
    public Page versionPage(CurrentUser user, long forumId, int version) {
        Forum forum = access.forum(user, forumId, Action.READ, false);
        return new Page(context(user, forum), history.parseSnapshot(history.versionSnapshot(user, forumId, version)));
    }

    private Context context(CurrentUser user, Forum forum) {
        return new Context(forum.id, forum.title, forum.department, forum.startsAt, TopicChoices.of(forum.campaign),
                access.may(user, Action.EDIT, forum), access.may(user, Action.SUBMIT, forum),
                access.may(user, Action.VALIDATE, forum), access.may(user, Action.REOPEN, forum));
    }

    /** The minutes; for the forum's editors an empty draft (version 0) when none was written yet. */
    @Transactional
    public MinutesView get(CurrentUser user, long forumId) {
        Forum forum = access.forum(user, forumId, Action.READ, false);
        Minutes m = Minutes.findByForum(forumId).orElse(null);
        if (m == null) {
            if (!access.may(user, Action.EDIT, forum)) {
                throw new NotFound("Aucun compte rendu n'a encore été rédigé pour ce forum.");
            }
            return MinutesView.empty(forumId);
        }
        return MinutesViews.view(m);
    }
}
