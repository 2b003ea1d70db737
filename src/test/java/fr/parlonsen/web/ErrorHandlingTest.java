package fr.parlonsen.web;

import static fr.parlonsen.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.parlonsen.Fixtures;
import io.quarkus.test.junit.QuarkusTest;

/** Bad input gets a clear French answer: problem+json on the API, a DSFR page elsewhere; never a 500. */
@QuarkusTest
class ErrorHandlingTest {
    @Inject
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures.ensure();
    }

    @Test
    void an_unknown_department_gets_a_404_problem() {
        as("admin").get("/api/v1/territories/departments/99").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Ressource introuvable"))
                .body("detail", containsString("« 99 »"));
    }

    @Test
    void malformed_json_gets_a_400_problem() {
        as("admin").contentType("application/json").body("{\"username\": ").post("/api/v1/users")
                .then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("Requête invalide"));
    }

    @Test
    void a_wrong_content_type_gets_415() {
        as("admin").contentType("text/plain").body("bonjour").post("/api/v1/users")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void an_oversized_body_gets_413() throws Exception {
        java.net.URL url = new java.net.URL(io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port);
        try (java.net.Socket socket = new java.net.Socket(url.getHost(), url.getPort())) {
            String auth = java.util.Base64.getEncoder().encodeToString(("admin:" + Fixtures.PASSWORD).getBytes());
            socket.getOutputStream().write(("POST /api/v1/users HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + auth
                    + "\r\nContent-Type: application/json\r\nContent-Length: 30000000\r\n\r\n{").getBytes());
            socket.getOutputStream().flush();
            String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream())).readLine();
            org.junit.jupiter.api.Assertions.assertTrue(statusLine.contains(" 413 "), statusLine);
        }
    }

    @Test
    void an_unknown_page_gets_a_french_404_page_without_technical_details() {
        given().get("/page-qui-n-existe-pas").then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("Page introuvable"))
                .body(containsString("fr-header"))
                .body(not(containsString("Exception")));
    }

    @Test
    void an_empty_body_gets_422_not_500() {
        as("admin").contentType("application/json").post("/api/v1/users").then().statusCode(422)
                .body("violations.message", org.hamcrest.Matchers.hasItem("Le corps de la requête est obligatoire."));
    }

    static RawHttp.Answer raw(String method, String path, java.util.Map<String, String> headers, byte[] body) {
        try {
            return RawHttp.send(java.net.URI.create(io.restassured.RestAssured.baseURI).getHost(),
                    io.restassured.RestAssured.port, method, path, headers, body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void a_bad_basic_header_or_a_matrix_parameter_gets_400_not_500_even_on_public_routes() {
        for (String path : List.of("/", "/q/health/live", "/api/v1/public/campaigns/2009/forums.json")) {
            given().header("Authorization", "Basic !!!notbase64").get(path).then().statusCode(400);
        }
        given().header("Authorization", "Basic !!!notbase64").get("/api/v1/campaigns").then().statusCode(400)
                .contentType("application/problem+json").body("title", equalTo("Requête invalide"));
        for (String path : List.of("/gestion;x", "/gestion/questions;x")) { // sent as is, not encoded
            org.junit.jupiter.api.Assertions.assertEquals(400, raw("GET", path, java.util.Map.of(), null).status(), path);
        }
    }

    @Test
    void undecodable_forms_duplicate_keys_and_nulls_in_lists_get_a_french_4xx() {
        given().contentType("application/x-www-form-urlencoded").body("text=%ZZ").post("/forums/1/question")
                .then().statusCode(400).body(containsString("Requête invalide"));
        int status = raw("POST", "/forums/1/question", java.util.Map.of("Content-Type",
                "application/x-www-form-urlencoded; charset=nope"), "text=a".getBytes()).status();
        org.junit.jupiter.api.Assertions.assertTrue(status == 403 || status == 415, "charset=nope: " + status);
        as("admin").contentType("application/json").body("{\"username\":\"a\",\"username\":\"b\"}")
                .post("/api/v1/users").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("deux fois"));
        as("admin").contentType("application/json").body("{\"roles\":[null]}").post("/api/v1/users").then()
                .statusCode(400).body("violations[0].field", equalTo("roles[0]"));
        given().contentType("application/json").body("{\"text\":5,\"email\":[]}")
                .post("/api/v1/public/forums/1/questions").then().statusCode(400)
                .contentType("application/problem+json").body("title", equalTo("Requête invalide"));
    }
}
