package fr.parlonsen.national;

import jakarta.enterprise.context.ApplicationScoped;

import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.security.Role;

/**
 * May this user do X at national level? Only the national team (DPS, DICOM) and the administrators: progress of
 * every département, the national synthesis and its documents. A prefecture sees its own département through the
 * departmental routes, never the national table (which would show its neighbours).
 */
@ApplicationScoped
public class NationalPermissions {
    public enum Action {
        /** The progress table, its page, CSV and map. */
        PROGRESS,
        /** Read the national synthesis. */
        READ,
        /** (Re)build the national draft from transmitted departmental syntheses. */
        BUILD,
        /** Edit the national synthesis (PUT). */
        EDIT,
        /** Download the national synthesis documents. */
        EXPORT
    }

    public boolean may(CurrentUser user, Action action) {
        if (user == null || user.isAnonymous()) {
            return false;
        }
        return user.hasAny(Role.ADMIN, Role.NATIONAL);
    }
}
