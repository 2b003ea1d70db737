package fr.parlonsen.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.parlonsen.TestUsers;
import fr.parlonsen.forum.Forum;
import fr.parlonsen.minutes.MinutesPermissions.Action;
import fr.parlonsen.security.CurrentUser;

/** Every action × every role × own forum / other forum of the same département / other département. */
class MinutesPermissionsTest {
    final MinutesPermissions permissions = new MinutesPermissions();

    static Forum forum(String dep, String arrondissement, String facilitator) {
        Forum f = new Forum();
        f.department = dep;
        f.arrondissements.add(arrondissement);
        f.facilitators.add(facilitator);
        return f;
    }

    /** A: Soissons forum run by animateur-02; B: Laon forum run by someone else; C: an Isère forum. */
    static final List<Forum> FORUMS = List.of(forum("02", "024", "animateur-02"), forum("02", "022", "animateur-bis"),
            forum("38", "383", "animateur-38"));

    /** Allowed actions per forum A, B, C: R read, E edit, S submit, V validate, O reopen. */
    static final Map<String, List<String>> EXPECTED = Map.ofEntries(
            Map.entry("admin", List.of("RESVO", "RESVO", "RESVO")),
            Map.entry("national", List.of("R", "R", "R")),
            Map.entry("prefecture-02", List.of("RVO", "RVO", "")),
            Map.entry("sous-prefet-02", List.of("RVO", "R", "")),
            Map.entry("animateur-02", List.of("RES", "", "")),
            Map.entry("moderateur-02", List.of("R", "R", "")),
            Map.entry("prefecture-38", List.of("", "", "RVO")),
            Map.entry("sous-prefet-38", List.of("", "", "RVO")),
            Map.entry("animateur-38", List.of("", "", "RES")),
            Map.entry("moderateur-38", List.of("", "", "R")),
            Map.entry("anonyme", List.of("", "", "")));

    static final Map<Action, Character> LETTER = Map.of(Action.READ, 'R', Action.EDIT, 'E', Action.SUBMIT, 'S',
            Action.VALIDATE, 'V', Action.REOPEN, 'O');

    @Test
    void every_action_for_every_role_on_own_and_other_forums_and_departments() {
        assertEquals(Set.copyOf(TestUsers.ALL.keySet()), EXPECTED.keySet());
        List<String> wrong = new ArrayList<>();
        for (var e : TestUsers.ALL.entrySet()) {
            CurrentUser user = e.getValue();
            for (int f = 0; f < FORUMS.size(); f++) {
                for (Action a : Action.values()) {
                    boolean expected = EXPECTED.get(e.getKey()).get(f).indexOf(LETTER.get(a)) >= 0;
                    if (permissions.may(user, a, FORUMS.get(f)) != expected) {
                        wrong.add(e.getKey() + " " + a + " forum " + "ABC".charAt(f) + " : attendu " + expected);
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }
}
