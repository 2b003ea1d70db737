package fr.parlonsen.forum;

import static fr.parlonsen.Fixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.containsString;
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

/** The forum routes of the contract: create, list, read, replace with If-Match, publish, cancel, held. */
@QuarkusTest
class ForumApiTest {
    @Inject
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures.ensure();
    }

    @Test
    void a_prefecture_plans_a_forum_and_reads_it_back_with_its_etag() {
        long campaign = Plans.newCampaign();
        var created = as("prefecture-02").contentType(ContentType.JSON).body(Plans.forum("Forum de Laon", "2009-03-20", "0209"))
                .post("/api/v1/campaigns/" + campaign + "/departments/02/forums").then().statusCode(201)
                .header("Location", containsString("/api/v1/forums/"))
                .header("ETag", "\"0\"")
                .body("status", equalTo("draft"))
                .body("startsAt", equalTo("2009-03-20T18:30:00+01:00"))
                .body("catchment.cantons", equalTo(List.of("0209")))
                .body("catchmentNames[0].name", equalTo("Laon-1"))
                .body("venue.communeName", equalTo("Laon"))
                .extract().jsonPath();
        long id = created.getLong("id");
        assertEquals(27, created.getInt("communesCovered")); // 26 whole communes and Laon, shared with Laon-2

        JsonPath list = as("animateur-02").get("/api/v1/campaigns/" + campaign + "/departments/02/forums").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(1, list.getList("$").size());
        assertEquals("Forum de Laon", list.getString("[0].title"));
        assertEquals(27, list.getInt("[0].communesCovered"));
        assertEquals("Salle des fêtes", list.getString("[0].venue.name"));

        as("moderateur-02").get("/api/v1/forums/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("invitees[0].name", equalTo("Jean Maire"));
        as("national").get("/api/v1/forums/" + id).then().statusCode(200);
        as("prefecture-38").get("/api/v1/forums/" + id).then().statusCode(403);
        as("prefecture-38").get("/api/v1/campaigns/" + campaign + "/departments/02/forums").then().statusCode(403);
        as("animateur-02").contentType(ContentType.JSON).body(Plans.forum("Pas permis", "2009-03-21", "0209"))
                .post("/api/v1/campaigns/" + campaign + "/departments/02/forums").then().statusCode(403);
    }

    @Test
    void the_campaign_code_works_in_routes_and_unknown_campaigns_or_departments_are_404() {
        as("prefecture-02").get("/api/v1/campaigns/2009/departments/02/forums").then().statusCode(200);
        as("prefecture-02").get("/api/v1/campaigns/999999/departments/02/forums").then().statusCode(404)
                .contentType("application/problem+json");
        as("admin").get("/api/v1/campaigns/2009/departments/XX/forums").then().statusCode(404);
    }

    @Test
    void replacing_needs_if_match_and_a_stale_version_overwrites_nothing() {
        long campaign = Plans.newCampaign();
        long id = Plans.create("prefecture-02", campaign, Plans.forum("Forum de Guise", "2009-04-02", "0207"));
        Map<String, Object> changed = Plans.forum("Forum de Guise (salle changée)", "2009-04-02", "0207");

        as("prefecture-02").contentType(ContentType.JSON).body(changed).put("/api/v1/forums/" + id).then()
                .statusCode(428).contentType("application/problem+json");
        as("prefecture-02").contentType(ContentType.JSON).header("If-Match", "\"7\"").body(changed)
                .put("/api/v1/forums/" + id).then().statusCode(412).contentType("application/problem+json");
        as("prefecture-02").get("/api/v1/forums/" + id).then().body("title", equalTo("Forum de Guise"));

        as("prefecture-02").contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed)
                .put("/api/v1/forums/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("title", equalTo("Forum de Guise (salle changée)"));
        // the same If-Match again is now stale
        as("prefecture-02").contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Plans.forum("Écrasé ?", "2009-04-02", "0207"))
                .put("/api/v1/forums/" + id).then().statusCode(412);
        as("prefecture-02").get("/api/v1/forums/" + id).then().body("title", equalTo("Forum de Guise (salle changée)"));
    }

    @Test
    void publish_warns_when_less_than_21_days_away_then_held_and_cancel_follow_the_statuses() {
        long campaign = Plans.newCampaign();
        String soon = java.time.LocalDate.now(ForumService.PARIS).plusDays(10).toString();
        long id = Plans.create("prefecture-02", campaign, Plans.forum("Forum bientôt", soon, "0208"));
        as("prefecture-02").post("/api/v1/forums/" + id + "/publish").then().statusCode(200)
                .body("status", equalTo("published"))
                .body("warnings", hasItem(org.hamcrest.Matchers.containsString("moins de 21 jours")));
        as("prefecture-02").post("/api/v1/forums/" + id + "/publish").then().statusCode(409);
        as("prefecture-02").post("/api/v1/forums/" + id + "/held").then().statusCode(200).body("status", equalTo("held"));
        as("prefecture-02").contentType(ContentType.JSON).body(Map.of("reason", "Trop tard"))
                .post("/api/v1/forums/" + id + "/cancel").then().statusCode(409);

        String later = java.time.LocalDate.now(ForumService.PARIS).plusDays(60).toString();
        long other = Plans.create("prefecture-02", campaign, Plans.forum("Forum lointain", later, "0211"));
        JsonPath published = as("prefecture-02").post("/api/v1/forums/" + other + "/publish").then().statusCode(200)
                .extract().jsonPath();
        assertTrue(published.getList("warnings", String.class).stream().noneMatch(w -> w.contains("21 jours")));
        as("prefecture-02").contentType(ContentType.JSON).body(Map.of("reason", " "))
                .post("/api/v1/forums/" + other + "/cancel").then().statusCode(422)
                .body("violations[0].field", equalTo("reason"));
        as("prefecture-02").contentType(ContentType.JSON).body(Map.of("reason", "Salle indisponible"))
                .post("/api/v1/forums/" + other + "/cancel").then().statusCode(200)
                .body("status", equalTo("cancelled")).body("cancelReason", equalTo("Salle indisponible"));
    }
}
