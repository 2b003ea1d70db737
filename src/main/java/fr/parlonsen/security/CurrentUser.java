package fr.parlonsen.security;

import java.util.Set;

import fr.parlonsen.kernel.Actor;

/**
 * Who is asking: an immutable view of the authenticated user, built from the security identity.
 * Permission classes answer questions about it; nothing here decides anything.
 */
public record CurrentUser(String username, String displayName, Set<Role> roles, String department,
        Set<String> arrondissements) implements Actor {

    public static final CurrentUser ANONYMOUS = new CurrentUser(null, null, Set.of(), null, Set.of());

    public boolean isAnonymous() {
        return username == null;
    }

    @Override
    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... any) {
        for (Role r : any) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }

    /** admin or national: reads every département. */
    public boolean isNationalScope() {
        return has(Role.ADMIN) || has(Role.NATIONAL);
    }

    /** Belongs to this département (national scope excluded). */
    public boolean belongsTo(String departmentCode) {
        return department != null && department.equals(departmentCode);
    }

    /** May read data of this département: national scope, or scoped to it. */
    public boolean canSee(String departmentCode) {
        return isNationalScope() || belongsTo(departmentCode);
    }
}
