package fr.parlonsen.web;

import static fr.parlonsen.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.parlonsen.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;

@QuarkusTest
class SecurityHeadersTest {
    @Inject
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures.ensure();
    }

    static final List<String> ROUTES = List.of("/", "/connexion", "/accessibilite", "/gestion", "/gestion/territoire",
            "/api/v1/territories/departments", "/api/v1/users", "/dsfr/dsfr.min.css", "/static/app.css",
            "/inexistant", "/q/health/ready", "/q/openapi");

    @Test
    void every_route_carries_the_security_headers() {
        for (String route : ROUTES) {
            Response r = given().redirects().follow(false).get(route);
            String csp = r.header("Content-Security-Policy");
            assertNotNull(csp, route);
            assertTrue(csp.contains("frame-ancestors 'none'"), route);
            assertTrue(!csp.contains("unsafe-inline"), route);
            assertEquals("nosniff", r.header("X-Content-Type-Options"), route);
            assertNotNull(r.header("Referrer-Policy"), route);
        }
    }

    @Test
    void a_form_post_without_csrf_token_is_refused_in_french() {
        given().redirects().follow(false).formParam("x", "y").post("/deconnexion")
                .then().statusCode(403).body(containsString("Formulaire expiré"));
    }

    @Test
    void a_signed_in_form_post_needs_the_token_of_the_browser() {
        CookieFilter cookies = new CookieFilter();
        given().filter(cookies).redirects().follow(false).formParam("j_username", "prefecture-02")
                .formParam("j_password", Fixtures.PASSWORD).post("/j_security_check").then().statusCode(302);
        String html = given().filter(cookies).get("/gestion").then().statusCode(200).extract().asString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertTrue(m.find(), "the logout form carries a CSRF token");
        given().filter(cookies).redirects().follow(false).formParam("_csrf", "faux").post("/deconnexion")
                .then().statusCode(403);
        given().filter(cookies).redirects().follow(false).formParam("_csrf", m.group(1)).post("/deconnexion")
                .then().statusCode(303);
    }

    @Test
    void health_openapi_and_metrics_are_served() {
        given().get("/q/health/ready").then().statusCode(200).body(containsString("UP"))
                .body(containsString("Database connections health check"));
        as("admin").get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/territories/departments"));
        as("admin").get("/q/metrics").then().statusCode(200).body(containsString("http_server"))
                .body(not(containsString("Exception\"")));
        given().get("/q/openapi").then().statusCode(401);
        given().get("/q/metrics").then().statusCode(401);
        as("prefecture-02").get("/q/metrics").then().statusCode(403);
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/").then().body(not(containsString("style=")));
    }
}
