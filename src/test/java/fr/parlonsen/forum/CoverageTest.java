package fr.parlonsen.forum;

import static fr.parlonsen.Fixtures.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.parlonsen.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Coverage on the real Aisne data (21 cantons, 797 communes), conflicts and the campaign window. */
@QuarkusTest
class CoverageTest {
    static final List<String> AISNE_CANTONS = List.of("0201", "0202", "0203", "0204", "0205", "0206", "0207", "0208",
            "0209", "0210", "0211", "0212", "0213", "0214", "0215", "0216", "0217", "0218", "0219", "0220", "0221");

    @Inject
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures.ensure();
    }

    static JsonPath coverage(long campaign) {
        return as("prefecture-02").get("/api/v1/campaigns/" + campaign + "/departments/02/coverage").then()
                .statusCode(200).extract().jsonPath();
    }

    static Map<String, Object> without(Map<String, Object> body, String key) {
        body.put(key, List.of());
        return body;
    }

    @Test
    void forums_on_all_21_aisne_cantons_cover_the_797_communes() {
        long campaign = Plans.newCampaign();
        JsonPath before = coverage(campaign);
        assertEquals(797, before.getInt("communes.total"));
        assertEquals(0, before.getInt("communes.covered"));
        assertEquals(21, before.getList("cantons.uncovered").size());
        for (int i = 0; i < AISNE_CANTONS.size(); i++) {
            String day = "2009-03-" + (16 + i % 14);
            Map<String, Object> body = without(Plans.forum("Forum " + AISNE_CANTONS.get(i), day, AISNE_CANTONS.get(i)),
                    "facilitators");
            ((Map<String, Object>) body.get("venue")).put("name", "Salle " + i);
            Plans.create("prefecture-02", campaign, body);
        }
        JsonPath after = coverage(campaign);
        assertEquals(797, after.getInt("communes.covered"));
        assertEquals(21, after.getInt("cantons.total"));
        assertEquals(21, after.getInt("cantons.covered"));
        assertEquals(List.of(), after.getList("cantons.uncovered"));
        assertEquals(after.getLong("population.total"), after.getLong("population.covered"));
        assertTrue(after.getLong("population.total") > 500_000);
        assertEquals(List.of(), after.getList("conflicts"));
        assertEquals(5, after.getList("arrondissements").size());
        after.getList("arrondissements", Map.class).forEach(a -> assertEquals(((Map<?, ?>) a.get("communes")).get("total"),
                ((Map<?, ?>) a.get("communes")).get("covered"), () -> "arrondissement " + a.get("code")));
    }

    @Test
    void one_forum_on_one_canton_covers_exactly_that_canton() {
        long campaign = Plans.newCampaign();
        int hirsonCommunes = as("prefecture-02").get("/api/v1/territories/departments/02").then().extract().jsonPath()
                .getInt("cantons.find { it.code == '0208' }.communes");
        Plans.create("prefecture-02", campaign, Plans.forum("Forum d'Hirson", "2009-04-01", "0208"));
        JsonPath c = coverage(campaign);
        assertEquals(hirsonCommunes, c.getInt("communes.covered"));
        assertEquals(1, c.getInt("cantons.covered"));
        assertEquals(20, c.getList("cantons.uncovered").size());
        assertTrue(c.getList("cantons.uncovered.code").stream().noneMatch("0208"::equals));
        assertEquals("planned", c.getString("cantonStatuses.find { it.code == '0208' }.status"));
        assertEquals("uncovered", c.getString("cantonStatuses.find { it.code == '0219' }.status"));
    }

    @Test
    void laon_is_covered_by_either_of_its_two_cantons() {
        for (String canton : List.of("0209", "0210")) {
            long campaign = Plans.newCampaign();
            Plans.create("prefecture-02", campaign, Plans.forum("Forum " + canton, "2009-04-01", canton));
            String other = canton.equals("0209") ? "0210" : "0209";
            JsonPath c = coverage(campaign);
            // the other canton has exactly one commune covered: Laon itself, shared by both cantons
            assertEquals(1, c.getInt("cantonStatuses.find { it.code == '" + other + "' }.communesCovered"), canton);
            assertEquals("partial", c.getString("cantonStatuses.find { it.code == '" + other + "' }.status"));
        }
    }

    @Test
    void the_same_facilitator_venue_or_sous_prefet_in_overlapping_forums_is_a_conflict() {
        long campaign = Plans.newCampaign();
        long a = Plans.create("prefecture-02", campaign, Plans.forum("Forum A", "2009-04-02", "0207"));
        Map<String, Object> b = Plans.forum("Forum B", "2009-04-02", "0208");
        ((Map<String, Object>) b.get("venue")).put("name", "Salle Jean Jaurès");
        long idB = Plans.create("prefecture-02", campaign, b);
        // same venue as A, one hour later (still overlapping), no facilitator
        Map<String, Object> c = without(Plans.forum("Forum C", "2009-04-02", "0219"), "facilitators");
        c.put("startsAt", "2009-04-02T19:30:00+02:00");
        c.put("endsAt", "2009-04-02T21:30:00+02:00");
        ((Map<String, Object>) c.get("venue")).put("name", "  SALLE des Fetes ");
        long idC = Plans.create("prefecture-02", campaign, c);
        // no overlap: another day, same facilitator and venue
        Plans.create("prefecture-02", campaign, Plans.forum("Forum D", "2009-04-20", "0211"));
        // the sous-préfet plans two overlapping forums in Soissons
        long s1 = Plans.create("sous-prefet-02", campaign, without(venueIn(Plans.forum("Soissons 1", "2009-05-05", "0216"), "Mairie", "02722"), "facilitators"));
        long s2 = Plans.create("sous-prefet-02", campaign, without(venueIn(Plans.forum("Soissons 2", "2009-05-05", "0217"), "Gymnase", "02722"), "facilitators"));

        JsonPath cov = coverage(campaign);
        List<Map<String, Object>> conflicts = cov.getList("conflicts");
        List<String> found = new ArrayList<>();
        for (Map<String, Object> conflict : conflicts) {
            found.add(conflict.get("kind") + " " + conflict.get("forumIds"));
        }
        assertTrue(found.contains("facilitator [" + a + ", " + idB + "]"), found::toString);
        assertTrue(found.contains("venue [" + a + ", " + idC + "]"), found::toString);
        assertTrue(found.contains("sous-prefet [" + s1 + ", " + s2 + "]"), found::toString);
        assertEquals(3, conflicts.size(), found::toString);
        assertTrue(conflicts.get(0).get("reason").toString().contains("animateur-02"));

        // cancelling one forum of a pair removes its conflict
        as("prefecture-02").contentType(ContentType.JSON).body(Map.of("reason", "Doublon"))
                .post("/api/v1/forums/" + idB + "/cancel").then().statusCode(200);
        assertEquals(2, coverage(campaign).getList("conflicts").size());
    }

    @Test
    void a_forum_outside_the_campaign_window_is_created_but_flagged() {
        long campaign = Plans.newCampaign();
        long inside = Plans.create("prefecture-02", campaign, Plans.forum("Dans la période", "2009-05-18", "0201"));
        long outside = Plans.create("prefecture-02", campaign, Plans.forum("En juin", "2009-06-10", "0202"));
        long before = Plans.create("prefecture-02", campaign, Plans.forum("En février", "2009-02-27", "0203"));
        JsonPath cov = coverage(campaign);
        assertEquals(List.of((int) outside, (int) before).stream().sorted().toList(),
                cov.getList("outsideWindow", Integer.class).stream().sorted().toList());
        as("prefecture-02").get("/api/v1/forums/" + outside).then().statusCode(200)
                .body("warnings", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("hors de la période")));
        assertTrue(inside > 0);
    }

    static Map<String, Object> venueIn(Map<String, Object> body, String name, String commune) {
        Map<String, Object> venue = (Map<String, Object>) body.get("venue");
        venue.put("name", name);
        venue.put("communeCode", commune);
        return body;
    }
}
