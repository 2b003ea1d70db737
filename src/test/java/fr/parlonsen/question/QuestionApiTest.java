package fr.parlonsen.question;

import static fr.parlonsen.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.parlonsen.Fixtures;
import fr.parlonsen.ForumFixtures;
import fr.parlonsen.forum.ForumStatus;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Public submission, abuse protection, moderation, answers, minutes questions and the e-mail purge. */
@QuarkusTest
class QuestionApiTest {
    @Inject
    fr.parlonsen.PublicQuestionForms publicForms;
    @Inject
    ForumFixtures forums;

    @Inject
    EmailPurgeJob purge;

    long forum;

    @org.junit.jupiter.api.AfterEach
    void removeTokens() {
        publicForms.close();
    }

    @BeforeEach
    void setUp() {
        publicForms.open();
        forum = forums.heldAisneForum();
    }

    static Response submit(long forum, String body) {
        return given().contentType("application/json").body(body).post("/api/v1/public/forums/" + forum + "/questions");
    }

    static List<Map<String, Object>> queue(String user, String status) {
        return as(user).get("/api/v1/campaigns/2009/departments/02/questions" + (status == null ? "" : "?status=" + status))
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    static Map<String, Object> inQueue(String user, long id) {
        return queue(user, null).stream().filter(q -> ((Number) q.get("id")).longValue() == id).findFirst()
                .orElseThrow();
    }

    @Test
    void a_question_with_an_email_and_a_phone_is_published_masked_and_moderators_see_the_original() {
        String text = "Bonjour, je suis Jeanne, joignable au 06 12 34 56 78 ou jeanne.dupont@example.fr : "
                + "pourquoi tant de cambriolages à Soissons ?";
        long id = submit(forum, "{\"text\":\"" + text + "\",\"communeCode\":\"02722\",\"email\":\"jeanne@example.fr\"}")
                .then().statusCode(202).body("status", equalTo("pending")).body("id", notNullValue())
                .extract().jsonPath().getLong("id");
        // not public before moderation
        given().get("/api/v1/public/forums/" + forum + "/questions").then().statusCode(200)
                .body("id", not(hasItem((int) id)));

        Map<String, Object> pending = inQueue("moderateur-02", id);
        assertEquals("pending", pending.get("status"));
        assertEquals(text, pending.get("originalText"));
        assertEquals("jeanne@example.fr", pending.get("email"));
        assertEquals("Soissons", pending.get("communeName"));
        String masked = (String) pending.get("text");
        assertFalse(masked.contains("06 12 34 56 78"), masked);
        assertFalse(masked.contains("jeanne.dupont@example.fr"), masked);
        assertTrue(masked.contains("cambriolages"), masked);
        assertEquals("proximite.cambriolages", pending.get("topicSuggested"));
        assertEquals("suggested", pending.get("topicSource"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> detections = (List<Map<String, Object>>) pending.get("detections");
        assertTrue(detections.size() >= 2, detections::toString);
        // national reads the queue, without the original nor the e-mail
        Map<String, Object> asNational = inQueue("national", id);
        assertFalse(asNational.containsKey("originalText"));
        assertFalse(asNational.containsKey("email"));

        as("moderateur-02").contentType("application/json").body("{\"decision\":\"publish\"}")
                .post("/api/v1/questions/" + id + "/moderation").then().statusCode(200)
                .body("status", equalTo("published")).body("topicSource", equalTo("suggested"));
        as("prefecture-02").contentType("application/json")
                .body("{\"text\":\"Rappelez-nous au 03 23 00 00 00. Les patrouilles sont renforcées.\"}")
                .post("/api/v1/questions/" + id + "/answer").then().statusCode(200);

        Response published = given().get("/api/v1/public/forums/" + forum + "/questions");
        published.then().statusCode(200).body("find { it.id == " + id + " }.text", equalTo(masked))
                .body("find { it.id == " + id + " }.topic", equalTo("proximite.cambriolages"))
                .body("find { it.id == " + id + " }", not(hasKey("originalText")))
                .body("find { it.id == " + id + " }", not(hasKey("email")))
                .body("find { it.id == " + id + " }.answer", containsString("Les patrouilles sont renforcées."));
        String raw = published.asString();
        assertFalse(raw.contains("06 12 34 56 78") || raw.contains("jeanne") || raw.contains("03 23 00 00 00"), raw);
    }

    @Test
    void the_departement_form_takes_an_optional_forum_and_checks_commune_and_forum() {
        given().contentType("application/json").body("{\"text\":\"Que fait la police municipale la nuit ?\"}")
                .post("/api/v1/public/departments/02/questions").then().statusCode(202);
        given().contentType("application/json")
                .body("{\"text\":\"Et la vidéoprotection ?\",\"forumId\":" + forum + "}")
                .post("/api/v1/public/departments/02/questions").then().statusCode(202);
        given().contentType("application/json").body("{\"text\":\"Question\",\"forumId\":" + forum + "}")
                .post("/api/v1/public/departments/38/questions").then().statusCode(422)
                .body("violations.field", hasItem("forumId"));
        given().contentType("application/json").body("{\"text\":\"Question\",\"communeCode\":\"38185\"}")
                .post("/api/v1/public/departments/02/questions").then().statusCode(422)
                .body("violations.field", hasItem("communeCode"));
        given().contentType("application/json").body("{\"text\":\"Question\"}")
                .post("/api/v1/public/departments/99/questions").then().statusCode(404);
        given().contentType("application/json").body("{\"text\":\"\",\"email\":\"pas-une-adresse\"}")
                .post("/api/v1/public/departments/02/questions").then().statusCode(422)
                .body("violations.field", hasItem("text")).body("violations.field", hasItem("email"));
        long draft = forums.heldForum("02", Set.of("animateur-02"), Set.of("024"), ForumStatus.DRAFT);
        submit(draft, "{\"text\":\"Question\"}").then().statusCode(404);
        given().get("/api/v1/public/forums/" + draft + "/questions").then().statusCode(404);
    }

    @Test
    void the_honeypot_is_refused_and_creates_nothing() {
        int before = queue("admin", null).size();
        submit(forum, "{\"text\":\"Achetez des montres\",\"website\":\"http://spam.example\"}").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("robots"));
        assertEquals(before, queue("admin", null).size());
    }

    @Test
    void a_flood_gets_429_with_retry_after() {
        for (int i = 0; i < 5; i++) {
            submit(forum, "{\"text\":\"Question numéro " + i + "\"}").then().statusCode(202);
        }
        submit(forum, "{\"text\":\"Une de trop\"}").then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", notNullValue()).body("title", equalTo("Trop de requêtes"));
        assertTrue(Integer.parseInt(submit(forum, "{\"text\":\"Encore\"}").header("Retry-After")) > 0);
    }

    @Test
    void a_replay_with_the_same_idempotency_key_returns_the_first_answer_and_creates_nothing() {
        String key = UUID.randomUUID().toString();
        String body = "{\"text\":\"Pourquoi la brigade de gendarmerie ferme-t-elle ?\"}";
        int before = queue("admin", null).size();
        Response first = given().header("Idempotency-Key", key).contentType("application/json").body(body)
                .post("/api/v1/public/forums/" + forum + "/questions");
        first.then().statusCode(202);
        for (int i = 0; i < 7; i++) { // more than the rate limit: replays are not counted
            Response again = given().header("Idempotency-Key", key).contentType("application/json").body(body)
                    .post("/api/v1/public/forums/" + forum + "/questions");
            again.then().statusCode(202);
            assertEquals(first.jsonPath().getLong("id"), again.jsonPath().getLong("id"));
        }
        assertEquals(before + 1, queue("admin", null).size());
        given().header("Idempotency-Key", key).contentType("application/json").body("{\"text\":\"Autre question\"}")
                .post("/api/v1/public/forums/" + forum + "/questions").then().statusCode(422);
    }

    @Test
    void a_moderator_may_answer_that_a_question_has_no_sub_topic_and_the_suggestion_learns_to_abstain() {
        String c = fr.parlonsen.Campaigns.like2009("questions-aucun", "2009-05-22");
        long own = forums.heldForum(c, "02", java.util.Set.of("animateur-02"), java.util.Set.of("024"),
                fr.parlonsen.forum.ForumStatus.HELD);
        String text = "Les caméras du club vidéo du collège filmeront-elles la kermesse de juin ?";
        String nearly = "Les caméras du club vidéo du collège filmeront-elles la kermesse de juillet ?";
        long id = submit(own, "{\"text\":\"" + text + "\"}").then().statusCode(202).extract().jsonPath().getLong("id");
        assertTrue(suggestion(c, nearly).isPresent(), "suggested before anyone says otherwise");
        String url = "/api/v1/questions/" + id + "/moderation";
        as("moderateur-02").contentType("application/json")
                .body("{\"decision\":\"publish\",\"topicSource\":\"peut-etre\"}").post(url).then().statusCode(422)
                .body("violations.field", hasItem("topicSource"));
        as("moderateur-02").contentType("application/json")
                .body("{\"decision\":\"publish\",\"topic\":null,\"topicSource\":\"chosen\"}").post(url).then()
                .statusCode(200).body("topic", org.hamcrest.Matchers.nullValue()).body("topicSource", equalTo("chosen"));
        assertEquals(java.util.Optional.empty(), suggestion(c, nearly), "a moderator said such a text has no sub-topic");
    }

    @Inject
    fr.parlonsen.campaign.TopicSuggestions suggestions;

    private java.util.Optional<String> suggestion(String code, String text) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> suggestions
                .suggest(fr.parlonsen.campaign.Campaign.findByCode(code).orElseThrow(), text));
    }

    @Test
    void moderation_needs_a_reason_to_reject_a_known_topic_and_the_right_departement() {
        long id = submit(forum, "{\"text\":\"Les radars sur la RN2 sont-ils utiles ?\"}").then().statusCode(202)
                .extract().jsonPath().getLong("id");
        String url = "/api/v1/questions/" + id + "/moderation";
        as("moderateur-02").contentType("application/json").body("{\"decision\":\"reject\"}").post(url).then()
                .statusCode(422).body("violations.field", hasItem("reason"));
        as("moderateur-02").contentType("application/json").body("{\"decision\":\"peut-etre\"}").post(url).then()
                .statusCode(422).body("violations.field", hasItem("decision"));
        as("moderateur-02").contentType("application/json")
                .body("{\"decision\":\"publish\",\"topic\":\"inconnu\"}").post(url).then().statusCode(422)
                .body("violations.field", hasItem("topic"));
        as("moderateur-38").contentType("application/json").body("{\"decision\":\"publish\"}").post(url).then()
                .statusCode(403);
        as("animateur-02").contentType("application/json").body("{\"decision\":\"publish\"}").post(url).then()
                .statusCode(403);
        as("national").contentType("application/json").body("{\"decision\":\"publish\"}").post(url).then()
                .statusCode(403);
        given().contentType("application/json").body("{\"decision\":\"publish\"}").post(url).then().statusCode(401);
        as("moderateur-02").contentType("application/json")
                .body("{\"decision\":\"publish\",\"topic\":\"proximite.securite-routiere\"}").post(url).then()
                .statusCode(200).body("topic", equalTo("proximite.securite-routiere"))
                .body("topicSource", equalTo("chosen"));
        as("moderateur-02").contentType("application/json")
                .body("{\"decision\":\"reject\",\"reason\":\"Hors sujet\"}").post(url).then().statusCode(200)
                .body("status", equalTo("rejected")).body("rejectReason", equalTo("Hors sujet"));
        as("moderateur-02").contentType("application/json").body("{\"text\":\"Réponse\"}")
                .post("/api/v1/questions/" + id + "/answer").then().statusCode(409);
        as("moderateur-02").get("/api/v1/campaigns/2009/departments/02/questions?status=nimporte").then()
                .statusCode(422);
        as("moderateur-02").get("/api/v1/campaigns/1999/departments/02/questions").then().statusCode(404);
        as("moderateur-02").get("/api/v1/campaigns/2009/departments/38/questions").then().statusCode(403);
        as("animateur-02").get("/api/v1/campaigns/2009/departments/02/questions").then().statusCode(403);
        as("sous-prefet-02").get("/api/v1/campaigns/2009/departments/02/questions").then().statusCode(403);
        as("moderateur-02").get("/api/v1/questions/999999999/moderation").then().statusCode(405);
        assertTrue(queue("moderateur-02", "rejected").stream().anyMatch(q -> ((Number) q.get("id")).longValue() == id));
        assertFalse(queue("moderateur-02", "pending").stream().anyMatch(q -> ((Number) q.get("id")).longValue() == id));
    }

    @Test
    void questions_of_validated_minutes_join_the_published_pool() {
        String minutes = "/api/v1/forums/" + forum + "/minutes";
        long item = as("animateur-02").contentType("application/json").header("If-Match", "\"0\"")
                .body("{\"attendance\":{\"total\":40},\"questions\":[{\"text\":\"Comment lutter contre le trafic de "
                        + "drogue au collège ?\",\"answer\":\"La brigade des mineurs intervient.\"}]}")
                .put(minutes).then().statusCode(200).extract().jsonPath().getLong("questions[0].id");
        as("animateur-02").post(minutes + "/submit").then().statusCode(200);
        as("prefecture-02").post(minutes + "/validate").then().statusCode(200);
        given().get("/api/v1/public/forums/" + forum + "/questions").then().statusCode(200)
                .body("find { it.source == 'minutes' }.text", containsString("trafic de drogue"))
                .body("find { it.source == 'minutes' }.answer", equalTo("La brigade des mineurs intervient."))
                .body("find { it.source == 'minutes' }.topic", notNullValue());
        // reopened, the item removed, validated again: the question leaves the pool
        as("prefecture-02").contentType("application/json").body("{\"reason\":\"Question en double\"}")
                .post(minutes + "/reopen").then().statusCode(200);
        int version = as("animateur-02").get(minutes).then().extract().jsonPath().getInt("version");
        as("animateur-02").contentType("application/json").header("If-Match", "\"" + version + "\"")
                .body("{\"attendance\":{\"total\":40},\"proposals\":[{\"text\":\"Plus de patrouilles\"}]}")
                .put(minutes).then().statusCode(200);
        as("animateur-02").post(minutes + "/submit").then().statusCode(200);
        as("sous-prefet-02").post(minutes + "/validate").then().statusCode(200);
        given().get("/api/v1/public/forums/" + forum + "/questions").then().statusCode(200)
                .body("find { it.source == 'minutes' }", nullValue());
        assertTrue(item > 0);
    }

    @Test
    void emails_are_erased_after_the_retention_period_following_the_end_of_the_campaign() {
        long id = submit(forum, "{\"text\":\"Question avec adresse\",\"email\":\"citoyen@example.fr\"}").then()
                .statusCode(202).extract().jsonPath().getLong("id");
        // the 2009 campaign ended on 18 May 2009; 30 days of retention
        purge.purge(LocalDate.of(2009, 6, 1));
        assertEquals("citoyen@example.fr", inQueue("moderateur-02", id).get("email"));
        assertTrue(purge.purge(LocalDate.of(2009, 6, 17)) >= 1);
        assertFalse(inQueue("moderateur-02", id).containsKey("email"));
        assertEquals("Question avec adresse", inQueue("moderateur-02", id).get("originalText"));
    }

    /** End to end, every kind the masker knows: submitted, moderated, published masked; the original kept. */
    @Test
    void every_kind_of_personal_data_is_masked_in_the_published_question_and_answer() {
        String text = "M. Dupont, 12 rue des Lilas, 06 12 34 56 78, jean@exemple.fr, voiture AB-123-CD : "
                + "on m'a volé mon vélo.";
        long id = submit(forum, "{\"text\":\"" + text + "\"}").then().statusCode(202).extract().jsonPath()
                .getLong("id");
        Map<String, Object> pending = inQueue("moderateur-02", id);
        assertEquals(text, pending.get("originalText"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> detections = (List<Map<String, Object>>) pending.get("detections");
        assertEquals(List.of("nom", "adresse", "telephone", "email", "immatriculation"),
                detections.stream().map(d -> d.get("kind")).toList());
        as("moderateur-02").contentType("application/json").body("{\"decision\":\"publish\"}")
                .post("/api/v1/questions/" + id + "/moderation").then().statusCode(200);
        as("moderateur-02").contentType("application/json")
                .body("{\"text\":\"Contactez Mme Martin au 03 23 11 22 33.\"}")
                .post("/api/v1/questions/" + id + "/answer").then().statusCode(200)
                .body("answerOriginal", equalTo("Contactez Mme Martin au 03 23 11 22 33."));
        String published = given().get("/api/v1/public/forums/" + forum + "/questions").asString();
        for (String secret : List.of("Dupont", "rue des Lilas", "06 12 34 56 78", "jean@exemple.fr", "AB-123-CD",
                "Martin", "03 23 11 22 33")) {
            assertFalse(published.contains(secret), secret + " publié : " + published);
        }
        assertTrue(published.contains("on m'a volé mon vélo."));
    }
}
