package fr.parlonsen.synthesis;

import static fr.parlonsen.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import fr.parlonsen.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The departmental synthesis through the API: faithful, grouped, editable, validated, transmitted, frozen. */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SynthesisApiTest {
    static final String C = "synthese-test";
    static final String BASE = "/api/v1/campaigns/" + C + "/departments/02/synthesis";
    static final Set<Long> MINUTES_ITEMS = new HashSet<>();

    @Inject
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures.ensure();
        if (MINUTES_ITEMS.isEmpty()) {
            Meetings.campaignLike2009(C);
            record(Meetings.heldForum(C, "Forum de Laon", "0209"), 84,
                    List.of("Pourquoi le commissariat ferme-t-il le dimanche ?"),
                    List.of("Bonne coopération entre la police municipale et la gendarmerie"),
                    List.of("Manque de présence policière la nuit dans le centre-ville"),
                    List.of("Installer des caméras de vidéoprotection près de la gare"));
            record(Meetings.heldForum(C, "Forum de Soissons", "0216"), 61,
                    List.of("Que faire contre les cambriolages dans les lotissements ?"),
                    List.of("Les gendarmes sont très disponibles"),
                    List.of("On ne voit jamais de policiers le soir en centre-ville"),
                    List.of("Développer le dispositif voisins vigilants"));
            record(Meetings.heldForum(C, "Forum de Saint-Quentin", "0213"), 120,
                    List.of("Les jeunes traînent devant le collège le soir, que fait-on ?"),
                    List.of("Le CLSPD fonctionne bien"),
                    List.of("Absence de patrouilles nocturnes au centre-ville", "Les pistes cyclables sont dangereuses"),
                    List.of("Créer une pré-plainte en ligne pour les petits vols"));
        }
    }

    private static void record(long forumId, int attendance, List<String> q, List<String> s, List<String> w,
            List<String> p) {
        JsonPath minutes = Meetings.validatedMinutes(forumId, attendance, q, s, w, p);
        for (String kind : List.of("questions", "strengths", "weaknesses", "proposals")) {
            minutes.getList(kind + ".id", Long.class).forEach(MINUTES_ITEMS::add);
        }
    }

    static JsonPath draft() {
        return as("prefecture-02").post(BASE + "/draft").then().statusCode(200).extract().jsonPath();
    }

    @Test
    @Order(1)
    void every_minutes_item_is_reached_and_every_item_has_a_source() {
        JsonPath s = draft();
        List<Map<String, Object>> sources = s.getList("sections.items.flatten().sources.flatten()");
        Set<Long> reached = new HashSet<>();
        sources.forEach(src -> {
            if (src.get("itemId") != null) {
                reached.add(((Number) src.get("itemId")).longValue());
            }
        });
        assertEquals(MINUTES_ITEMS, reached, "100 % des éléments des comptes rendus sont atteints");
        List<List<Object>> perItem = s.getList("sections.items.flatten().sources");
        assertTrue(perItem.stream().allMatch(l -> !l.isEmpty()), "chaque élément de synthèse a une source");
        assertEquals(3, s.getInt("figures.held"));
        assertEquals(265, s.getInt("figures.participants"));
    }

    @Test
    @Order(2)
    void paraphrases_from_three_meetings_make_one_weighted_item_and_unrelated_items_stay_apart() {
        JsonPath s = draft();
        List<Map<String, Object>> weaknesses = s.getList("sections.find { it.kind == 'weaknesses' }.items");
        Map<String, Object> night = weaknesses.stream()
                .filter(i -> ((List<?>) i.get("sources")).size() == 3).findFirst().orElseThrow(
                        () -> new AssertionError("les trois paraphrases sur la présence nocturne sont regroupées : " + weaknesses));
        assertEquals(3, night.get("meetings"));
        assertEquals(3, night.get("weight"));
        assertTrue(weaknesses.stream().anyMatch(i -> ((String) i.get("text")).contains("pistes cyclables")
                && ((List<?>) i.get("sources")).size() == 1));
    }

    @Test
    @Order(3)
    void edits_need_if_match_and_survive_a_rebuild() {
        var response = as("prefecture-02").get(BASE);
        String etag = response.header("ETag");
        JsonPath s = response.jsonPath();
        Map<String, Object> body = editBody(s, "Rédaction de la préfecture : renforcer les patrouilles de nuit");
        as("prefecture-02").contentType("application/json").body(body).put(BASE).then().statusCode(428);
        as("prefecture-02").contentType("application/json").header("If-Match", "\"9999\"").body(body).put(BASE)
                .then().statusCode(412);
        as("prefecture-02").contentType("application/json").header("If-Match", etag).body(body).put(BASE)
                .then().statusCode(200);
        JsonPath rebuilt = draft();
        assertTrue(rebuilt.getString("sections.items.flatten().text").contains("Rédaction de la préfecture"),
                "la réécriture survit à la reconstruction");
    }

    @Test
    @Order(4)
    void deleting_an_item_needs_a_reason_and_keeps_its_sources() {
        var response = as("prefecture-02").get(BASE);
        JsonPath s = response.jsonPath();
        Map<String, Object> body = deleteFirstProposal(s, null);
        as("prefecture-02").contentType("application/json").header("If-Match", response.header("ETag")).body(body)
                .put(BASE).then().statusCode(422).body("violations[0].message", containsString("motif"));
        body = deleteFirstProposal(s, "Hors du champ de la consultation");
        as("prefecture-02").contentType("application/json").header("If-Match", response.header("ETag")).body(body)
                .put(BASE).then().statusCode(200);
        every_minutes_item_is_reached_after_the_edit();
    }

    private void every_minutes_item_is_reached_after_the_edit() {
        List<Number> ids = as("prefecture-02").get(BASE).jsonPath().getList("sections.items.flatten().sources.flatten().itemId");
        Set<Long> reached = new HashSet<>();
        ids.stream().filter(java.util.Objects::nonNull).forEach(n -> reached.add(n.longValue()));
        assertEquals(MINUTES_ITEMS, reached);
    }

    @Test
    @Order(5)
    void another_department_and_other_roles_are_refused() {
        as("prefecture-38").get(BASE).then().statusCode(403);
        as("prefecture-38").post(BASE + "/draft").then().statusCode(403);
        as("animateur-02").get(BASE).then().statusCode(403);
        as("moderateur-02").get(BASE).then().statusCode(403);
        as("sous-prefet-02").post(BASE + "/validate").then().statusCode(403);
        as("national").get(BASE).then().statusCode(200);
        given().get(BASE + ".pdf").then().statusCode(401);
    }

    @Test
    @Order(6)
    void transmission_freezes_the_version_and_its_documents() {
        as("prefecture-02").post(BASE + "/validate").then().statusCode(200).body("status", equalTo("validated"));
        JsonPath t = as("prefecture-02").post(BASE + "/transmit").then().statusCode(200).extract().jsonPath();
        assertEquals(1, t.getInt("version"));
        String sha = t.getString("sha256");
        byte[] pdf = as("national").get(BASE + ".pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertEquals(sha, SynthesisExports.sha256(pdf));
        assertArrayEquals(pdf, as("national").get(BASE + ".pdf?version=1").asByteArray(), "re-download identical");
        for (String f : List.of("docx", "odt")) {
            byte[] doc = as("prefecture-02").get(BASE + "." + f).then().statusCode(200).extract().asByteArray();
            assertEquals(t.getString("sha256ByFormat." + f), SynthesisExports.sha256(doc));
        }
        var response = as("prefecture-02").get(BASE);
        as("prefecture-02").contentType("application/json").header("If-Match", response.header("ETag"))
                .body(editBody(response.jsonPath(), "Modification tardive")).put(BASE).then().statusCode(409);
        JsonPath next = draft();
        assertEquals(2, next.getInt("version"));
        assertEquals("draft", next.getString("status"));
        assertArrayEquals(pdf, as("national").get(BASE + ".pdf?version=1").asByteArray(), "v1 unchanged");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> editBody(JsonPath s, String newFirstWeakness) {
        List<Map<String, Object>> sections = s.getList("sections");
        List<Map<String, Object>> out = new java.util.ArrayList<>();
        for (Map<String, Object> sec : sections) {
            List<Map<String, Object>> items = new java.util.ArrayList<>();
            boolean first = true;
            for (Map<String, Object> i : (List<Map<String, Object>>) sec.get("items")) {
                Map<String, Object> item = new java.util.LinkedHashMap<>();
                item.put("id", i.get("id"));
                item.put("text", first && sec.get("kind").equals("weaknesses") ? newFirstWeakness : i.get("text"));
                item.put("topic", i.get("topic"));
                item.put("deleted", i.get("deleted"));
                item.put("deleteReason", i.get("deleteReason"));
                items.add(item);
                first = false;
            }
            out.add(Map.of("kind", sec.get("kind"), "items", items));
        }
        return Map.of("sections", out);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> deleteFirstProposal(JsonPath s, String reason) {
        Map<String, Object> body = editBody(s, null);
        for (Map<String, Object> sec : (List<Map<String, Object>>) body.get("sections")) {
            if (sec.get("kind").equals("proposals")) {
                Map<String, Object> first = ((List<Map<String, Object>>) sec.get("items")).get(0);
                first.put("deleted", true);
                first.put("deleteReason", reason);
            }
            if (sec.get("kind").equals("weaknesses")) {
                Map<String, Object> first = ((List<Map<String, Object>>) sec.get("items")).get(0);
                String text = s.getString("sections.find { it.kind == 'weaknesses' }.items[0].text");
                first.put("text", text);
            }
        }
        assertFalse(body.isEmpty());
        return body;
    }
}
