package fr.parlonsen.minutes;

import static fr.parlonsen.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.parlonsen.Fixtures;
import fr.parlonsen.ForumFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** The minutes API of the contract: body, item ids, ETag / If-Match, workflow, history, audit. */
@QuarkusTest
class MinutesApiTest {
    @Inject
    Fixtures fixtures;
    @Inject
    ForumFixtures forums;

    long forum;

    @BeforeEach
    void setUp() {
        fixtures.ensure();
        forum = forums.heldAisneForum();
    }

    static String url(long forum) {
        return "/api/v1/forums/" + forum + "/minutes";
    }

    static final String BODY = """
            {"attendance":{"total":85,"byCategory":{"public":60,"elus":12,"associations":5,"policeNationale":2,
             "gendarmerie":4,"policeMunicipale":1,"autres":1}},
             "startedAt":"2009-04-02T18:30:00+02:00","endedAt":"2009-04-02T21:05:00+02:00",
             "summary":"Réunion animée à Soissons.",
             "topics":[{"topic":"proximite.cambriolages","notes":"Beaucoup de témoignages de cambriolages."}],
             "questions":[{"text":"Pourquoi le commissariat ferme-t-il à 18 heures ?","answer":"Une permanence existe."}],
             "strengths":[{"text":"La réactivité de la gendarmerie de Vic-sur-Aisne.","topic":"proximite.presence"}],
             "weaknesses":[{"text":"Les délais de dépôt de plainte sont trop longs."}],
             "proposals":[{"text":"Installer des caméras de vidéoprotection près de la gare."}]}
            """;

    static Response put(String user, long forum, String version, String body) {
        var req = as(user).contentType("application/json").body(body);
        if (version != null) {
            req = req.header("If-Match", "\"" + version + "\"");
        }
        return req.put(url(forum));
    }

    @Test
    void a_facilitator_starts_from_an_empty_draft_at_version_0() {
        as("animateur-02").get(url(forum)).then().statusCode(200).header("ETag", "\"0\"")
                .body("status", equalTo("draft")).body("version", equalTo(0)).body("questions", hasSize(0))
                .body("attendance.total", nullValue());
        // the others see that there are no minutes yet
        as("prefecture-02").get(url(forum)).then().statusCode(404);
    }

    @Test
    void saving_gives_every_item_an_id_a_suggested_topic_and_a_new_etag() {
        put("animateur-02", forum, null, BODY).then().statusCode(428).contentType("application/problem+json");
        JsonPath saved = put("animateur-02", forum, "0", BODY).then().statusCode(200).header("ETag", "\"1\"")
                .body("version", equalTo(1)).body("status", equalTo("draft"))
                .body("attendance.byCategory.public", equalTo(60))
                .body("attendance.byCategory.policeMunicipale", equalTo(1))
                .body("startedAt", containsString("2009-04-02T18:30"))
                .body("questions[0].id", notNullValue()).body("questions[0].answer", equalTo("Une permanence existe."))
                .body("strengths[0].topic", equalTo("proximite.presence"))
                .body("strengths[0].topicSource", equalTo("chosen"))
                .body("proposals[0].topic", equalTo("modernisation.videoprotection"))
                .body("proposals[0].topicSuggested", equalTo("modernisation.videoprotection"))
                .body("proposals[0].topicSource", equalTo("suggested"))
                .body("topics[0].topic", equalTo("proximite.cambriolages"))
                .extract().jsonPath();
        as("prefecture-02").get(url(forum)).then().statusCode(200).header("ETag", "\"1\"");

        long questionId = saved.getLong("questions[0].id");
        long strengthId = saved.getLong("strengths[0].id");
        // send back the question with its id and a changed text, drop the strength, add a new strength
        String second = """
                {"attendance":{"total":85},"questions":[{"id":%d,"text":"Pourquoi le commissariat ferme-t-il si tôt ?"}],
                 "strengths":[{"text":"Un nouvel élément"}],
                 "proposals":[{"id":%d,"text":"Un identifiant qui n'est pas une proposition"}]}
                """.formatted(questionId, 999_999_999L);
        JsonPath after = put("animateur-02", forum, "1", second).then().statusCode(200).header("ETag", "\"2\"")
                .extract().jsonPath();
        assertEquals(questionId, after.getLong("questions[0].id"), "the id sent back is kept");
        assertEquals("Pourquoi le commissariat ferme-t-il si tôt ?", after.getString("questions[0].text"));
        assertNotEquals(strengthId, after.getLong("strengths[0].id"), "a new item gets a new id");
        assertNotEquals(999_999_999L, after.getLong("proposals[0].id"), "an unknown id is not taken over");

        // the same body again changes nothing and makes no version
        put("animateur-02", forum, "2", after.prettify()).then().statusCode(200).header("ETag", "\"2\"");
    }

    @Test
    void a_stale_version_gets_412_and_overwrites_nothing() {
        put("animateur-02", forum, "0", BODY).then().statusCode(200);
        put("animateur-02", forum, "0", "{\"summary\":\"Écrasement\"}").then().statusCode(412)
                .contentType("application/problem+json").body("title", equalTo("Version périmée"));
        put("animateur-02", forum, "abc", "{\"summary\":\"Écrasement\"}").then().statusCode(412);
        as("animateur-02").get(url(forum)).then().body("summary", equalTo("Réunion animée à Soissons."))
                .body("version", equalTo(1));
    }

    @Test
    void two_editors_saving_the_same_version_at_once_one_wins_the_other_gets_412() throws Exception {
        put("animateur-02", forum, "0", BODY).then().statusCode(200);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> results = new ArrayList<>();
        for (String text : List.of("Texte de l'éditrice A", "Texte de l'éditeur B")) {
            results.add(pool.submit(() -> {
                start.await();
                return put("animateur-02", forum, "1", "{\"attendance\":{\"total\":85},\"summary\":\"" + text + "\"}");
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        String winner = null;
        for (Future<Response> f : results) {
            Response r = f.get();
            statuses.add(r.statusCode());
            if (r.statusCode() == 200) {
                winner = r.jsonPath().getString("summary");
            }
        }
        pool.shutdown();
        statuses.sort(null);
        assertEquals(List.of(200, 412), statuses);
        // the winner's text is the current version and in the history; the first version is still there too
        as("animateur-02").get(url(forum)).then().body("summary", equalTo(winner)).body("version", equalTo(2));
        as("animateur-02").get(url(forum) + "/versions/2").then().statusCode(200).body("summary", equalTo(winner));
        as("animateur-02").get(url(forum) + "/versions/1").then().statusCode(200)
                .body("summary", equalTo("Réunion animée à Soissons."));
    }

    @Test
    void bad_input_gets_422_with_french_messages_and_loses_nothing() {
        put("animateur-02", forum, "0", BODY).then().statusCode(200);
        String huge = "a".repeat(100_001);
        put("animateur-02", forum, "1", "{\"summary\":\"" + huge + "\"}").then().statusCode(422)
                .body("violations.field", hasItem("summary"))
                .body("violations.message", hasItem(containsString("100 000 caractères")));
        put("animateur-02", forum, "1", "{\"proposals\":[{\"text\":\"" + huge + "\"}]}").then().statusCode(422)
                .body("violations.field", hasItem("proposals[0].text"));
        put("animateur-02", forum, "1", "{\"strengths\":[{\"text\":\"Bien\",\"topic\":\"inconnu.sujet\"}]}")
                .then().statusCode(422).body("violations.field", hasItem("strengths[0].topic"))
                .body("violations.message", hasItem(containsString("Sous-thème inconnu")));
        put("animateur-02", forum, "1", "{\"topics\":[{\"topic\":\"pas.un.theme\",\"notes\":\"x\"}]}")
                .then().statusCode(422).body("violations.field", hasItem("topics[0].topic"));
        put("animateur-02", forum, "1", "{\"startedAt\":\"hier soir\",\"attendance\":{\"total\":-3}}")
                .then().statusCode(422).body("violations.field", hasItem("startedAt"))
                .body("violations.field", hasItem("attendance.total"));
        put("animateur-02", forum, "1", "{\"attendance\":{\"total\":3,\"byCategory\":{\"public\":10}}}")
                .then().statusCode(422).body("violations.field", hasItem("attendance.total"));
        put("animateur-02", forum, "1", "{\"questions\":[{\"text\":\"\"}]}").then().statusCode(422);
        put("animateur-02", forum, "1", "{pas du json").then().statusCode(400);
        as("animateur-02").get(url(forum)).then().body("version", equalTo(1))
                .body("summary", equalTo("Réunion animée à Soissons.")).body("proposals", hasSize(1));
    }

    @Test
    void the_workflow_goes_draft_submitted_validated_and_back_with_a_reason() {
        // submitting an empty draft: no attendance, no item
        put("animateur-02", forum, "0", "{\"summary\":\"Notes en vrac\"}").then().statusCode(200);
        as("animateur-02").post(url(forum) + "/submit").then().statusCode(422)
                .body("violations.field", hasItem("attendance.total")).body("violations.field", hasItem("items"))
                .body("violations.message", hasItem(containsString("Grand Débat")));
        put("animateur-02", forum, "1", BODY).then().statusCode(200).header("ETag", "\"2\"");

        as("sous-prefet-02").post(url(forum) + "/validate").then().statusCode(409);
        as("animateur-02").header("If-Match", "\"1\"").post(url(forum) + "/submit").then().statusCode(412);
        as("animateur-02").post(url(forum) + "/submit").then().statusCode(200).header("ETag", "\"3\"")
                .body("status", equalTo("submitted"));
        put("animateur-02", forum, "3", BODY).then().statusCode(409);
        as("animateur-02").post(url(forum) + "/validate").then().statusCode(403);
        as("sous-prefet-02").post(url(forum) + "/validate").then().statusCode(200)
                .body("status", equalTo("validated"));

        as("prefecture-02").contentType("application/json").body("{}").post(url(forum) + "/reopen").then()
                .statusCode(422).body("violations.field", hasItem("reason"));
        as("prefecture-02").contentType("application/json").body("{\"reason\":\"Effectifs à corriger\"}")
                .post(url(forum) + "/reopen").then().statusCode(200).body("status", equalTo("draft"))
                .body("reopenReason", equalTo("Effectifs à corriger"));

        List<Map<String, Object>> audit = as("national").get(url(forum) + "/audit").then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertEquals(List.of("reopen", "validate", "submit", "save", "save"),
                audit.stream().map(a -> a.get("action")).toList());
        assertEquals("Effectifs à corriger", audit.get(0).get("reason"));
        assertEquals("prefecture-02", audit.get(0).get("actor"));
        assertEquals("sous-prefet-02", audit.get(1).get("actor"));

        JsonPath versions = as("animateur-02").get(url(forum) + "/versions").then().statusCode(200).extract()
                .jsonPath();
        assertEquals(List.of(5, 4, 3, 2, 1), versions.getList("version", Integer.class));
        assertEquals("validated", versions.getString("find { it.version == 4 }.status"));
        as("animateur-02").get(url(forum) + "/versions/1").then().statusCode(200)
                .body("summary", equalTo("Notes en vrac")).body("version", equalTo(1));
        as("animateur-02").get(url(forum) + "/versions/42").then().statusCode(404);
        assertTrue(versions.getList("savedBy").contains("animateur-02"));
    }

    @Test
    void other_departments_other_forums_and_other_roles_get_403() {
        put("animateur-02", forum, "0", BODY).then().statusCode(200);
        long other = forums.heldForum("02", java.util.Set.of("animateur-bis"), java.util.Set.of("022"),
                fr.parlonsen.forum.ForumStatus.HELD);
        // a facilitator of another forum, of another département; a moderator; a sous-préfet elsewhere
        as("animateur-02").get(url(other)).then().statusCode(403);
        put("animateur-02", other, "0", BODY).then().statusCode(403);
        as("animateur-38").get(url(forum)).then().statusCode(403);
        put("animateur-38", forum, "1", BODY).then().statusCode(403);
        put("moderateur-02", forum, "1", BODY).then().statusCode(403);
        as("moderateur-38").get(url(forum)).then().statusCode(403);
        as("moderateur-02").get(url(forum)).then().statusCode(200);
        put("prefecture-02", forum, "1", BODY).then().statusCode(403);
        put("national", forum, "1", BODY).then().statusCode(403);
        as("national").get(url(forum)).then().statusCode(200);
        as("animateur-02").post(url(forum) + "/submit").then().statusCode(200);
        as("sous-prefet-38").post(url(forum) + "/validate").then().statusCode(403);
        as("prefecture-38").post(url(forum) + "/validate").then().statusCode(403);
        as("moderateur-02").post(url(forum) + "/validate").then().statusCode(403);
        io.restassured.RestAssured.given().get(url(forum)).then().statusCode(401);
        as("animateur-02").get("/api/v1/forums/999999999/minutes").then().statusCode(404);
        as("animateur-02").get(url(forum)).then().body("status", equalTo("submitted"));
    }
}
