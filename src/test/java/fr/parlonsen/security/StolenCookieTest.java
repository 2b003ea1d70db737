package fr.parlonsen.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.parlonsen.Fixtures;
import fr.parlonsen.PageSession;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Someone copied an agent's session cookie. Logout, a new password, disabling the account or changing its roles
 * ends the session on the server: the copy is refused at once, on pages and on the API.
 */
@QuarkusTest
class StolenCookieTest {
    static final String PASSWORD = "mot-de-passe-de-l-agent-2009";

    @Inject
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures.ensure();
    }

    String agent() {
        String name = "agent-" + System.nanoTime();
        Fixtures.as("admin").contentType("application/json").body("{\"username\":\"" + name + "\",\"password\":\""
                + PASSWORD + "\",\"displayName\":\"Agent\",\"roles\":[\"prefecture\"],\"department\":\"02\"}")
                .post("/api/v1/users").then().statusCode(201);
        return name;
    }

    static int page(String cookie) {
        return given().redirects().follow(false).cookie(Sessions.COOKIE, cookie).get("/gestion").statusCode();
    }

    static int api(String cookie) {
        return given().cookie(Sessions.COOKIE, cookie).get("/api/v1/users").statusCode();
    }

    @Test
    void a_cookie_copied_before_logout_is_refused_after_it() {
        PageSession s = PageSession.login("prefecture-02");
        String stolen = s.cookie(Sessions.COOKIE);
        assertEquals(200, page(stolen));
        assertEquals(200, api(stolen), "the session also opens the API's downloads (GET)");
        s.post("/deconnexion", Map.of()).then().statusCode(303);
        assertEquals(302, page(stolen));
        assertEquals(401, api(stolen));
    }

    @Test
    void a_session_cookie_never_changes_anything_through_the_api() {
        PageSession s = PageSession.login("admin");
        given().cookie(Sessions.COOKIE, s.cookie(Sessions.COOKIE)).contentType("application/json")
                .body("{\"username\":\"par-cookie\",\"password\":\"xxxxxxxxxxxx\",\"displayName\":\"X\","
                        + "\"roles\":[\"facilitator\"],\"department\":\"02\"}")
                .post("/api/v1/users").then().statusCode(401);
    }

    @Test
    void password_change_disabling_and_role_change_end_every_session_at_once() {
        for (String change : new String[] { "password", "role", "disable" }) {
            String name = agent();
            PageSession s = PageSession.login(name, PASSWORD);
            String cookie = s.cookie(Sessions.COOKIE);
            assertEquals(200, page(cookie));
            String body = switch (change) {
                case "password" -> "{\"displayName\":\"Agent\",\"password\":\"un-autre-mot-de-passe-2009\","
                        + "\"roles\":[\"prefecture\"],\"department\":\"02\"}";
                case "role" -> "{\"displayName\":\"Agent\",\"roles\":[\"moderator\"],\"department\":\"02\"}";
                default -> null;
            };
            if (body == null) {
                Fixtures.as("admin").delete("/api/v1/users/" + name).then().statusCode(204);
            } else {
                Fixtures.as("admin").contentType("application/json")
                        .header("If-Match", Fixtures.as("admin").get("/api/v1/users/" + name).header("ETag"))
                        .body(body).put("/api/v1/users/" + name).then()
                        .statusCode(200);
            }
            assertEquals(302, page(cookie), change);
        }
    }

    @Test
    void sign_in_rotates_the_csrf_token_and_sets_a_fresh_session() {
        PageSession visitor = PageSession.anonymous("/connexion");
        String before = visitor.csrf();
        PageSession agent = PageSession.login("prefecture-02");
        assertNotEquals(before, agent.csrf());
        String forged = "cookie-pose-par-un-attaquant";
        assertEquals(302, page(forged), "an unknown token is no session");
        assertTrue(agent.cookie(Sessions.COOKIE).length() >= 40);
    }
}
