package fr.parlonsen.synthesis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.security.Role;
import fr.parlonsen.synthesis.SynthesisPermissions.Action;

/** Every action × every role × own or other département. */
class SynthesisPermissionsTest {
    final SynthesisPermissions permissions = new SynthesisPermissions();

    static CurrentUser user(Role role) {
        boolean national = role.isNationalScope();
        return new CurrentUser(role.code, role.label, Set.of(role), national ? null : "02",
                role == Role.SOUS_PREFET ? Set.of("024") : Set.of());
    }

    /** Allowed actions on the user's own département (02); on another (38) only the national scope may act. */
    static final Map<Role, Set<Action>> OWN = Map.of(
            Role.ADMIN, Set.of(Action.values()),
            Role.NATIONAL, Set.of(Action.READ, Action.EXPORT),
            Role.PREFECTURE, Set.of(Action.values()),
            Role.SOUS_PREFET, Set.of(Action.READ, Action.EXPORT),
            Role.FACILITATOR, Set.of(),
            Role.MODERATOR, Set.of());

    @Test
    void every_action_for_every_role_on_its_own_and_another_department() {
        List<String> wrong = new ArrayList<>();
        for (Role role : Role.values()) {
            for (Action action : Action.values()) {
                boolean own = OWN.get(role).contains(action);
                boolean other = role.isNationalScope() && own;
                if (permissions.may(user(role), action, "02") != own) {
                    wrong.add(role.code + " " + action + " 02");
                }
                if (permissions.may(user(role), action, "38") != other) {
                    wrong.add(role.code + " " + action + " 38");
                }
                if (permissions.may(CurrentUser.ANONYMOUS, action, "02")) {
                    wrong.add("anonyme " + action);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }
}
