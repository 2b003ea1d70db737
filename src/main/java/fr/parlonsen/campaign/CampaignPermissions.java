package fr.parlonsen.campaign;

import jakarta.enterprise.context.ApplicationScoped;

import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.security.Role;

/** May this user do X with campaigns? Every signed-in user reads them; only an admin creates one. */
@ApplicationScoped
public class CampaignPermissions {
    public enum Action {
        READ, CREATE
    }

    public boolean may(CurrentUser user, Action action) {
        if (user.isAnonymous()) {
            return false;
        }
        return switch (action) {
            case READ -> true;
            case CREATE -> user.has(Role.ADMIN);
        };
    }
}
