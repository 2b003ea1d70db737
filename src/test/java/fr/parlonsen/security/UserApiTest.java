package fr.parlonsen.security;

import static fr.parlonsen.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.parlonsen.Fixtures;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class UserApiTest {
    @Inject
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures.ensure();
    }

    @Test
    void an_admin_creates_a_sous_prefet_who_can_then_log_in() {
        as("admin").contentType("application/json").body("""
                {"username":"sp-laon","password":"mot-de-passe-tres-long","displayName":"Sous-préfet de Laon",
                 "roles":["sous-prefet"],"department":"02","arrondissements":["022"]}""")
                .post("/api/v1/users")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/users/sp-laon"))
                .body("username", equalTo("sp-laon"))
                .body("arrondissements", hasItems("022"))
                .body(not(containsString("password")));
        given().auth().preemptive().basic("sp-laon", "mot-de-passe-tres-long").get("/api/v1/users/sp-laon")
                .then().statusCode(200).body("displayName", equalTo("Sous-préfet de Laon"));
    }

    @Test
    void invalid_accounts_get_422_with_a_french_message_per_field() {
        as("admin").contentType("application/json").body("""
                {"username":"A","password":"court","displayName":"","roles":["chef"],"department":"02",
                 "arrondissements":["383"]}""")
                .post("/api/v1/users")
                .then().statusCode(422).contentType("application/problem+json")
                .body("title", equalTo("Données invalides"))
                .body("violations.field", hasItems("username", "password", "displayName"));
        as("admin").contentType("application/json").body("""
                {"username":"sp-x","password":"mot-de-passe-tres-long","displayName":"X",
                 "roles":["sous-prefet","chef"],"department":"02","arrondissements":["383"]}""")
                .post("/api/v1/users")
                .then().statusCode(422)
                .body("violations.field", hasItems("roles", "arrondissements"))
                .body("violations.message", hasItems(containsString("n'appartient pas au département 02")));
    }

    @Test
    void a_taken_username_gets_409() {
        as("admin").contentType("application/json").body("""
                {"username":"prefecture-02","password":"mot-de-passe-tres-long","displayName":"Doublon",
                 "roles":["prefecture"],"department":"02"}""")
                .post("/api/v1/users").then().statusCode(409).body("detail", containsString("déjà utilisé"));
    }

    @Test
    void a_disabled_account_can_no_longer_log_in() {
        as("admin").contentType("application/json").body("""
                {"username":"temp-02","password":"mot-de-passe-tres-long","displayName":"Temporaire",
                 "roles":["moderator"],"department":"02"}""").post("/api/v1/users").then().statusCode(201);
        given().auth().preemptive().basic("temp-02", "mot-de-passe-tres-long").get("/api/v1/users/temp-02")
                .then().statusCode(200);
        as("prefecture-02").delete("/api/v1/users/temp-02").then().statusCode(204);
        given().auth().preemptive().basic("temp-02", "mot-de-passe-tres-long").get("/api/v1/users/temp-02")
                .then().statusCode(401);
        as("admin").get("/api/v1/users/temp-02").then().statusCode(200).body("enabled", equalTo(false));
    }
}
