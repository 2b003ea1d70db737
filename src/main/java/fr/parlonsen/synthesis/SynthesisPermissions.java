package fr.parlonsen.synthesis;

import jakarta.enterprise.context.ApplicationScoped;

import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.security.Role;

/**
 * May this user do X to the synthesis of this département? The national scope reads every département; the
 * prefecture drafts, validates and transmits its own; a sous-préfet reads their département's. Nobody else.
 */
@ApplicationScoped
public class SynthesisPermissions {
    public enum Action {
        READ, BUILD, EDIT, VALIDATE, TRANSMIT, EXPORT
    }

    public boolean may(CurrentUser user, Action action, String department) {
        if (user.isAnonymous()) {
            return false;
        }
        if (user.has(Role.ADMIN)) {
            return true;
        }
        return switch (action) {
            case READ, EXPORT -> user.has(Role.NATIONAL) || (user.belongsTo(department)
                    && user.hasAny(Role.PREFECTURE, Role.SOUS_PREFET));
            case BUILD, EDIT, VALIDATE, TRANSMIT -> user.belongsTo(department) && user.has(Role.PREFECTURE);
        };
    }
}
