package fr.parlonsen.forum;

import static fr.parlonsen.Fixtures.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.parlonsen.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Every bad input gets a 422 naming its field in French, and nothing is saved. */
@QuarkusTest
class ForumValidationTest {
    @Inject
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures.ensure();
    }

    static Map<String, Consumer<Map<String, Object>>> BAD = new LinkedHashMap<>();
    static Map<String, String> FIELD = new HashMap<>();

    static void bad(String name, String field, Consumer<Map<String, Object>> change) {
        BAD.put(name, change);
        FIELD.put(name, field);
    }

    static {
        bad("end before start", "endsAt", b -> b.put("endsAt", "2009-04-02T17:00:00+02:00"));
        bad("unknown canton", "catchment.cantons", b -> b.put("catchment", Map.of("cantons", List.of("0299"))));
        bad("canton of another département", "catchment.cantons", b -> b.put("catchment", Map.of("cantons", List.of("3801"))));
        bad("title over 200 characters", "title", b -> b.put("title", "x".repeat(201)));
        bad("empty catchment", "catchment.cantons", b -> b.put("catchment", Map.of("cantons", List.of())));
        bad("no catchment kind", "catchment", b -> b.put("catchment", Map.of()));
        bad("two catchment kinds", "catchment", b -> b.put("catchment", Map.of("cantons", List.of("0208"), "communes", List.of("02408"))));
        bad("unknown commune", "catchment.communes", b -> b.put("catchment", Map.of("communes", List.of("02999"))));
        bad("unknown EPCI", "catchment.epcis", b -> b.put("catchment", Map.of("epcis", List.of("999999999"))));
        bad("arrondissement of another département", "catchment.arrondissements", b -> b.put("catchment", Map.of("arrondissements", List.of("383"))));
        bad("facilitator of another département", "facilitators", b -> b.put("facilitators", List.of("animateur-38")));
        bad("not a facilitator", "facilitators", b -> b.put("facilitators", List.of("moderateur-02")));
        bad("unreadable date", "startsAt", b -> b.put("startsAt", "le 2 avril"));
        bad("missing title", "title", b -> b.remove("title"));
        bad("venue commune unknown", "venue.communeCode", b -> ((Map<String, Object>) b.get("venue")).put("communeCode", "02999"));
        bad("venue commune of another département", "venue.communeCode", b -> ((Map<String, Object>) b.get("venue")).put("communeCode", "38185"));
        bad("negative capacity", "venue.capacity", b -> ((Map<String, Object>) b.get("venue")).put("capacity", -3));
        bad("unknown invitee role", "invitees[0].role", b -> b.put("invitees", List.of(Map.of("name", "X", "role", "préfet"))));
        bad("bad invitee email", "invitees[0].email", b -> b.put("invitees", List.of(Map.of("name", "X", "role", "elu", "email", "pas-un-courriel"))));
        bad("missing venue", "venue", b -> b.remove("venue"));
    }

    @Test
    void every_bad_input_is_refused_with_its_field_and_nothing_is_saved() {
        long campaign = Plans.newCampaign();
        String forums = "/api/v1/campaigns/" + campaign + "/departments/02/forums";
        for (var e : BAD.entrySet()) {
            Map<String, Object> body = Plans.forum("Forum de Guise", "2009-04-02", "0207");
            e.getValue().accept(body);
            JsonPath problem = as("prefecture-02").contentType(ContentType.JSON).body(body).post(forums).then()
                    .statusCode(422).contentType("application/problem+json").extract().jsonPath();
            List<String> fields = problem.getList("violations.field");
            assertTrue(fields.contains(FIELD.get(e.getKey())), () -> e.getKey() + " → " + fields);
            problem.getList("violations.message", String.class).forEach(m -> assertFalse(m.isBlank(), e.getKey()));
        }
        assertEquals(0, as("prefecture-02").get(forums).then().statusCode(200).extract().jsonPath().getList("$").size());
    }

    @Test
    void all_the_errors_of_a_body_come_at_once() {
        long campaign = Plans.newCampaign();
        Map<String, Object> body = Plans.forum("x".repeat(201), "2009-04-02", "0299");
        body.put("endsAt", "2009-04-02T10:00:00+02:00");
        List<String> fields = as("prefecture-02").contentType(ContentType.JSON).body(body)
                .post("/api/v1/campaigns/" + campaign + "/departments/02/forums").then().statusCode(422).extract()
                .jsonPath().getList("violations.field");
        assertTrue(fields.containsAll(List.of("title", "endsAt", "catchment.cantons")), fields::toString);
        assertTrue(as("prefecture-02").contentType(ContentType.JSON).body(body)
                .post("/api/v1/campaigns/" + campaign + "/departments/02/forums").then().extract().jsonPath()
                .getString("violations.find { it.field == 'catchment.cantons' }.message").contains("0299"));
    }

    @Test
    void a_bad_replacement_leaves_the_forum_as_it_was() {
        long campaign = Plans.newCampaign();
        long id = Plans.create("prefecture-02", campaign, Plans.forum("Forum de Vervins", "2009-04-02", "0219"));
        for (var e : BAD.entrySet()) {
            Map<String, Object> body = Plans.forum("Forum changé", "2009-04-02", "0219");
            e.getValue().accept(body);
            as("prefecture-02").contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                    .put("/api/v1/forums/" + id).then().statusCode(422);
        }
        as("prefecture-02").get("/api/v1/forums/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("title", org.hamcrest.Matchers.equalTo("Forum de Vervins"))
                .body("catchment.cantons", org.hamcrest.Matchers.equalTo(List.of("0219")));
    }

    @Test
    void malformed_json_is_a_400_problem_not_a_500() {
        long campaign = Plans.newCampaign();
        as("prefecture-02").contentType(ContentType.JSON).body("{\"title\": ")
                .post("/api/v1/campaigns/" + campaign + "/departments/02/forums").then().statusCode(400)
                .contentType("application/problem+json");
        as("prefecture-02").contentType(ContentType.JSON).body("{\"venue\": \"salle\"}")
                .post("/api/v1/campaigns/" + campaign + "/departments/02/forums").then().statusCode(400);
    }
}
