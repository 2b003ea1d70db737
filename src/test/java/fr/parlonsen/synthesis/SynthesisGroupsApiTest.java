package fr.parlonsen.synthesis;

import static fr.parlonsen.Fixtures.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.parlonsen.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Forty forums of realistic minutes give a synthesis of groups, far fewer than the statements, each with a label,
 * a representative formulation and its places, every statement reachable in exactly one group.
 */
@QuarkusTest
class SynthesisGroupsApiTest {
    static final String C = "groupes-2009";
    static boolean ready;
    static final Set<Long> itemIds = new HashSet<>();
    static int statements;
    static final List<SourceItem> said = new ArrayList<>();

    @Inject
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures.ensure();
        if (ready) {
            return;
        }
        Meetings.campaignLike2009(C);
        Random random = new Random(2009);
        for (int f = 0; f < 40; f++) {
            String canton = String.format("02%02d", 1 + f % 21);
            long forum = Meetings.heldForum(C, "Forum n° " + (f + 1), canton);
            List<String> strengths = RealisticMinutes.pick(RealisticMinutes.STRENGTHS, 2 + random.nextInt(2), random);
            List<String> weaknesses = RealisticMinutes.pick(RealisticMinutes.WEAKNESSES, 3 + random.nextInt(2), random);
            List<String> proposals = RealisticMinutes.pick(RealisticMinutes.PROPOSALS, 3 + random.nextInt(3), random);
            JsonPath minutes = Meetings.validatedMinutes(forum, 30 + random.nextInt(60), List.of(), strengths,
                    weaknesses, proposals);
            for (String kind : List.of("strengths", "weaknesses", "proposals")) {
                SynthesisSection section = SynthesisSection.fromCode(kind).orElseThrow();
                for (Map<String, Object> item : minutes.<Map<String, Object>>getList(kind)) {
                    long id = ((Number) item.get("id")).longValue();
                    itemIds.add(id);
                    said.add(new SourceItem(section, (String) item.get("topic"), (String) item.get("text"),
                            SourceRef.minutesItem(forum, id)));
                }
            }
            statements += strengths.size() + weaknesses.size() + proposals.size();
        }
        ready = true;
    }

    @Test
    void forty_forums_give_far_fewer_groups_than_statements_each_with_label_representative_and_places() {
        JsonPath draft = as("prefecture-02").post("/api/v1/campaigns/" + C + "/departments/02/synthesis/draft")
                .then().log().ifValidationFails().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = new ArrayList<>();
        for (int s = 0; s < 4; s++) {
            items.addAll(draft.getList("sections[" + s + "].items"));
        }
        assertEquals(statements, itemIds.size());
        assertTrue(items.size() * 3 <= statements, items.size() + " groups for " + statements + " statements");
        List<Long> reached = new ArrayList<>();
        for (Map<String, Object> item : items) {
            assertFalse(String.valueOf(item.get("label")).isBlank(), "label of " + item);
            assertFalse(String.valueOf(item.get("representative")).isBlank(), "representative of " + item);
            @SuppressWarnings("unchecked")
            Map<String, Object> places = (Map<String, Object>) item.get("places");
            assertNotNull(places, "places of " + item);
            assertTrue(((Number) places.get("forums")).intValue() >= 1);
            assertFalse(((List<?>) places.get("arrondissements")).isEmpty());
            assertFalse(((List<?>) places.get("cantons")).isEmpty());
            assertNotNull(places.get("firstAt"));
            assertNotNull(places.get("lastAt"));
            for (Object source : (List<?>) item.get("sources")) {
                Object id = ((Map<?, ?>) source).get("itemId");
                if (id != null) {
                    reached.add(((Number) id).longValue());
                }
            }
        }
        assertEquals(itemIds, new HashSet<>(reached), "every minutes item is reachable");
        assertEquals(reached.size(), new HashSet<>(reached).size(), "each minutes item in exactly one group");
        assertEquals(40, draft.getInt("figures.held"));

        // the API path groups exactly as the builder does in-process on the same statements
        Set<Set<String>> inProcess = new HashSet<>();
        for (DraftItem d : new DraftBuilder().rebuild(said, List.of())) {
            Set<String> keys = new HashSet<>();
            d.sources.forEach(r -> keys.add(r.key()));
            inProcess.add(keys);
        }
        Set<Set<String>> viaApi = new HashSet<>();
        for (Map<String, Object> item : items) {
            Set<String> keys = new HashSet<>();
            for (Object source : (List<?>) item.get("sources")) {
                keys.add("m:" + ((Map<?, ?>) source).get("itemId"));
            }
            viaApi.add(keys);
        }
        assertEquals(inProcess, viaApi);

        // the same input gives the same synthesis
        JsonPath again = as("prefecture-02").post("/api/v1/campaigns/" + C + "/departments/02/synthesis/draft")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(draft.getList("sections.items.label"), again.getList("sections.items.label"));
        assertEquals(draft.getList("sections.items.sources"), again.getList("sections.items.sources"));
    }

    @Test
    void a_published_forum_whose_minutes_are_validated_counts_as_held() {
        String c = Meetings.campaignLike2009("tenus-2009");
        long forum = Meetings.publishedForum(c, "Forum publié puis réuni", "0205");
        as("prefecture-02").get("/api/v1/forums/" + forum).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("published"));
        Meetings.validatedMinutes(forum, 25, List.of(), List.of("Bonne entente avec la brigade"), List.of(),
                List.of("Un radar pédagogique devant l'école"));
        as("prefecture-02").get("/api/v1/forums/" + forum).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("held"));
        as("prefecture-02").post("/api/v1/campaigns/" + c + "/departments/02/synthesis/draft").then().statusCode(200)
                .body("figures.held", org.hamcrest.Matchers.equalTo(1));
    }

    @Test
    void an_edited_label_and_representative_survive_a_rebuild() {
        as("prefecture-02").post("/api/v1/campaigns/" + C + "/departments/02/synthesis/draft").then().statusCode(200);
        var response = as("prefecture-02").get("/api/v1/campaigns/" + C + "/departments/02/synthesis").then()
                .statusCode(200).extract();
        JsonPath view = response.jsonPath();
        String etag = response.header("ETag");
        List<Map<String, Object>> sections = new ArrayList<>();
        Object editedId = null;
        for (int s = 0; s < 4; s++) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (Map<String, Object> item : view.<Map<String, Object>>getList("sections[" + s + "].items")) {
                Map<String, Object> edit = new java.util.LinkedHashMap<>();
                edit.put("id", item.get("id"));
                edit.put("text", item.get("text"));
                edit.put("topic", item.get("topic"));
                if (editedId == null && ((List<?>) item.get("sources")).size() > 1) {
                    editedId = item.get("id");
                    edit.put("label", "Libellé choisi par la préfecture");
                    edit.put("representative", "Formulation choisie par la préfecture");
                }
                items.add(edit);
            }
            sections.add(Map.of("kind", view.getString("sections[" + s + "].kind"), "items", items));
        }
        assertNotNull(editedId);
        as("prefecture-02").contentType("application/json").header("If-Match", etag).body(Map.of("sections", sections))
                .put("/api/v1/campaigns/" + C + "/departments/02/synthesis").then().log().ifValidationFails().statusCode(200);
        JsonPath rebuilt = as("prefecture-02").post("/api/v1/campaigns/" + C + "/departments/02/synthesis/draft")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> edited = null;
        for (int s = 0; s < 4; s++) {
            for (Map<String, Object> item : rebuilt.<Map<String, Object>>getList("sections[" + s + "].items")) {
                if (editedId.equals(item.get("id"))) {
                    edited = item;
                }
            }
        }
        assertNotNull(edited);
        assertEquals("Libellé choisi par la préfecture", edited.get("label"));
        assertEquals("Formulation choisie par la préfecture", edited.get("representative"));
    }
}
