package fr.parlonsen.followup;

import jakarta.enterprise.context.ApplicationScoped;

import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.security.Role;

/**
 * May this user do X in the follow-up of this département? Reading commitments, feedback results, QR codes and
 * indicators: national scope, or any staff of the département. Managing commitments: admin, or the prefecture of
 * the département. National indicators: national scope only. Anonymous visitors read only what is published,
 * through the public routes, never through these.
 */
@ApplicationScoped
public class FollowupPermissions {
    public enum Action {
        READ, MANAGE, FEEDBACK_RESULTS, QR, INDICATORS, NATIONAL_INDICATORS
    }

    public boolean may(CurrentUser user, Action action, String department) {
        if (user == null || user.isAnonymous()) {
            return false;
        }
        if (user.has(Role.ADMIN)) {
            return true;
        }
        return switch (action) {
            case READ, FEEDBACK_RESULTS, QR, INDICATORS -> department != null && user.canSee(department);
            case MANAGE -> department != null && user.belongsTo(department) && user.has(Role.PREFECTURE);
            case NATIONAL_INDICATORS -> user.has(Role.NATIONAL);
        };
    }
}
