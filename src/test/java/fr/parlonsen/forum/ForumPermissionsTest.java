package fr.parlonsen.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.parlonsen.forum.ForumPermissions.Action;
import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.security.Role;

/**
 * Every action × every role × own or other département (and, for writes, a forum inside or outside the
 * sous-préfet's arrondissement): the answer of {@link ForumPermissions}.
 */
class ForumPermissionsTest {
    final ForumPermissions permissions = new ForumPermissions();

    static CurrentUser user(Role role) {
        return new CurrentUser(role.code, role.label, Set.of(role), role.isNationalScope() ? null : "02",
                role == Role.SOUS_PREFET ? Set.of("024") : Set.of());
    }

    /** Targets: own département with a forum in arrondissement 024, own département in 022, another département. */
    enum Target {
        OWN_024("02", Set.of("024")), OWN_022("02", Set.of("022")), OWN_BOTH("02", Set.of("022", "024")),
        OTHER("38", Set.of("383"));

        final String department;
        final Set<String> arrondissements;

        Target(String department, Set<String> arrondissements) {
            this.department = department;
            this.arrondissements = arrondissements;
        }
    }

    static boolean expected(Role role, Action action, Target target) {
        boolean own = target != Target.OTHER;
        if (!action.isWrite()) {
            return role.isNationalScope() || own;
        }
        return switch (role) {
            case ADMIN -> true;
            case PREFECTURE -> own;
            case SOUS_PREFET -> target == Target.OWN_024;
            case NATIONAL, FACILITATOR, MODERATOR -> false;
        };
    }

    @Test
    void every_action_for_every_role_in_own_and_other_department() {
        List<String> mismatches = new ArrayList<>();
        int cases = 0;
        for (Role role : Role.values()) {
            CurrentUser u = user(role);
            for (Action action : Action.values()) {
                for (Target target : Target.values()) {
                    cases++;
                    boolean actual = permissions.may(u, action, target.department, target.arrondissements);
                    if (actual != expected(role, action, target)) {
                        mismatches.add(role.code + " " + action + " " + target + " → " + actual);
                    }
                }
            }
        }
        assertEquals(List.of(), mismatches);
        assertEquals(Role.values().length * Action.values().length * Target.values().length, cases);
    }

    @Test
    void before_the_arrondissements_are_known_a_sous_prefet_may_open_the_form_in_their_department_only() {
        assertEquals(true, permissions.may(user(Role.SOUS_PREFET), Action.CREATE, "02"));
        assertEquals(false, permissions.may(user(Role.SOUS_PREFET), Action.CREATE, "38"));
        assertEquals(false, permissions.may(user(Role.SOUS_PREFET), Action.CREATE, "02", Set.of()));
        assertEquals(false, permissions.may(CurrentUser.ANONYMOUS, Action.READ, "02"));
        assertEquals(false, permissions.may(user(Role.ADMIN), Action.READ, null));
    }
}
