package fr.parlonsen.question;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.parlonsen.TestUsers;
import fr.parlonsen.question.QuestionPermissions.Action;

/** Every action × every role × own département (02) / other département (38). */
class QuestionPermissionsTest {
    final QuestionPermissions permissions = new QuestionPermissions();

    /** Allowed actions on 02 and on 38: L list, O read the original, M moderate, A answer. */
    static final Map<String, List<String>> EXPECTED = Map.ofEntries(
            Map.entry("admin", List.of("LOMA", "LOMA")),
            Map.entry("national", List.of("L", "L")),
            Map.entry("prefecture-02", List.of("LOMA", "")),
            Map.entry("sous-prefet-02", List.of("", "")),
            Map.entry("animateur-02", List.of("", "")),
            Map.entry("moderateur-02", List.of("LOMA", "")),
            Map.entry("prefecture-38", List.of("", "LOMA")),
            Map.entry("sous-prefet-38", List.of("", "")),
            Map.entry("animateur-38", List.of("", "")),
            Map.entry("moderateur-38", List.of("", "LOMA")),
            Map.entry("anonyme", List.of("", "")));

    static final Map<Action, Character> LETTER = Map.of(Action.LIST, 'L', Action.READ_ORIGINAL, 'O',
            Action.MODERATE, 'M', Action.ANSWER, 'A');

    @Test
    void every_action_for_every_role_in_own_and_other_departments() {
        assertEquals(Set.copyOf(TestUsers.ALL.keySet()), EXPECTED.keySet());
        List<String> wrong = new ArrayList<>();
        List<String> deps = List.of("02", "38");
        for (var e : TestUsers.ALL.entrySet()) {
            for (int d = 0; d < deps.size(); d++) {
                for (Action a : Action.values()) {
                    boolean expected = EXPECTED.get(e.getKey()).get(d).indexOf(LETTER.get(a)) >= 0;
                    if (permissions.may(e.getValue(), a, deps.get(d)) != expected) {
                        wrong.add(e.getKey() + " " + a + " " + deps.get(d) + " : attendu " + expected);
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }
}
