package fr.parlonsen.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.parlonsen.TestUsers;
import fr.parlonsen.campaign.CampaignPermissions.Action;

/** Every action of {@link CampaignPermissions} × every demo account: who may do it (no database needed). */
class CampaignPermissionsTest {
    static final Set<String> SIGNED_IN = TestUsers.ALL.keySet().stream().filter(u -> !u.equals("anonyme"))
            .collect(java.util.stream.Collectors.toSet());

    /** Any account reads the campaigns; only an admin creates one. */
    static final Map<Action, Set<String>> ALLOWED = Map.of(
            Action.READ, SIGNED_IN,
            Action.CREATE, Set.of("admin"));

    @Test
    void each_action_is_allowed_to_exactly_the_accounts_of_its_line() {
        CampaignPermissions permissions = new CampaignPermissions();
        assertEquals(Set.of(Action.values()), ALLOWED.keySet(), "une ligne par action");
        ALLOWED.forEach((action, allowed) -> TestUsers.ALL.forEach((name, user) -> assertEquals(
                allowed.contains(name), permissions.may(user, action), action + " par " + name)));
    }
}
