package fr.parlonsen.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.parlonsen.TestUsers;
import fr.parlonsen.territory.TerritoryPermissions.Action;

/**
 * Every action of {@link TerritoryPermissions} × every demo account: any account reads the reference geography
 * of any département (planning needs the neighbours), only an admin replaces the cantons; the territory page opens
 * on the account's own département, none for the national scope.
 */
class TerritoryPermissionsTest {
    static final Set<String> SIGNED_IN = TestUsers.ALL.keySet().stream().filter(u -> !u.equals("anonyme"))
            .collect(java.util.stream.Collectors.toSet());

    static final Map<Action, Set<String>> ALLOWED = Map.of(
            Action.READ, SIGNED_IN,
            Action.IMPORT_CANTONS, Set.of("admin"));

    @Test
    void each_action_is_allowed_to_exactly_the_accounts_of_its_line() {
        TerritoryPermissions permissions = new TerritoryPermissions();
        assertEquals(Set.of(Action.values()), ALLOWED.keySet(), "une ligne par action");
        ALLOWED.forEach((action, allowed) -> TestUsers.ALL.forEach((name, user) -> assertEquals(
                allowed.contains(name), permissions.may(user, action), action + " par " + name)));
    }

    @Test
    void the_territory_page_opens_on_the_accounts_own_departement() {
        TerritoryPermissions permissions = new TerritoryPermissions();
        assertEquals(null, permissions.homeDepartment(TestUsers.ALL.get("admin")));
        assertEquals(null, permissions.homeDepartment(TestUsers.ALL.get("national")));
        assertEquals("02", permissions.homeDepartment(TestUsers.ALL.get("animateur-02")));
        assertEquals("38", permissions.homeDepartment(TestUsers.ALL.get("prefecture-38")));
    }
}
