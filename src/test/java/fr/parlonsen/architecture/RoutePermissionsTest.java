package fr.parlonsen.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import fr.parlonsen.architecture.Routes.Route;

/**
 * Each route states the permission it requires, Decidim-style, in one table ({@link Routes#TABLE}): a route added
 * to a resource without its line fails here the day it is written, and a line must name a real route and a real
 * action of a permissions class. That each route really refuses the roles its permission refuses is checked live
 * by {@code AuthorizationMatrixTest}.
 */
class RoutePermissionsTest {
    static final Set<String> KINDS = Set.of("public", "signed-in", "admin");

    @Test
    void every_route_declares_the_permission_it_requires() {
        Map<String, String> declared = Routes.declared();
        List<Route> routes = Routes.all();
        assertTrue(routes.size() >= 140, "routes trouvées : " + routes.size());
        TreeSet<String> missing = new TreeSet<>();
        for (Route r : routes) {
            if (!declared.containsKey(r.key())) {
                missing.add(r.key() + "   (" + r.resource() + ")");
            }
        }
        assertEquals(new TreeSet<String>(), missing, "routes sans permission déclarée dans " + Routes.TABLE
                + " : ajoutez une ligne « MÉTHODE chemin permission » pour chacune");
        TreeSet<String> stale = new TreeSet<>(declared.keySet());
        routes.forEach(r -> stale.remove(r.key()));
        assertEquals(new TreeSet<String>(), stale, "lignes de " + Routes.TABLE + " qui ne désignent aucune route");
    }

    @Test
    void every_declared_permission_is_an_action_of_its_capability() {
        TreeSet<String> wrong = new TreeSet<>();
        for (Map.Entry<String, String> e : Routes.declared().entrySet()) {
            String permission = e.getValue();
            if (KINDS.contains(permission)) {
                continue;
            }
            if (!actionExists(permission)) {
                wrong.add(e.getKey() + " → " + permission);
            }
        }
        assertEquals(new TreeSet<String>(), wrong, "permissions inconnues (attendu : public, signed-in, admin ou "
                + "capacité.ACTION de fr.parlonsen.<capacité>.<Capacité>Permissions.Action)");
    }

    /** {@code minutes.EDIT} → {@code fr.parlonsen.minutes.MinutesPermissions.Action.EDIT}. */
    static boolean actionExists(String permission) {
        String[] parts = permission.split("\\.");
        if (parts.length != 2) {
            return false;
        }
        try {
            Class<?> action = Class.forName(permissionsClass(parts[0]) + "$Action");
            return Arrays.stream(action.getEnumConstants()).anyMatch(c -> ((Enum<?>) c).name().equals(parts[1]));
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** The permissions class of a capability: {@code security} is the accounts' ({@code UserPermissions}). */
    public static String permissionsClass(String capability) {
        String simple = capability.equals("security") ? "User"
                : Character.toUpperCase(capability.charAt(0)) + capability.substring(1);
        return Layering.ROOT + "." + capability + "." + simple + "Permissions";
    }
}
