package fr.parlonsen.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.parlonsen.Fixtures;
import fr.parlonsen.ForumFixtures;
import fr.parlonsen.PageSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The public HTML forms: honeypot, too-fast submission, flood, replay; the moderators' page. */
@QuarkusTest
class QuestionPagesTest {
    @Inject
    fr.parlonsen.PublicQuestionForms publicForms;
    @Inject
    ForumFixtures forums;

    @Inject
    fr.parlonsen.security.FormTokens formTime;

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

    static String hidden(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
        assertTrue(m.find(), name);
        return m.group(1);
    }

    /** A form token issued 10 s ago: a person took time to write. */
    String seasoned() {
        return formTime.issue(System.currentTimeMillis() - 10_000);
    }

    static int pending(String text) {
        List<Map<String, Object>> q = Fixtures.as("admin").get("/api/v1/campaigns/2009/departments/02/questions")
                .then().statusCode(200).extract().jsonPath().getList("$");
        return (int) q.stream().filter(x -> text.equals(x.get("originalText"))).count();
    }

    @Test
    void a_citizen_sends_a_question_through_the_form_and_sees_the_confirmation() {
        PageSession s = PageSession.anonymous("/forums/" + forum + "/question");
        String html = s.get("/forums/" + forum + "/question").asString();
        assertTrue(html.contains("name=\"website\" tabindex=\"-1\" autocomplete=\"off\""));
        assertTrue(html.contains("class=\"pe-honeypot\" aria-hidden=\"true\""));
        Map<String, String> f = new HashMap<>(Map.of("text", "Que faire contre les rodéos motorisés ?",
                "communeCode", "02722", "email", "", "website", "", "issuedAt", seasoned(), "idempotencyKey",
                hidden(html, "idempotencyKey")));
        Response r = s.post("/forums/" + forum + "/question", f);
        assertEquals(303, r.statusCode(), r::asString);
        assertTrue(r.header("Location").endsWith("/forums/" + forum + "/question/envoyee"));
        assertTrue(s.get("/forums/" + forum + "/question/envoyee").asString().contains("Merci, votre question a bien été envoyée"));
        // the same form sent twice (double click, back and resend): one question
        assertEquals(303, s.post("/forums/" + forum + "/question", f).statusCode());
        assertEquals(1, pending("Que faire contre les rodéos motorisés ?"));
    }

    @Test
    void the_departement_form_works_without_a_forum() {
        PageSession s = PageSession.anonymous("/departements/02/question");
        String html = s.get("/departements/02/question").asString();
        assertTrue(html.contains("Aucun forum en particulier"));
        Response r = s.post("/departements/02/question", Map.of("text", "Question générale sur la gendarmerie",
                "forumId", "", "issuedAt", seasoned(), "idempotencyKey", UUID.randomUUID().toString()));
        assertEquals(303, r.statusCode(), r::asString);
        assertEquals(200, s.get("/departements/02/question/envoyee").statusCode());
        assertEquals(404, s.get("/departements/99/question").statusCode());
    }

    @Test
    void honeypot_too_fast_forged_and_flooding_forms_are_refused() {
        PageSession s = PageSession.anonymous("/forums/" + forum + "/question");
        String html = s.get("/forums/" + forum + "/question").asString();
        // the honeypot
        Response bot = s.post("/forums/" + forum + "/question", Map.of("text", "Spam", "website", "http://x",
                "issuedAt", seasoned()));
        assertEquals(400, bot.statusCode());
        // sent right after display: too fast for a person
        Response fast = s.post("/forums/" + forum + "/question", Map.of("text", "Trop rapide",
                "issuedAt", hidden(html, "issuedAt")));
        assertEquals(422, fast.statusCode());
        assertTrue(fast.asString().contains("trop vite"), fast::asString);
        assertTrue(fast.asString().contains("Trop rapide"), "what was typed is kept");
        // a forged or missing token
        assertEquals(422, s.post("/forums/" + forum + "/question", Map.of("text", "Faux jeton",
                "issuedAt", "1234.abcd")).statusCode());
        assertEquals(422, s.post("/forums/" + forum + "/question", Map.of("text", "Sans jeton")).statusCode());
        assertEquals(0, pending("Spam") + pending("Trop rapide") + pending("Faux jeton") + pending("Sans jeton"));
        // no CSRF field
        assertEquals(403, s.spec().contentType("application/x-www-form-urlencoded").formParam("text", "x")
                .post("/forums/" + forum + "/question").statusCode());
        // flood: the sixth in ten minutes gets 429
        for (int i = 0; i < 5; i++) {
            assertEquals(303, s.post("/forums/" + forum + "/question", Map.of("text", "Question " + i,
                    "issuedAt", seasoned(), "idempotencyKey", UUID.randomUUID().toString())).statusCode());
        }
        Response flood = s.post("/forums/" + forum + "/question", Map.of("text", "Une de trop",
                "issuedAt", seasoned(), "idempotencyKey", UUID.randomUUID().toString()));
        assertEquals(429, flood.statusCode());
        assertTrue(flood.header("Retry-After") != null);
        assertTrue(flood.asString().contains("Trop de questions"));
    }

    @Test
    void a_moderator_may_choose_no_sub_topic_on_the_page() {
        String c = fr.parlonsen.Campaigns.like2009("questions-aucun-page", "2009-05-22");
        long own = forums.heldForum(c, "02", java.util.Set.of("animateur-02"), java.util.Set.of("024"),
                fr.parlonsen.forum.ForumStatus.HELD);
        long id = io.restassured.RestAssured.given().contentType("application/json")
                .body(Map.of("text", "La fanfare municipale jouera-t-elle au marché de Noël ?"))
                .post("/api/v1/public/forums/" + own + "/questions").then().statusCode(202).extract().jsonPath()
                .getLong("id");
        PageSession moderator = PageSession.login("moderateur-02");
        assertTrue(moderator.get("/gestion/questions?campagne=" + c).asString()
                .contains("<option value=\"aucun\">Aucun sous-thème</option>"));
        assertEquals(303, moderator.post("/gestion/questions/" + id + "/moderation", Map.of("decision", "publish",
                "topic", "aucun", "reason", "")).statusCode());
        Map<String, Object> q = fr.parlonsen.Fixtures.as("moderateur-02")
                .get("/api/v1/campaigns/" + c + "/departments/02/questions").then().statusCode(200).extract()
                .jsonPath().<Map<String, Object>>getList("$").stream()
                .filter(x -> ((Number) x.get("id")).longValue() == id).findFirst().orElseThrow();
        assertEquals(null, q.get("topic"));
        assertEquals("chosen", q.get("topicSource"));
    }

    @Test
    void moderators_see_the_original_highlighted_and_the_masked_version() {
        long id = io.restassured.RestAssured.given().contentType("application/json")
                .body(Map.of("text", "Écrivez-moi à paul.martin@example.org ou au 06 98 76 54 32 : quid des cambriolages ?"))
                .post("/api/v1/public/forums/" + forum + "/questions").then().statusCode(202).extract().jsonPath()
                .getLong("id");
        PageSession moderator = PageSession.login("moderateur-02");
        String html = moderator.get("/gestion/questions?campagne=2009").asString();
        assertTrue(html.contains("<mark class=\"pe-detected\">paul.martin@example.org"), html);
        assertTrue(html.contains("<mark class=\"pe-detected\">06 98 76 54 32"));
        assertTrue(html.contains("donnée personnelle détectée : adresse électronique"));
        Matcher masked = Pattern.compile("id=\"question-" + id + "-masque\">([^<]*)<").matcher(html);
        assertTrue(masked.find());
        assertFalse(masked.group(1).contains("paul.martin") || masked.group(1).contains("06 98 76 54 32"));

        assertEquals(303, moderator.post("/gestion/questions/" + id + "/moderation", Map.of("decision", "publish",
                "topic", "proximite.cambriolages", "reason", "")).statusCode());
        assertEquals(303, moderator.post("/gestion/questions/" + id + "/reponse", Map.of("text",
                "Les patrouilles sont renforcées.")).statusCode());
        String published = io.restassured.RestAssured.get("/api/v1/public/forums/" + forum + "/questions").asString();
        assertTrue(published.contains("Les patrouilles sont renforcées."));
        assertFalse(published.contains("paul.martin"));

        assertEquals(422, moderator.post("/gestion/questions/" + id + "/moderation", Map.of("decision", "reject",
                "reason", "")).statusCode());
        assertEquals(403, PageSession.login("moderateur-38").get("/gestion/questions?departement=02").statusCode());
        assertEquals(403, PageSession.login("animateur-02").get("/gestion/questions").statusCode());
        assertEquals(403, PageSession.login("moderateur-38").post("/gestion/questions/" + id + "/moderation",
                Map.of("decision", "publish")).statusCode());
    }

    @Test
    void the_queue_opens_on_the_current_campaign_not_a_year_written_in_the_code() {
        // the campaign whose window surrounds today (the newest such), else the newest: the rule, whatever campaigns
        // other tests or the demo created (this test creates none, so it changes nothing for the tests after it)
        String code = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> fr.parlonsen.campaign.Campaign
                .findCurrent(java.time.LocalDate.now(fr.parlonsen.kernel.French.PARIS)).orElseThrow().code);
        PageSession moderator = PageSession.login("moderateur-02");
        String html = moderator.get("/gestion/questions").asString();
        assertTrue(html.contains("name=\"campagne\" value=\"" + code + "\""), "the current campaign, not 2009 written in the code");
        assertTrue(moderator.get("/gestion/questions?campagne=2009").asString()
                .contains("name=\"campagne\" value=\"2009\""), "a campaign asked for is kept");
    }
}
