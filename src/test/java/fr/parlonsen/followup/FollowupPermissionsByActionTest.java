package fr.parlonsen.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.parlonsen.TestUsers;
import fr.parlonsen.followup.FollowupPermissions.Action;

/**
 * Every action of {@link FollowupPermissions} × every demo account, on the follow-up of Aisne (02): reading is the
 * département's staff and the national scope's, managing the commitments the prefecture's, the national indicators
 * the national scope's; the admin may everything, nobody anonymous anything. (The routes themselves, role by role,
 * are {@link FollowupPermissionsTest}.)
 */
class FollowupPermissionsByActionTest {
    static final Set<String> AISNE_AND_NATIONAL = Set.of("admin", "national", "prefecture-02", "sous-prefet-02",
            "animateur-02", "moderateur-02");

    static final Map<Action, Set<String>> ALLOWED = Map.of(
            Action.READ, AISNE_AND_NATIONAL,
            Action.FEEDBACK_RESULTS, AISNE_AND_NATIONAL,
            Action.QR, AISNE_AND_NATIONAL,
            Action.INDICATORS, AISNE_AND_NATIONAL,
            Action.MANAGE, Set.of("admin", "prefecture-02"),
            Action.NATIONAL_INDICATORS, Set.of("admin", "national"));

    @Test
    void each_action_is_allowed_to_exactly_the_accounts_of_its_line() {
        FollowupPermissions permissions = new FollowupPermissions();
        assertEquals(Set.of(Action.values()), ALLOWED.keySet(), "une ligne par action");
        ALLOWED.forEach((action, allowed) -> TestUsers.ALL.forEach((name, user) -> assertEquals(
                allowed.contains(name), permissions.may(user, action, "02"), action + " par " + name)));
    }
}
