package fr.parlonsen.security;

import static fr.parlonsen.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.parlonsen.Fixtures;
import fr.parlonsen.ForumFixtures;
import fr.parlonsen.PageSession;
import fr.parlonsen.TestUsers;
import fr.parlonsen.architecture.Routes;
import fr.parlonsen.architecture.Routes.Route;
import fr.parlonsen.campaign.CampaignPermissions;
import fr.parlonsen.followup.FollowupPermissions;
import fr.parlonsen.forum.Forum;
import fr.parlonsen.forum.ForumPermissions;
import fr.parlonsen.minutes.MinutesPermissions;
import fr.parlonsen.national.NationalPermissions;
import fr.parlonsen.question.QuestionPermissions;
import fr.parlonsen.synthesis.SynthesisPermissions;
import fr.parlonsen.territory.TerritoryPermissions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Every route × every role, built from the routes themselves: each route (read from the resources by reflection)
 * declares its permission in {@code route-permissions.txt} ({@code RoutePermissionsTest} fails on a route without
 * one), and here every role that this permission refuses in département 02 is refused by the route (403 or 404,
 * never a success, never a 500). The accounts API is also checked role by role with its expected statuses, and
 * never shows someone else's data. Each permissions class is specified action by action in its permissions test;
 * that every API route refuses an anonymous caller is {@link ApiRoutesTest}.
 */
@QuarkusTest
class AuthorizationMatrixTest {
    static final List<String> ROLES = List.of("admin", "national", "prefecture-02", "sous-prefet-02", "animateur-02",
            "moderateur-02");

    @Inject
    Fixtures fixtures;
    @Inject
    ForumFixtures forums;
    @Inject
    CampaignPermissions campaignPermissions;
    @Inject
    TerritoryPermissions territoryPermissions;
    @Inject
    UserPermissions userPermissions;
    @Inject
    ForumPermissions forumPermissions;
    @Inject
    MinutesPermissions minutesPermissions;
    @Inject
    QuestionPermissions questionPermissions;
    @Inject
    SynthesisPermissions synthesisPermissions;
    @Inject
    NationalPermissions nationalPermissions;
    @Inject
    FollowupPermissions followupPermissions;

    @BeforeEach
    void setUp() {
        fixtures.ensure();
    }

    record Call(String method, String path, String body) {
    }

    static final List<Call> ENDPOINTS = List.of(
            new Call("GET", "/api/v1/territories/departments", null),
            new Call("GET", "/api/v1/territories/departments/02", null),
            new Call("GET", "/api/v1/territories/departments/02/communes", null),
            new Call("POST", "/api/v1/territories/cantons", null),
            new Call("GET", "/api/v1/users", null),
            new Call("POST", "/api/v1/users", "{}"),
            new Call("GET", "/api/v1/users/animateur-02", null),
            new Call("PUT", "/api/v1/users/animateur-02", "{}"),
            new Call("DELETE", "/api/v1/users/animateur-02", null));

    @Test
    void anonymous_callers_get_401_on_every_private_endpoint() {
        for (Call c : ENDPOINTS) {
            var req = given().contentType("application/json");
            if (c.body != null) {
                req = req.body(c.body);
            }
            Response r = req.request(c.method, c.path);
            assertEquals(401, r.statusCode(), c.method + " " + c.path);
        }
    }

    @Test
    void wrong_credentials_get_401_with_a_basic_challenge() {
        given().get("/api/v1/users").then().statusCode(401).header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic"));
        given().auth().preemptive().basic("admin", "pas-le-bon").get("/api/v1/users").then().statusCode(401);
        given().auth().preemptive().basic("inconnu", "pas-le-bon").get("/api/v1/users").then().statusCode(401);
    }

    /** expected status per role for reading and changing a user of département 02 and one of 38. */
    static final Map<String, int[]> USER_TARGETS = Map.of(
            // role: {GET own-dep user, GET other-dep user, PUT own, PUT other, DELETE other}
            "admin", new int[] { 200, 200, 200, 200, 204 },
            "national", new int[] { 404, 404, 404, 404, 404 },
            "prefecture-02", new int[] { 200, 404, 200, 404, 404 },
            "sous-prefet-02", new int[] { 404, 404, 404, 404, 404 },
            "animateur-02", new int[] { 404, 404, 403, 404, 404 }, // sees their own account, may not change it
            "moderateur-02", new int[] { 200, 404, 404, 404, 404 }); // the "own" target is their own account

    @Test
    void reading_and_changing_accounts_follows_role_and_department_scope() {
        List<String> failures = new ArrayList<>();
        String update = """
                {"displayName":"Animateur modifié","roles":["facilitator"],"department":"%s"}""";
        for (String role : ROLES) {
            int[] expected = USER_TARGETS.get(role);
            fixtures.ensure();
            check(failures, role, "GET own", expected[0], as(role).get("/api/v1/users/moderateur-02"));
            check(failures, role, "GET other", expected[1], as(role).get("/api/v1/users/moderateur-38"));
            check(failures, role, "PUT own", expected[2], as(role).contentType("application/json")
                    .header("If-Match", as("admin").get("/api/v1/users/animateur-02").header("ETag"))
                    .body(update.formatted("02")).put("/api/v1/users/animateur-02"));
            check(failures, role, "PUT other", expected[3], as(role).contentType("application/json")
                    .header("If-Match", as("admin").get("/api/v1/users/animateur-38").header("ETag"))
                    .body(update.formatted("38")).put("/api/v1/users/animateur-38"));
            check(failures, role, "DELETE other", expected[4], as(role).delete("/api/v1/users/animateur-38"));
            fixtures.resetAccounts();
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void listing_accounts_never_shows_another_department() {
        as("prefecture-02").get("/api/v1/users").then().statusCode(200);
        List<String> deps = as("prefecture-02").get("/api/v1/users").jsonPath().getList("department");
        assertTrue(!deps.isEmpty() && deps.stream().allMatch("02"::equals), deps.toString());
        List<String> roles = as("prefecture-02").get("/api/v1/users").jsonPath().getList("roles.flatten()");
        assertTrue(roles.stream().noneMatch(r -> r.equals("admin") || r.equals("national")));
        for (String role : List.of("national", "sous-prefet-02", "animateur-02", "moderateur-02")) {
            as(role).get("/api/v1/users").then().statusCode(403);
        }
        assertTrue(as("admin").get("/api/v1/users").jsonPath().getList("username").contains("animateur-38"));
    }

    @Test
    void creating_accounts_is_limited_to_admin_and_the_prefecture_of_the_department() {
        String body = """
                {"username":"%s","password":"un-mot-de-passe-solide","displayName":"Nouvel animateur",
                 "roles":["%s"],"department":%s}""";
        as("prefecture-02").contentType("application/json").body(body.formatted("anim-02-bis", "facilitator", "\"02\""))
                .post("/api/v1/users").then().statusCode(201);
        as("prefecture-02").contentType("application/json").body(body.formatted("anim-38-bis", "facilitator", "\"38\""))
                .post("/api/v1/users").then().statusCode(403);
        as("prefecture-02").contentType("application/json").body(body.formatted("nat-bis", "national", "null"))
                .post("/api/v1/users").then().statusCode(403);
        for (String role : List.of("national", "sous-prefet-02", "animateur-02", "moderateur-02")) {
            as(role).contentType("application/json").body(body.formatted("x-" + role, "facilitator", "\"02\""))
                    .post("/api/v1/users").then().statusCode(403);
        }
    }

    @Test
    void territory_reference_data_is_readable_by_every_role_but_cantons_are_imported_by_admin_only() {
        for (String role : ROLES) {
            as(role).get("/api/v1/territories/departments/38").then().statusCode(200);
            if (!role.equals("admin")) {
                as(role).multiPart("cantons", "x.csv", "code\n".getBytes()).multiPart("communes", "y.csv", "c\n".getBytes())
                        .post("/api/v1/territories/cantons").then().statusCode(403);
            }
        }
    }

    @Test
    void every_route_refuses_the_roles_its_declared_permission_refuses() {
        long forumId = forums.heldAisneForum();
        Forum forum = new Forum(); // the permissions' view of that forum: Aisne, animateur-02, arrondissement 024
        forum.department = "02";
        forum.facilitators.add("animateur-02");
        forum.arrondissements.add("024");
        Map<String, String> samples = Map.of("c", "2009", "dep", "02", "id", String.valueOf(forumId), "n", "1",
                "username", "animateur-02", "invitee", "1");
        Map<String, String> declared = Routes.declared();
        Map<String, PageSession> sessions = new java.util.HashMap<>();
        List<String> failures = new ArrayList<>();
        int refusals = 0;
        for (Route route : Routes.all()) {
            String permission = declared.get(route.key());
            if (permission == null || permission.equals("public") || permission.equals("signed-in")) {
                continue;
            }
            for (String role : ROLES) {
                if (allowed(permission, TestUsers.ALL.get(role), forum)) {
                    continue;
                }
                refusals++;
                String path = route.concrete(samples);
                Response r = call(route, path, role, sessions);
                boolean inputFirst = INPUT_FIRST.contains(route.key()) && r.statusCode() == 422;
                if (r.statusCode() != 403 && r.statusCode() != 404 && !inputFirst) {
                    failures.add(route.key() + " (" + permission + ") en " + role + " : attendu 403 ou 404, obtenu "
                            + r.statusCode());
                }
            }
        }
        assertTrue(refusals >= 200, "refus vérifiés : " + refusals);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /**
     * Routes whose permission is judged on what the body says, so that an empty body is refused (422) before it can
     * be: an account's permission depends on the roles and département it is given (these routes are specified
     * role by role by the account tests of this class), a campaign's form is read before the admin check. For
     * them a 422 to the empty body is also a refusal; anything else still fails.
     */
    static final java.util.Set<String> INPUT_FIRST = java.util.Set.of("POST /api/v1/users", "PUT /api/v1/users/{username}",
            "POST /gestion/comptes/{username}", "POST /gestion/comptes/{username}/mot-de-passe",
            "POST /gestion/comptes/{username}/etat", "POST /api/v1/campaigns");

    /** What the declared permission answers for this user on département 02 (and on the forum of the test). */
    private boolean allowed(String permission, CurrentUser user, Forum forum) {
        if (permission.equals("admin")) {
            return user.has(Role.ADMIN);
        }
        String capability = permission.substring(0, permission.indexOf('.'));
        String action = permission.substring(permission.indexOf('.') + 1);
        return switch (capability) {
            case "campaign" -> campaignPermissions.may(user, CampaignPermissions.Action.valueOf(action));
            case "territory" -> territoryPermissions.may(user, TerritoryPermissions.Action.valueOf(action));
            case "security" -> action.equals("LIST") ? userPermissions.mayList(user)
                    : userPermissions.may(user, UserPermissions.Action.valueOf(action), java.util.Set.of(Role.FACILITATOR),
                            "02", "animateur-02");
            case "forum" -> forumPermissions.may(user, ForumPermissions.Action.valueOf(action), "02");
            case "minutes" -> minutesPermissions.may(user, MinutesPermissions.Action.valueOf(action), forum);
            case "question" -> questionPermissions.may(user, QuestionPermissions.Action.valueOf(action), "02");
            case "synthesis" -> synthesisPermissions.may(user, SynthesisPermissions.Action.valueOf(action), "02");
            case "national" -> nationalPermissions.may(user, NationalPermissions.Action.valueOf(action));
            case "followup" -> followupPermissions.may(user, FollowupPermissions.Action.valueOf(action), "02");
            default -> throw new IllegalArgumentException("permission inconnue : " + permission);
        };
    }

    /**
     * The API with Basic credentials and a JSON body; the pages in a signed-in session, forms with their CSRF field
     * and the campaign and département of the test (routes that take them from the form), a confirmation and a reason
     * (the cancellation asks for both before it asks the service).
     */
    private static Response call(Route route, String path, String role, Map<String, PageSession> sessions) {
        boolean body = !route.method().equals("GET") && !route.method().equals("DELETE");
        if (route.isPage()) {
            PageSession session = sessions.computeIfAbsent(role, PageSession::login);
            Response r = body ? session.post(path, Map.of("campagne", "2009", "departement", "02", "confirm", "1",
                    "reason", "Vérification des droits")) : session.get(path);
            if (r.statusCode() == 415) {
                r = session.spec().multiPart("_csrf", session.csrf()).multiPart("fichier", "vide.txt", new byte[0])
                        .post(path);
            }
            return r;
        }
        var request = as(role).redirects().follow(false).contentType("application/json");
        Response r = (body ? request.body("{}") : request).request(route.method(), path);
        if (r.statusCode() == 415) {
            r = as(role).redirects().follow(false).multiPart("fichier", "vide.txt", new byte[0])
                    .request(route.method(), path);
        }
        return r;
    }

    private static void check(List<String> failures, String role, String what, int expected, Response r) {
        if (r.statusCode() != expected) {
            failures.add(role + " " + what + ": attendu " + expected + ", obtenu " + r.statusCode() + " " + r.asString());
        }
        if (r.statusCode() >= 400 && r.statusCode() != 401) {
            String body = r.asString();
            if (body.contains("\"username\"")) {
                failures.add(role + " " + what + ": une erreur ne doit pas contenir de compte : " + body);
            }
        }
    }
}
