package fr.parlonsen.minutes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import fr.parlonsen.forum.Forum;
import fr.parlonsen.kernel.DomainError.Conflict;
import fr.parlonsen.kernel.DomainError.Forbidden;
import fr.parlonsen.kernel.DomainError.NotFound;
import fr.parlonsen.kernel.Versions;
import fr.parlonsen.minutes.MinutesPermissions.Action;
import fr.parlonsen.security.CurrentUser;

/**
 * What every minutes use case checks first: the forum exists and this user may do this action on its minutes (under
 * a lock on the forum row for the writes, so that saves and steps of one forum are serialised), the minutes exist,
 * the If-Match is the current version.
 */
@ApplicationScoped
class MinutesAccess {
    @Inject
    MinutesPermissions permissions;

    Forum forum(CurrentUser user, long forumId, Action action, boolean lock) {
        Forum forum = lock ? Forum.findById(forumId, LockModeType.PESSIMISTIC_WRITE) : Forum.findById(forumId);
        if (forum == null) {
            throw new NotFound("Aucun forum n° " + forumId + ".");
        }
        if (!permissions.may(user, action, forum)) {
            throw new Forbidden(permissions.may(user, Action.READ, forum)
                    ? "Votre rôle ne permet pas cette action sur le compte rendu de ce forum."
                    : "Ce forum n'est pas dans votre périmètre.");
        }
        return forum;
    }

    boolean may(CurrentUser user, Action action, Forum forum) {
        return permissions.may(user, action, forum);
    }

    static Minutes existing(long forumId) {
        return Minutes.findByForum(forumId)
                .orElseThrow(() -> new Conflict("Aucun compte rendu n'a encore été enregistré pour ce forum."));
    }

    static void checkVersion(Minutes m, Integer expected) {
        int current = m == null ? 0 : m.version;
        Versions.check(expected, current);
    }

    static void checkOptionalVersion(Minutes m, Integer expected) {
        if (expected != null) {
            checkVersion(m, expected);
        }
    }
}
