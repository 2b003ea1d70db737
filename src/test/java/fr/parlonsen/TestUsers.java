package fr.parlonsen;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.security.Role;

/** The demo accounts as CurrentUser values, for the permission tables (no database needed). */
public final class TestUsers {
    private TestUsers() {
    }

    public static final Map<String, CurrentUser> ALL = new LinkedHashMap<>();

    static {
        add("admin", Role.ADMIN, null);
        add("national", Role.NATIONAL, null);
        for (String dep : new String[] { "02", "38" }) {
            add("prefecture-" + dep, Role.PREFECTURE, dep);
            ALL.put("sous-prefet-" + dep, new CurrentUser("sous-prefet-" + dep, "Sous-préfet", Set.of(Role.SOUS_PREFET),
                    dep, Set.of(dep.equals("02") ? "024" : "383")));
            add("animateur-" + dep, Role.FACILITATOR, dep);
            add("moderateur-" + dep, Role.MODERATOR, dep);
        }
        ALL.put("anonyme", CurrentUser.ANONYMOUS);
    }

    private static void add(String username, Role role, String dep) {
        ALL.put(username, new CurrentUser(username, username, Set.of(role), dep, Set.of()));
    }
}
