package fr.parlonsen.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.parlonsen.security.UserPermissions.Action;
import fr.parlonsen.territory.TerritoryPermissions;

/** Every account action and territory action × every role × own or other département. */
class UserPermissionsTest {
    final UserPermissions permissions = new UserPermissions();

    static CurrentUser user(Role role) {
        return new CurrentUser(role.code + "-x", role.label, Set.of(role), role.isNationalScope() ? null : "02",
                role == Role.SOUS_PREFET ? Set.of("024") : Set.of());
    }

    @Test
    void accounts_admin_everything_prefecture_its_own_non_privileged_accounts_others_nothing_but_themselves() {
        List<String> wrong = new ArrayList<>();
        for (Role role : Role.values()) {
            CurrentUser u = user(role);
            for (Action action : Action.values()) {
                for (String dep : List.of("02", "38")) {
                    for (Role target : Role.values()) {
                        boolean privileged = target.isNationalScope();
                        boolean expected = role == Role.ADMIN
                                || (role == Role.PREFECTURE && (action == Action.LIST || (!privileged && dep.equals("02"))));
                        if (permissions.may(u, action, Set.of(target), privileged ? null : dep, "someone") != expected) {
                            wrong.add(role.code + " " + action + " " + target.code + " " + dep);
                        }
                    }
                }
                if (permissions.may(CurrentUser.ANONYMOUS, action, Set.of(Role.FACILITATOR), "02", "x")) {
                    wrong.add("anonyme " + action);
                }
            }
            boolean self = permissions.may(u, Action.READ, Set.of(role), u.department(), u.username());
            if (!self) {
                wrong.add(role.code + " cannot read their own account");
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void territory_is_read_by_every_signed_in_role_and_cantons_are_imported_by_admin_only() {
        TerritoryPermissions territory = new TerritoryPermissions();
        for (Role role : Role.values()) {
            assertEquals(true, territory.may(user(role), TerritoryPermissions.Action.READ));
            assertEquals(role == Role.ADMIN, territory.may(user(role), TerritoryPermissions.Action.IMPORT_CANTONS));
        }
        for (TerritoryPermissions.Action a : TerritoryPermissions.Action.values()) {
            assertEquals(false, territory.may(CurrentUser.ANONYMOUS, a));
        }
    }
}
