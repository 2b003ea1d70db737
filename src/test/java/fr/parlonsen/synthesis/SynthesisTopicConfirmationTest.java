package fr.parlonsen.synthesis;

import static fr.parlonsen.Fixtures.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.parlonsen.Fixtures;
import fr.parlonsen.analysis.TopicExample;
import fr.parlonsen.campaign.Campaign;
import fr.parlonsen.campaign.TopicExamples;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A suggested topic stays a suggestion in the synthesis until a person confirms it; confirmations are learnt. */
@QuarkusTest
class SynthesisTopicConfirmationTest {
    static final String C = "theme-confirme";
    static final String BASE = "/api/v1/campaigns/" + C + "/departments/02/synthesis";
    static final String CAMERAS = "Les caméras de vidéoprotection de la gare rassurent les voyageurs";
    static final String BURGLARIES = "Trop de cambriolages dans les lotissements du canton";

    @Inject
    Fixtures fixtures;
    @Inject
    TopicExamples examples;

    @Test
    void a_topic_chosen_in_the_minutes_or_confirmed_on_the_synthesis_is_confirmed_and_becomes_an_example()
            throws Exception {
        fixtures.ensure();
        Meetings.campaignLike2009(C);
        long forum = Meetings.heldForum(C, "Forum des thèmes", "0209");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("attendance", Map.of("total", 30, "byCategory", Map.of("public", 30)));
        body.put("startedAt", "2009-04-02T18:30:00");
        body.put("endedAt", "2009-04-02T21:00:00");
        body.put("topics", List.of());
        body.put("questions", List.of());
        body.put("strengths", List.of(Map.of("text", CAMERAS, "topic", "modernisation.videoprotection")));
        body.put("weaknesses", List.of(Map.of("text", BURGLARIES)));
        body.put("proposals", List.of());
        String etag = as("animateur-02").get("/api/v1/forums/" + forum + "/minutes").then().statusCode(200)
                .extract().header("ETag");
        etag = as("animateur-02").contentType("application/json").header("If-Match", etag)
                .body(new ObjectMapper().writeValueAsString(body)).put("/api/v1/forums/" + forum + "/minutes")
                .then().statusCode(200).extract().header("ETag");
        etag = as("animateur-02").header("If-Match", etag).post("/api/v1/forums/" + forum + "/minutes/submit")
                .then().statusCode(200).extract().header("ETag");
        as("prefecture-02").header("If-Match", etag).post("/api/v1/forums/" + forum + "/minutes/validate")
                .then().statusCode(200);

        JsonPath s = as("prefecture-02").post(BASE + "/draft").then().statusCode(200).extract().jsonPath();
        assertEquals(true, item(s, CAMERAS).get("topicConfirmed"), "chosen in the minutes");
        Map<String, Object> burglaries = item(s, BURGLARIES);
        assertEquals("proximite.cambriolages", burglaries.get("topic"));
        assertEquals(false, burglaries.get("topicConfirmed"), "only suggested");
        assertTrue(examplesOf(C).contains(new TopicExample("modernisation.videoprotection", CAMERAS)));

        var current = as("prefecture-02").get(BASE);
        Map<String, Object> edit = edit(current.jsonPath(), BURGLARIES);
        as("prefecture-02").contentType("application/json").header("If-Match", current.header("ETag")).body(edit)
                .put(BASE).then().statusCode(200);
        JsonPath rebuilt = as("prefecture-02").post(BASE + "/draft").then().statusCode(200).extract().jsonPath();
        assertEquals(true, item(rebuilt, BURGLARIES).get("topicConfirmed"), "confirmed on the synthesis, kept");
        assertTrue(examplesOf(C).stream().anyMatch(e -> e.topicCode().equals("proximite.cambriolages")
                && e.text().contains("cambriolages")));
    }

    private List<TopicExample> examplesOf(String code) {
        return QuarkusTransaction.requiringNew().call(() -> examples.of(Campaign.findByCode(code).orElseThrow().id));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> item(JsonPath s, String text) {
        return ((List<Map<String, Object>>) (List<?>) s.getList("sections.items.flatten()")).stream()
                .filter(i -> text.equals(i.get("text"))).findFirst()
                .orElseThrow(() -> new AssertionError(text + " in " + s.prettify()));
    }

    /** The whole synthesis sent back, the item of {@code text} with topicConfirmed true. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> edit(JsonPath s, String text) {
        List<Map<String, Object>> sections = new ArrayList<>();
        for (Map<String, Object> sec : (List<Map<String, Object>>) (List<?>) s.getList("sections")) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (Map<String, Object> i : (List<Map<String, Object>>) sec.get("items")) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("id", i.get("id"));
                e.put("text", i.get("text"));
                e.put("topic", i.get("topic"));
                e.put("sources", i.get("sources"));
                if (text.equals(i.get("text"))) {
                    e.put("topicConfirmed", true);
                }
                items.add(e);
            }
            sections.add(Map.of("kind", sec.get("kind"), "items", items));
        }
        return Map.of("sections", sections);
    }
}
