package fr.parlonsen.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.parlonsen.Fixtures;
import fr.parlonsen.PageSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * An attacker's page makes a signed-in agent's browser post to the API: a browser can only send a cross-site form
 * as urlencoded, multipart or text/plain, and each is refused with 415 before anything happens, even with valid
 * credentials. Browsers navigating to the API get no Basic prompt, so they never store credentials to replay.
 */
@QuarkusTest
class CrossSiteApiPostsTest {
    @Inject
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures.ensure();
    }

    static final List<String> STATE_CHANGING = List.of("/api/v1/campaigns/2009/departments/02/synthesis/transmit",
            "/api/v1/campaigns/2009/departments/02/synthesis/validate",
            "/api/v1/campaigns/2009/departments/02/synthesis/draft", "/api/v1/campaigns/2009/national/synthesis/draft",
            "/api/v1/forums/1/publish", "/api/v1/forums/1/held", "/api/v1/forums/1/minutes/submit",
            "/api/v1/forums/1/minutes/validate", "/api/v1/users");

    @Test
    void a_cross_site_form_body_gets_415_even_with_credentials() {
        for (String path : STATE_CHANGING) {
            List<Response> answers = List.of(
                    Fixtures.as("admin").contentType("application/x-www-form-urlencoded").formParam("a", "b").post(path),
                    Fixtures.as("admin").contentType("text/plain").body("a=b").post(path),
                    Fixtures.as("admin").multiPart("a", "b").post(path),
                    // an empty form sent by a browser from another site
                    Fixtures.as("admin").contentType("application/x-www-form-urlencoded").header("Origin",
                            "https://attaquant.example").header("Sec-Fetch-Site", "cross-site").post(path));
            for (Response r : answers) {
                assertEquals(415, r.statusCode(), path);
                assertTrue(r.contentType().startsWith("application/problem+json"), path);
                assertEquals("Type de contenu non pris en charge", r.jsonPath().getString("title"));
            }
        }
    }

    @Test
    void json_and_the_documented_multipart_still_pass_the_gate() {
        Fixtures.as("admin").contentType("application/json").body("{}").post("/api/v1/users")
                .then().statusCode(422);
        // the canton import is the one multipart route: its own validation answers, not the gate
        int status = Fixtures.as("admin").multiPart("cantons", "x.csv", "a".getBytes()).post("/api/v1/territories/cantons")
                .statusCode();
        assertTrue(status != 415 && status < 500, "status " + status);
    }

    @Test
    void a_browser_navigating_to_the_api_gets_no_basic_prompt() {
        Response nav = given().header("Sec-Fetch-Mode", "navigate").header("Accept", "text/html").get("/api/v1/users");
        assertEquals(401, nav.statusCode());
        assertNull(nav.header("WWW-Authenticate"));
        given().header("Accept", "text/html,application/xhtml+xml").get("/api/v1/campaigns/2009/national/progress.csv")
                .then().statusCode(401).header("WWW-Authenticate", org.hamcrest.Matchers.nullValue());
        given().get("/api/v1/users").then().statusCode(401).header("WWW-Authenticate", startsWith("Basic"));
    }

    @Test
    void the_national_csv_the_page_links_to_opens_with_the_page_session() {
        PageSession national = PageSession.login("national");
        String html = national.get("/gestion/national?campagne=2009").asString();
        assertTrue(html.contains("href=\"/gestion/national/avancement.csv?campagne=2009\""));
        Response csv = national.get("/gestion/national/avancement.csv?campagne=2009");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.contentType().startsWith("text/csv"));
        assertTrue(csv.asString().startsWith("\uFEFFDépartement;Nom;"));
        PageSession.login("prefecture-02").spec().get("/gestion/national/avancement.csv").then().statusCode(403);
    }

    @Test
    void public_json_submissions_are_not_concerned() {
        given().contentType("application/json").body("{\"text\":\"x\"}").post("/api/v1/public/forums/1/questions")
                .then().statusCode(org.hamcrest.Matchers.not(equalTo(415)));
    }
}
