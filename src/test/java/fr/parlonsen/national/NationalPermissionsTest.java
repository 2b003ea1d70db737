package fr.parlonsen.national;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.parlonsen.national.NationalPermissions.Action;
import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.security.Role;

/** Every action × every role (and anonymous): only admin and the national team. */
class NationalPermissionsTest {
    final NationalPermissions permissions = new NationalPermissions();

    static CurrentUser user(Role role) {
        boolean national = role == Role.ADMIN || role == Role.NATIONAL;
        return new CurrentUser(role.code + "-x", role.label, Set.of(role), national ? null : "02",
                role == Role.SOUS_PREFET ? Set.of("024") : Set.of());
    }

    @Test
    void every_action_for_every_role() {
        Map<Role, Boolean> expected = Map.of(Role.ADMIN, true, Role.NATIONAL, true, Role.PREFECTURE, false,
                Role.SOUS_PREFET, false, Role.FACILITATOR, false, Role.MODERATOR, false);
        assertEquals(Role.values().length, expected.size(), "a new role needs a decision here");
        for (Action a : Action.values()) {
            for (Role r : Role.values()) {
                assertEquals(expected.get(r), permissions.may(user(r), a), a + " × " + r);
            }
            assertEquals(false, permissions.may(CurrentUser.ANONYMOUS, a), a + " × anonymous");
            assertEquals(false, permissions.may(null, a), a + " × null");
        }
    }
}
