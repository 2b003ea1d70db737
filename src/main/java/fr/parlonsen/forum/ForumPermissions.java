package fr.parlonsen.forum;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.security.Role;

/**
 * May this user do X to a forum of this département? admin and national read everything; the other roles read
 * their own département. Writes: admin everywhere, a prefecture in its département, a sous-préfet only for forums
 * whose communes all lie in their arrondissement(s). Facilitators and moderators only read.
 */
@ApplicationScoped
public class ForumPermissions {
    public enum Action {
        LIST, READ, COVERAGE, CREATE, UPDATE, PUBLISH, CANCEL, HOLD, INVITE;

        public boolean isWrite() {
            return this != LIST && this != READ && this != COVERAGE;
        }
    }

    /** The département-level answer: before the forum's arrondissements are known (listing, opening the form). */
    public boolean may(CurrentUser user, Action action, String department) {
        return may(user, action, department, null);
    }

    /**
     * @param arrondissements those of the forum's communes; null when not known yet, in which case a sous-préfet
     *                        of the département may go on and is checked again once they are.
     */
    public boolean may(CurrentUser user, Action action, String department, Set<String> arrondissements) {
        if (user.isAnonymous() || department == null) {
            return false;
        }
        if (!action.isWrite()) {
            return user.canSee(department);
        }
        if (user.has(Role.ADMIN)) {
            return true;
        }
        if (!user.belongsTo(department)) {
            return false;
        }
        if (user.has(Role.PREFECTURE)) {
            return true;
        }
        if (user.has(Role.SOUS_PREFET)) {
            return arrondissements == null
                    || (!arrondissements.isEmpty() && user.arrondissements().containsAll(arrondissements));
        }
        return false;
    }
}
