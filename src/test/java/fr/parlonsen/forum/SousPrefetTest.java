package fr.parlonsen.forum;

import static fr.parlonsen.Fixtures.as;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.parlonsen.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A sous-préfet plans in their arrondissement only (Soissons, 024): elsewhere, 403 and nothing saved. */
@QuarkusTest
class SousPrefetTest {
    @Inject
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures.ensure();
    }

    @Test
    void a_sous_prefet_plans_in_soissons_but_gets_403_for_laon_or_another_department() {
        long campaign = Plans.newCampaign();
        String forums = "/api/v1/campaigns/" + campaign + "/departments/02/forums";
        long soissons = Plans.create("sous-prefet-02", campaign, Plans.forum("Forum de Soissons", "2009-04-03", "0216"));
        as("sous-prefet-02").contentType(ContentType.JSON).body(Plans.forum("Forum de Laon", "2009-04-03", "0209"))
                .post(forums).then().statusCode(403).contentType("application/problem+json");
        // Vic-sur-Aisne straddles Laon (022) and Soissons (024): not all its communes are theirs
        as("sous-prefet-02").contentType(ContentType.JSON).body(Plans.forum("Forum de Vic", "2009-04-03", "0220"))
                .post(forums).then().statusCode(403);
        as("sous-prefet-38").contentType(ContentType.JSON).body(Plans.forum("Forum de Soissons", "2009-04-03", "0216"))
                .post(forums).then().statusCode(403);
        as("sous-prefet-02").get(forums).then().statusCode(200).body("size()", org.hamcrest.Matchers.equalTo(1));

        long laon = Plans.create("prefecture-02", campaign, Plans.forum("Forum de Laon", "2009-04-03", "0209"));
        as("sous-prefet-02").post("/api/v1/forums/" + laon + "/publish").then().statusCode(403);
        as("sous-prefet-02").contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Plans.forum("Repris", "2009-04-03", "0216")).put("/api/v1/forums/" + laon).then().statusCode(403);
        // moving their own forum out of their arrondissement is refused too
        as("sous-prefet-02").contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Plans.forum("Déplacé", "2009-04-03", "0209")).put("/api/v1/forums/" + soissons).then().statusCode(403);
        as("sous-prefet-02").post("/api/v1/forums/" + soissons + "/publish").then().statusCode(200);
        as("sous-prefet-38").contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .post("/api/v1/forums/" + soissons + "/cancel").then().statusCode(403);
    }
}
