package fr.parlonsen.security;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * May this user do X to this account? admin manages everyone; a prefecture manages the accounts of its own
 * département, never admin or national ones. Everyone may read their own account.
 */
@ApplicationScoped
public class UserPermissions {
    public enum Action {
        LIST, READ, CREATE, UPDATE, DISABLE
    }

    /** May list accounts at all (the list itself is then scoped by {@link #scopeDepartment}). */
    public boolean mayList(CurrentUser user) {
        return user.has(Role.ADMIN) || (user.has(Role.PREFECTURE) && user.department() != null);
    }

    /** The département a listing is restricted to; null for admin (everyone). */
    public String scopeDepartment(CurrentUser user) {
        return user.has(Role.ADMIN) ? null : user.department();
    }

    /** May act on an account with these roles in this département. */
    public boolean may(CurrentUser user, Action action, Set<Role> targetRoles, String targetDepartment,
            String targetUsername) {
        if (user.isAnonymous()) {
            return false;
        }
        if (user.has(Role.ADMIN)) {
            return true;
        }
        if (action == Action.READ && user.username().equals(targetUsername)) {
            return true;
        }
        if (!user.has(Role.PREFECTURE) || user.department() == null) {
            return false;
        }
        if (action == Action.LIST) {
            return true;
        }
        boolean privileged = targetRoles.contains(Role.ADMIN) || targetRoles.contains(Role.NATIONAL);
        return !privileged && user.belongsTo(targetDepartment);
    }
}
