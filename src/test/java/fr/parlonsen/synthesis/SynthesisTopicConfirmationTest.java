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
import fr.parlonsen.PageSession;
import fr.parlonsen.analysis.TopicExample;
import fr.parlonsen.campaign.Campaign;
import fr.parlonsen.campaign.TopicExamples;
import fr.parlonsen.campaign.TopicSuggestions;
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
    @Inject
    TopicSuggestions suggestions;

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

    @Test
    void an_item_confirmed_without_a_sub_topic_teaches_the_next_suggestion_for_a_near_identical_text_to_abstain()
            throws Exception {
        fixtures.ensure();
        String c = Meetings.campaignLike2009("theme-aucun");
        String base = "/api/v1/campaigns/" + c + "/departments/02/synthesis";
        String festival = "Le club de photographie a acheté deux caméras pour le festival de musique";
        String nearly = "Le club de photographie a acheté trois caméras pour le festival de musique";
        String radar = "Un radar pédagogique devant l'école serait utile";
        long forum = Meetings.heldForum(c, "Forum du festival", "0209");
        Meetings.validatedMinutes(forum, 30, List.of(), List.of(festival), List.of(), List.of(radar));
        assertTrue(suggestion(c, nearly).isPresent(), "a keyword of a sub-topic: suggested before anyone says otherwise");

        JsonPath s = as("prefecture-02").post(base + "/draft").then().statusCode(200).extract().jsonPath();
        assertEquals(false, item(s, festival).get("topicConfirmed"));
        var current = as("prefecture-02").get(base);
        // the contract's way to say it: topic empty, topicConfirmed true
        Map<String, Object> edit = edit(current.jsonPath(), festival, null, true);
        as("prefecture-02").contentType("application/json").header("If-Match", current.header("ETag")).body(edit)
                .put(base).then().statusCode(200);
        assertTrue(examplesOf(c).contains(new TopicExample(TopicExample.NONE, festival)), examplesOf(c).toString());
        assertEquals(java.util.Optional.empty(), suggestion(c, nearly), "a person said such a text has no sub-topic");
        assertTrue(suggestion(c, radar).isPresent(), "other texts are still suggested");

        JsonPath rebuilt = as("prefecture-02").post(base + "/draft").then().statusCode(200).extract().jsonPath();
        assertEquals(null, item(rebuilt, festival).get("topic"), "kept without a sub-topic through a rebuild");
        assertEquals(true, item(rebuilt, festival).get("topicConfirmed"));

        // back to a suggestion: no longer an example
        current = as("prefecture-02").get(base);
        as("prefecture-02").contentType("application/json").header("If-Match", current.header("ETag"))
                .body(edit(current.jsonPath(), festival, null, false)).put(base).then().statusCode(200);
        assertTrue(examplesOf(c).stream().noneMatch(e -> e.text().equals(festival)), examplesOf(c).toString());
    }

    @Test
    void a_statement_of_the_minutes_chosen_without_a_sub_topic_teaches_abstention_and_is_confirmed_in_the_synthesis()
            throws Exception {
        fixtures.ensure();
        String c = Meetings.campaignLike2009("theme-aucun-cr");
        String base = "/api/v1/campaigns/" + c + "/departments/02/synthesis";
        String choir = "La chorale a filmé son concert avec des caméras prêtées par la médiathèque";
        String nearly = "La chorale a filmé son concert avec deux caméras prêtées par la médiathèque";
        assertTrue(suggestion(c, nearly).isPresent(), "suggested before anyone says otherwise");
        long forum = Meetings.heldForum(c, "Forum de la chorale", "0211");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("attendance", Map.of("total", 30, "byCategory", Map.of("public", 30)));
        body.put("startedAt", "2009-04-02T18:30:00");
        body.put("endedAt", "2009-04-02T21:00:00");
        body.put("topics", List.of());
        body.put("questions", List.of());
        Map<String, Object> none = new LinkedHashMap<>();
        none.put("text", choir);
        none.put("topic", null);
        none.put("topicSource", "chosen");
        body.put("strengths", List.of(none));
        body.put("weaknesses", List.of());
        body.put("proposals", List.of());
        String etag = as("animateur-02").get("/api/v1/forums/" + forum + "/minutes").then().statusCode(200)
                .extract().header("ETag");
        etag = as("animateur-02").contentType("application/json").header("If-Match", etag)
                .body(new ObjectMapper().writeValueAsString(body)).put("/api/v1/forums/" + forum + "/minutes")
                .then().statusCode(200)
                .body("strengths[0].topic", org.hamcrest.Matchers.nullValue())
                .body("strengths[0].topicSource", org.hamcrest.Matchers.equalTo("chosen"))
                .extract().header("ETag");
        assertTrue(examplesOf(c).contains(new TopicExample(TopicExample.NONE, choir)), examplesOf(c).toString());
        assertEquals(java.util.Optional.empty(), suggestion(c, nearly));
        etag = as("animateur-02").header("If-Match", etag).post("/api/v1/forums/" + forum + "/minutes/submit")
                .then().statusCode(200).extract().header("ETag");
        as("prefecture-02").header("If-Match", etag).post("/api/v1/forums/" + forum + "/minutes/validate")
                .then().statusCode(200);
        JsonPath s = as("prefecture-02").post(base + "/draft").then().statusCode(200).extract().jsonPath();
        assertEquals(null, item(s, choir).get("topic"));
        assertEquals(true, item(s, choir).get("topicConfirmed"), "a person's answer, not a lack of suggestion");
    }

    @Test
    void on_the_synthesis_page_a_person_may_choose_no_sub_topic() {
        fixtures.ensure();
        String c = Meetings.campaignLike2009("theme-aucun-page");
        String base = "/api/v1/campaigns/" + c + "/departments/02/synthesis";
        String concert = "Le concert de la fanfare sur la place a réuni beaucoup de monde";
        long forum = Meetings.heldForum(c, "Forum de la fanfare", "0210");
        Meetings.validatedMinutes(forum, 30, List.of(), List.of(concert), List.of(), List.of());
        JsonPath s = as("prefecture-02").post(base + "/draft").then().statusCode(200).extract().jsonPath();
        long id = ((Number) item(s, concert).get("id")).longValue();
        PageSession page = PageSession.login("prefecture-02");
        String path = "/gestion/campagnes/" + c + "/departements/02/synthese";
        String html = page.get(path).then().statusCode(200).extract().asString();
        assertTrue(html.contains("value=\"aucun-theme\">Aucun sous-thème</button>"), "offered");
        page.post(path + "/elements/" + id, Map.of("action", "aucun-theme", "revision",
                String.valueOf(s.getInt("revision")))).then().statusCode(303);
        JsonPath after = as("prefecture-02").get(base).then().statusCode(200).extract().jsonPath();
        assertEquals(null, item(after, concert).get("topic"));
        assertEquals(true, item(after, concert).get("topicConfirmed"));
        assertTrue(examplesOf(c).contains(new TopicExample(TopicExample.NONE, concert)));
        assertTrue(page.get(path).then().statusCode(200).extract().asString()
                .contains("aucun sous-thème, confirmé par une personne"), "said in words");
    }

    private java.util.Optional<String> suggestion(String code, String text) {
        return QuarkusTransaction.requiringNew()
                .call(() -> suggestions.suggest(Campaign.findByCode(code).orElseThrow(), text));
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
    private static Map<String, Object> edit(JsonPath s, String text) {
        return edit(s, text, KEEP, true);
    }

    private static final String KEEP = "(keep)";

    /** The whole synthesis sent back, the item of {@code text} with {@code topic} (unless KEEP) and {@code confirmed}. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> edit(JsonPath s, String text, String topic, boolean confirmed) {
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
                    if (!KEEP.equals(topic)) {
                        e.put("topic", topic);
                    }
                    e.put("topicConfirmed", confirmed);
                }
                items.add(e);
            }
            sections.add(Map.of("kind", sec.get("kind"), "items", items));
        }
        return Map.of("sections", sections);
    }
}
