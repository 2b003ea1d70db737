package fr.parlonsen.territory;

import jakarta.enterprise.context.ApplicationScoped;

import fr.parlonsen.kernel.Actor;

/**
 * May this user do X with the reference geography? The geography is public INSEE/etalab data, so any
 * signed-in user may read any département (planning needs neighbours too); only an admin may replace the
 * cantons.
 */
@ApplicationScoped
public class TerritoryPermissions {
    public enum Action {
        READ, IMPORT_CANTONS
    }

    public boolean may(Actor user, Action action) {
        if (user.isAnonymous()) {
            return false;
        }
        return switch (action) {
            case READ -> true;
            case IMPORT_CANTONS -> user.isAdmin();
        };
    }

    /** The département a user's territory page opens on: their own, or none for the national scope. */
    public String homeDepartment(Actor user) {
        return user.isNationalScope() ? null : user.department();
    }
}
