package fr.parlonsen.campaign;

import static fr.parlonsen.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.parlonsen.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Campaigns are data: the 2009 one is seeded, an admin creates the next one with its themes and sub-topics. */
@QuarkusTest
class CampaignApiTest {
    @Inject
    Fixtures fixtures;

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
}
