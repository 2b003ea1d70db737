package fr.parlonsen.question;

import jakarta.enterprise.context.ApplicationScoped;

import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.security.Role;

/**
 * May this user do X to the questions of this département?
 * <ul>
 * <li>list the queue: moderator and prefecture of the département, admin and national (read);</li>
 * <li>read the original text and the e-mail, moderate, answer: moderator and prefecture of the département,
 * admin.</li>
 * </ul>
 * Submitting and reading published questions is public (no account).
 */
@ApplicationScoped
public class QuestionPermissions {
    public enum Action {
        LIST, READ_ORIGINAL, MODERATE, ANSWER
    }

    public boolean may(CurrentUser user, Action action, String department) {
        if (user.isAnonymous()) {
            return false;
        }
        if (user.has(Role.ADMIN)) {
            return true;
        }
        if (action == Action.LIST && user.has(Role.NATIONAL)) {
            return true;
        }
        return user.belongsTo(department) && user.hasAny(Role.MODERATOR, Role.PREFECTURE);
    }

    /** The département a moderation page opens on: the user's own, none for national scope. */
    public String homeDepartment(CurrentUser user) {
        return user.isNationalScope() ? null : user.department();
    }
}
