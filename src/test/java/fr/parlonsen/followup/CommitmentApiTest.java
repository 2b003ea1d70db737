package fr.parlonsen.followup;

import static fr.parlonsen.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.parlonsen.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Commitments through the API: made from a validated synthesis, edited with If-Match, followed, published. */
@QuarkusTest
class CommitmentApiTest {
    static final String C = "F15A";
    static final String LIST = "/api/v1/campaigns/" + C + "/departments/02/commitments";
    static final String PUBLIC = "/api/v1/public/campaigns/" + C + "/departments/02/commitments";
    static long laon;
    static long soissons;
    static List<Long> proposals;

    @Inject
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures.ensure();
        if (proposals == null) {
            FollowupFixtures.campaign(C);
            laon = FollowupFixtures.heldForumWithProposals(C, "Forum de Laon", "0209", 80,
                    List.of("Éclairer le parking de la gare le soir.", "Une permanence de la gendarmerie au marché."));
            soissons = FollowupFixtures.heldForumWithProposals(C, "Forum de Soissons", "0216", 60,
                    List.of("Des patrouilles à pied dans le centre-ville."));
            proposals = FollowupFixtures.proposalIds(FollowupFixtures.validatedSynthesis(C));
            assertFalse(proposals.isEmpty());
        }
    }

    static Map<String, Object> body(String title, String status, boolean published, List<Long> items) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("title", title);
        b.put("description", "Ce que la préfecture fait de cette proposition.");
        b.put("carriedBy", "gendarmerie");
        b.put("dueOn", "2009-09-30");
        b.put("status", status);
        b.put("synthesisItemIds", items);
        b.put("published", published);
        return b;
    }

    static Response create(Map<String, Object> body) {
        return as("prefecture-02").contentType("application/json").body(body).post(LIST);
    }

    @Test
    void a_commitment_made_from_a_proposal_lists_its_sources_down_to_forums_and_statements() {
        Response r = create(body("Éclairage du parking de la gare", "planned", true, List.of(proposals.get(0))));
        r.then().statusCode(201).header("Location", containsString("/api/v1/commitments/"))
                .header("ETag", equalTo("\"0\""));
        JsonPath j = r.jsonPath();
        assertEquals("planned", j.getString("status"));
        assertEquals(proposals.get(0), j.getLong("sources[0].synthesisItemId"));
        assertFalse(j.getList("sources[0].statements").isEmpty(), j.prettify());
        assertFalse(j.getList("forums").isEmpty(), j.prettify());
        long forum = j.getLong("sources[0].statements[0].forumId");
        assertTrue(forum == laon || forum == soissons);
        as("national").get("/api/v1/commitments/" + j.getLong("id")).then().statusCode(200)
                .body("title", equalTo("Éclairage du parking de la gare"));
    }

    @Test
    void one_statement_of_a_group_can_be_the_commitment() {
        JsonPath first = create(body("Tout le groupe", "planned", false, List.of(proposals.get(0)))).then()
                .statusCode(201).extract().jsonPath();
        String key = first.getString("sources[0].statements[0].key");
        Map<String, Object> b = body("Une seule déclaration", "planned", false, List.of(proposals.get(0)));
        b.put("statements", List.of(key));
        JsonPath one = create(b).then().statusCode(201).extract().jsonPath();
        assertEquals(1, one.getList("sources[0].statements").size());
        assertEquals(key, one.getString("sources[0].statement"));
        b.put("statements", List.of("m:999999999"));
        create(b).then().statusCode(422).body("violations.field", hasItem("statements"));
    }

    @Test
    void edits_need_the_current_version_and_abandoning_needs_a_reason() {
        JsonPath c = create(body("Patrouilles à pied", "planned", false, List.of(proposals.get(proposals.size() - 1))))
                .then().statusCode(201).extract().jsonPath();
        String url = "/api/v1/commitments/" + c.getLong("id");
        Map<String, Object> b = body("Patrouilles à pied", "in-progress", false, null);
        as("prefecture-02").contentType("application/json").body(b).put(url).then().statusCode(428)
                .contentType(containsString("application/problem+json"));
        as("prefecture-02").contentType("application/json").header("If-Match", "\"7\"").body(b).put(url).then()
                .statusCode(412);
        String etag = as("prefecture-02").contentType("application/json").header("If-Match", "\"0\"").body(b).put(url)
                .then().statusCode(200).body("status", equalTo("in-progress"))
                .body("sources.size()", equalTo(1)).extract().header("ETag");
        b.put("status", "abandoned");
        as("prefecture-02").contentType("application/json").header("If-Match", etag).body(b).put(url).then()
                .statusCode(422).body("violations.field", hasItem("reason"));
        b.put("reason", "Effectifs redéployés sur les cambriolages.");
        as("prefecture-02").contentType("application/json").header("If-Match", etag).body(b).put(url).then()
                .statusCode(200).body("status", equalTo("abandoned"));
        b.put("status", "done");
        b.put("doneOn", "2009-09-01");
        as("prefecture-02").contentType("application/json").header("If-Match", etag).body(b).put(url).then()
                .statusCode(412);
    }

    @Test
    void bad_input_gets_every_violation_at_once() {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("status", "finished");
        b.put("dueOn", "30/09/2009");
        b.put("synthesisItemIds", List.of(-1));
        create(b).then().statusCode(422).contentType(containsString("application/problem+json"))
                .body("violations.field", hasItem("title")).body("violations.field", hasItem("carriedBy"))
                .body("violations.field", hasItem("status")).body("violations.field", hasItem("dueOn"))
                .body("violations.field", hasItem("synthesisItemIds"));
        as("prefecture-02").contentType("application/json").body("{not json").post(LIST).then().statusCode(400);
    }

    @Test
    void only_published_commitments_are_public_with_personal_data_masked() {
        long hidden = create(body("Engagement interne non publié", "planned", false, List.of(proposals.get(0))))
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long shown = create(body("Permanence au marché", "in-progress", true, List.of(proposals.get(0)))).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        as("prefecture-02").contentType("application/json")
                .body(Map.of("text", "Réunion tenue avec M. Dupont (06 12 34 56 78) le 3 juin.", "at", "2009-06-03"))
                .post("/api/v1/commitments/" + shown + "/notes").then().statusCode(201)
                .body("text", containsString("Dupont"));
        as("prefecture-02").contentType("application/json").body(Map.of("text", "Note interne."))
                .post("/api/v1/commitments/" + hidden + "/notes").then().statusCode(201);

        String json = given().get(PUBLIC + ".json").then().statusCode(200).extract().asString();
        assertTrue(json.contains("Permanence au marché"));
        assertFalse(json.contains("Engagement interne non publié"), json);
        assertFalse(json.contains("Dupont"), json);
        assertFalse(json.contains("06 12 34 56 78"), json);
        assertTrue(json.contains("[nom masqué]") && json.contains("[téléphone masqué]"), json);
        given().get(PUBLIC + ".json").then().body("id", hasItem((int) shown)).body("id", not(hasItem((int) hidden)));

        String csv = given().get(PUBLIC + ".csv").then().statusCode(200).contentType(containsString("text/csv"))
                .extract().asString();
        assertTrue(csv.startsWith("id,departement,titre"), csv);
        assertTrue(csv.contains("Permanence au marché") && !csv.contains("non publié") && !csv.contains("Dupont"));

        String atom = given().get(PUBLIC + ".atom").then().statusCode(200)
                .contentType(containsString("application/atom+xml")).extract().asString();
        assertTrue(atom.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"") && atom.contains("[nom masqué]"), atom);
        assertFalse(atom.contains("Note interne") || atom.contains("Dupont"), atom);

        // staff see the original
        as("prefecture-02").get("/api/v1/commitments/" + shown).then().statusCode(200)
                .body("notes[0].text", containsString("M. Dupont"));
        // the public pages
        String page = given().get("/departements/02/suivi?campagne=" + C).then().statusCode(200).extract().asString();
        assertTrue(page.contains("Permanence au marché") && !page.contains("non publié") && !page.contains("Dupont"));
        String forumPage = given().get("/forums/" + laon).then().statusCode(200).extract().asString();
        assertTrue(forumPage.contains("Permanence au marché") && !forumPage.contains("non publié"), forumPage);
    }

    @Test
    void unknown_things_are_404_in_french() {
        as("prefecture-02").get("/api/v1/commitments/987654321").then().statusCode(404)
                .contentType(containsString("application/problem+json"));
        given().get("/api/v1/public/campaigns/nope/departments/02/commitments.json").then().statusCode(404);
        given().get("/api/v1/public/campaigns/" + C + "/departments/999/commitments.json").then().statusCode(404);
    }
}
