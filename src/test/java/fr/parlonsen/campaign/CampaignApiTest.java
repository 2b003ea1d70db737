package fr.parlonsen.campaign;

import static fr.parlonsen.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.parlonsen.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Campaigns are data: the 2009 one is seeded, an admin creates the next one with its themes and sub-topics. */
@QuarkusTest
class CampaignApiTest {
    @Inject
    Fixtures fixtures;
    @Inject
    TopicSuggestions suggestions;

    @BeforeEach
    void setUp() {
        fixtures.ensure();
    }

    @Test
    void every_signed_in_user_reads_the_2009_campaign_with_its_two_themes_and_sub_topics() {
        JsonPath list = as("animateur-02").get("/api/v1/campaigns").then().statusCode(200).extract().jsonPath();
        Map<String, Object> c2009 = list.<Map<String, Object>>getList("$").stream()
                .filter(c -> "2009".equals(c.get("code"))).findFirst().orElseThrow();
        assertEquals("2009-03-16", c2009.get("startsOn"));
        assertEquals("2009-05-18", c2009.get("endsOn"));
        assertEquals("2009-05-22", c2009.get("synthesisDueOn"));
        List<Map<String, Object>> themes = (List<Map<String, Object>>) c2009.get("themes");
        assertEquals(2, themes.size());
        assertTrue(((List<?>) themes.get(0).get("topics")).size() > 3);
        as("prefecture-02").get("/api/v1/campaigns/2009").then().statusCode(200)
                .body("themes.code", hasItem("devoir")).body("themes[0].topics[0].code", equalTo("modernisation.videoprotection"));
        io.restassured.RestAssured.given().get("/api/v1/campaigns").then().statusCode(401);
    }

    @Test
    void an_admin_creates_a_campaign_and_others_may_not() {
        Map<String, Object> body = Map.of("code", "2010-essai", "title", "Parlons-en, deuxième édition",
                "startsOn", "2010-03-01", "endsOn", "2010-04-30", "synthesisDueOn", "2010-05-15",
                "themes", List.of(Map.of("code", "proximite", "title", "Sécurité de proximité", "topics",
                        List.of(Map.of("code", "proximite.cambriolages", "title", "Cambriolages", "group", "Proximité",
                                "keywords", List.of("cambriolage", "vol"))))));
        as("prefecture-02").contentType(ContentType.JSON).body(body).post("/api/v1/campaigns").then().statusCode(403);
        long id = as("admin").contentType(ContentType.JSON).body(body).post("/api/v1/campaigns").then().statusCode(201)
                .header("Location", containsString("/api/v1/campaigns/"))
                .body("themes[0].topics[0].keywords", equalTo(List.of("cambriolage", "vol")))
                .extract().jsonPath().getLong("id");
        as("national").get("/api/v1/campaigns/" + id).then().statusCode(200).body("code", equalTo("2010-essai"));
        as("national").get("/api/v1/campaigns/2010-essai").then().statusCode(200).body("id", equalTo((int) id));
        as("admin").contentType(ContentType.JSON).body(body).post("/api/v1/campaigns").then().statusCode(409);
    }

    @Test
    void a_bad_campaign_gets_422_with_french_messages() {
        Map<String, Object> body = Map.of("code", "bad", "title", "", "startsOn", "2010-05-01", "endsOn", "2010-04-01",
                "synthesisDueOn", "2010-05-15", "themes", List.of());
        as("admin").contentType(ContentType.JSON).body(body).post("/api/v1/campaigns").then().statusCode(422)
                .body("violations.field", hasItem("title")).body("violations.field", hasItem("themes"));
        Map<String, Object> reversed = Map.of("code", "bad2", "title", "Dates inversées", "startsOn", "2010-05-01",
                "endsOn", "2010-04-01", "synthesisDueOn", "2010-05-15",
                "themes", List.of(Map.of("code", "a", "title", "A", "topics", List.of())));
        as("admin").contentType(ContentType.JSON).body(reversed).post("/api/v1/campaigns").then().statusCode(422)
                .body("violations[0].field", equalTo("endsOn"));
        as("admin").get("/api/v1/campaigns/bad2").then().statusCode(404);
    }

    @Test
    void a_sub_topic_role_is_written_read_back_and_shown_for_the_2009_campaign() {
        as("national").get("/api/v1/campaigns/2009").then().statusCode(200)
                .body("themes.topics.flatten().find { it.code == 'proximite.presence' }.role", equalTo("generic"))
                .body("themes.topics.flatten().find { it.code == 'proximite.cambriolages' }.role", equalTo("problem"))
                .body("themes.topics.flatten().find { it.code == 'partage.role-citoyen' }.role", nullValue());
        Map<String, Object> body = Map.of("code", "2011-roles", "title", "Campagne avec rôles",
                "startsOn", "2011-03-01", "endsOn", "2011-04-30", "synthesisDueOn", "2011-05-15",
                "themes", List.of(Map.of("code", "proximite", "title", "Sécurité de proximité", "topics", List.of(
                        Map.of("code", "x.presence", "title", "Présence", "keywords",
                                List.of("patrouilles", "policiers", "effectifs"), "role", "generic"),
                        Map.of("code", "x.vols", "title", "Vols", "keywords", List.of("cambriolages"),
                                "role", "problem"),
                        Map.of("code", "x.autre", "title", "Autre", "keywords", List.of("radar"))))));
        as("admin").contentType(ContentType.JSON).body(body).post("/api/v1/campaigns").then().statusCode(201)
                .body("themes[0].topics.role", equalTo(java.util.Arrays.asList("generic", "problem", null)));
        as("animateur-02").get("/api/v1/campaigns/2011-roles").then().statusCode(200)
                .body("themes[0].topics[0].role", equalTo("generic"))
                .body("themes[0].topics[2].role", nullValue());
    }

    @Test
    void a_campaign_created_through_the_api_keeps_the_rule_that_a_generic_measure_yields() {
        String text = "Plus de patrouilles et de policiers contre les cambriolages";
        for (boolean roles : new boolean[] { true, false }) {
            List<Map<String, Object>> topics = List.of(
                    topic("x.presence", "Présence", List.of("patrouilles", "policiers", "effectifs"), roles ? "generic" : null),
                    topic("x.vols", "Vols", List.of("cambriolages"), roles ? "problem" : null));
            String code = roles ? "2012-avec-roles" : "2012-sans-roles";
            as("admin").contentType(ContentType.JSON).body(Map.of("code", code, "title", "Campagne " + code,
                    "startsOn", "2012-03-01", "endsOn", "2012-04-30", "synthesisDueOn", "2012-05-15",
                    "themes", List.of(Map.of("code", "proximite", "title", "Proximité", "topics", topics))))
                    .post("/api/v1/campaigns").then().statusCode(201);
            String suggested = QuarkusTransaction.requiringNew()
                    .call(() -> suggestions.suggest(Campaign.findByCode(code).orElseThrow(), text).orElseThrow());
            assertEquals(roles ? "x.vols" : "x.presence", suggested, code);
        }
    }

    @Test
    void an_unknown_sub_topic_role_gets_422_naming_the_field() {
        Map<String, Object> body = Map.of("code", "2013-role-inconnu", "title", "Rôle inconnu",
                "startsOn", "2013-03-01", "endsOn", "2013-04-30", "synthesisDueOn", "2013-05-15",
                "themes", List.of(Map.of("code", "proximite", "title", "Proximité", "topics", List.of(
                        topic("x.a", "A", List.of(), "measure"), topic("x.b", "B", List.of(), "mesure")))));
        as("admin").contentType(ContentType.JSON).body(body).post("/api/v1/campaigns").then().statusCode(422)
                .contentType(containsString("application/problem+json"))
                .body("violations.size()", equalTo(1))
                .body("violations[0].field", equalTo("themes[0].topics[1].role"))
                .body("violations[0].message", containsString("role"))
                .body("violations[0].message", containsString("« generic »"));
        as("admin").get("/api/v1/campaigns/2013-role-inconnu").then().statusCode(404);
    }

    private static Map<String, Object> topic(String code, String title, List<String> keywords, String role) {
        Map<String, Object> t = new java.util.LinkedHashMap<>();
        t.put("code", code);
        t.put("title", title);
        t.put("keywords", keywords);
        if (role != null) {
            t.put("role", role);
        }
        return t;
    }
}
