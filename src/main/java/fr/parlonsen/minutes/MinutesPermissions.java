package fr.parlonsen.minutes;

import jakarta.enterprise.context.ApplicationScoped;

import fr.parlonsen.forum.Forum;
import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.security.Role;

/**
 * May this user do X to the minutes of this forum?
 * <ul>
 * <li>read: admin and national everywhere; prefecture, sous-préfet and moderator of the forum's département;
 * a facilitator only for the forums they run;</li>
 * <li>edit (save, import) and submit: the facilitators of the forum (and admin);</li>
 * <li>validate and reopen: the prefecture of the département, a sous-préfet of one of the forum's
 * arrondissements (and admin).</li>
 * </ul>
 * The status rules (only a draft is edited...) are the service's; this class only answers "who".
 */
@ApplicationScoped
public class MinutesPermissions {
    public enum Action {
        READ, EDIT, SUBMIT, VALIDATE, REOPEN
    }

    public boolean may(CurrentUser user, Action action, Forum forum) {
        if (user.isAnonymous() || forum == null) {
            return false;
        }
        if (user.has(Role.ADMIN)) {
            return true;
        }
        if (action == Action.READ && user.has(Role.NATIONAL)) {
            return true;
        }
        if (!user.belongsTo(forum.department)) {
            return false;
        }
        boolean facilitator = user.has(Role.FACILITATOR) && forum.isFacilitator(user.username());
        boolean prefecture = user.has(Role.PREFECTURE);
        boolean sousPrefet = user.has(Role.SOUS_PREFET);
        boolean sousPrefetHere = sousPrefet && forum.arrondissements.stream().anyMatch(user.arrondissements()::contains);
        return switch (action) {
            case READ -> facilitator || prefecture || sousPrefet || user.has(Role.MODERATOR);
            case EDIT, SUBMIT -> facilitator;
            case VALIDATE, REOPEN -> prefecture || sousPrefetHere;
        };
    }
}
