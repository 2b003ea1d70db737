package fr.parlonsen.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.parlonsen.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;

/**
 * Someone guesses passwords, by the form and by HTTP Basic: after a few failures each attempt must wait longer,
 * then the account is locked for a while, even for the right password; an unknown account answers the same.
 */
@QuarkusTest
class PasswordGuessingTest {
    static final String PASSWORD = "mot-de-passe-de-la-cible-2009";

    @Inject
    Fixtures fixtures;
    @Inject
    LoginThrottle throttle;

    @BeforeEach
    void setUp() {
        fixtures.ensure();
    }

    String target() {
        String name = "cible-" + System.nanoTime();
        Fixtures.as("admin").contentType("application/json").body("{\"username\":\"" + name + "\",\"password\":\""
                + PASSWORD + "\",\"displayName\":\"Cible\",\"roles\":[\"facilitator\"],\"department\":\"02\"}")
                .post("/api/v1/users").then().statusCode(201);
        return name;
    }

    static Response form(String username, String password) {
        CookieFilter cookies = new CookieFilter();
        given().filter(cookies).get("/connexion").then().statusCode(200);
        String csrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("parlonsen-csrf"))
                .findFirst().orElseThrow().getValue();
        return given().filter(cookies).redirects().follow(false).formParam("j_username", username)
                .formParam("j_password", password).formParam("_csrf", csrf).post("/j_security_check");
    }

    static int basic(String username, String password) {
        return given().auth().preemptive().basic(username, password).get("/api/v1/users/" + username).statusCode();
    }

    @Test
    void after_three_wrong_guesses_even_the_right_password_must_wait() {
        String user = target();
        for (int i = 0; i < 3; i++) {
            Response r = form(user, "essai-" + i);
            assertEquals(303, r.statusCode());
            assertEquals("/connexion?erreur=1", java.net.URI.create(r.header("Location")).getPath() + "?"
                    + java.net.URI.create(r.header("Location")).getQuery());
        }
        Response right = form(user, PASSWORD);
        assertEquals(303, right.statusCode());
        assertTrue(right.header("Location").contains("attente="), right.header("Location"));
        assertEquals(401, basic(user, PASSWORD), "Basic is throttled the same way");
        String page = given().get(right.header("Location")).asString();
        assertTrue(page.contains("Trop de tentatives"), "the page says to wait");
    }

    @Test
    void an_unknown_account_is_answered_exactly_like_an_existing_one() {
        String unknown = "inconnu-" + System.nanoTime();
        String known = target();
        for (int i = 0; i < 3; i++) {
            assertEquals(form(known, "x" + i).header("Location"), form(unknown, "x" + i).header("Location"));
        }
        String a = form(known, "y").header("Location").replaceAll("attente=\\d+", "attente=N");
        String b = form(unknown, "y").header("Location").replaceAll("attente=\\d+", "attente=N");
        assertEquals(a, b);
        assertEquals(basic(known, "z"), basic(unknown, "z"));
    }

    @Test
    void ten_failures_lock_the_account_for_a_while_then_it_opens_again() {
        String user = target();
        for (int i = 0; i < 10; i++) {
            throttle.failure(user, "192.0.2." + i);
        }
        Response r = form(user, PASSWORD);
        assertTrue(r.header("Location").contains("attente="), r.header("Location"));
        long wait = Long.parseLong(r.header("Location").replaceAll(".*attente=(\\d+).*", "$1"));
        assertTrue(wait > 60 * 10, "locked for about 15 minutes, not a short delay: " + wait);
        assertEquals(401, basic(user, PASSWORD));
        throttle.success(user); // an admin's reset (or the lock's end)
        assertEquals(302, form(user, PASSWORD).statusCode());
        assertEquals(200, basic(user, PASSWORD));
    }

    @Test
    void the_delay_doubles_and_failures_are_forgotten_after_the_window() {
        LoginThrottle.Policy p = new LoginThrottle.Policy(3, 10, Duration.ofMinutes(15), Duration.ofMinutes(15));
        assertEquals(Duration.ZERO, p.delay(2));
        assertEquals(Duration.ofSeconds(1), p.delay(3));
        assertEquals(Duration.ofSeconds(2), p.delay(4));
        assertEquals(Duration.ofSeconds(4), p.delay(5));
        assertEquals(Duration.ofSeconds(60), p.delay(40));
        Instant now = Instant.parse("2009-03-16T18:30:00Z");
        assertEquals(Duration.ofSeconds(4), p.wait(5, now, null, now));
        assertEquals(Duration.ZERO, p.wait(5, now.minus(Duration.ofMinutes(16)), null, now));
        assertEquals(Duration.ofMinutes(15), p.wait(10, now, now.plus(Duration.ofMinutes(15)), now));
    }

    @Test
    void the_login_form_needs_its_csrf_token() {
        given().redirects().follow(false).formParam("j_username", "admin").formParam("j_password", Fixtures.PASSWORD)
                .post("/j_security_check").then().statusCode(403);
    }
}
