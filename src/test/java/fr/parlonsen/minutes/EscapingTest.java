package fr.parlonsen.minutes;

import static fr.parlonsen.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.parlonsen.Fixtures;
import fr.parlonsen.ForumFixtures;
import fr.parlonsen.PageSession;
import fr.parlonsen.forum.Forum;
import fr.parlonsen.forum.ForumStatus;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Script payloads typed in every field of the minutes and of the questions come out escaped on every page that
 * shows them: the raw payload never appears in the HTML.
 */
@QuarkusTest
class EscapingTest {
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";
    static final String BOTH = SCRIPT + " " + IMG;

    @Inject
    fr.parlonsen.PublicQuestionForms publicForms;
    @Inject
    ForumFixtures forums;


    long forum;

    @org.junit.jupiter.api.AfterEach
    void removeTokens() {
        publicForms.close();
    }

    @BeforeEach
    void setUp() {
        publicForms.open();
        forum = forums.heldForum("02", Set.of("animateur-02"), Set.of("024"), ForumStatus.HELD);
        rename(forum, "Forum " + BOTH);
    }

    @Transactional
    void rename(long id, String title) {
        Forum.<Forum> findById(id).title = title;
    }

    static void assertEscaped(String where, Response r) {
        String html = r.asString();
        assertTrue(r.statusCode() < 500, where + " : " + r.statusCode());
        assertFalse(html.contains(SCRIPT), where + " contient <script> non échappé");
        assertFalse(html.contains("<img src=x"), where + " contient <img> non échappé");
        assertFalse(html.contains("onerror=alert(1)>"), where);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), where + " devrait montrer le texte échappé");
    }

    @Test
    void minutes_pages_escape_every_field() {
        String page = "/gestion/forums/" + forum + "/compte-rendu";
        PageSession s = PageSession.login("animateur-02");
        Map<String, String> f = new LinkedHashMap<>();
        f.put("version", "0");
        f.put("attendance.total", "12");
        f.put("summary", "Résumé " + BOTH);
        f.put("note.proximite.cambriolages", "Notes " + BOTH);
        f.put("questions[0].text", "Question " + BOTH);
        f.put("questions[0].answer", "Réponse " + BOTH);
        f.put("strengths[0].text", "Fort " + BOTH);
        f.put("weaknesses[0].text", "Faible " + BOTH);
        f.put("proposals[0].text", "Proposition " + BOTH);
        assertEquals(303, s.post(page, f).statusCode());
        assertEscaped("édition", s.get(page));
        f.put("endedAt", "pas une date " + BOTH);
        assertEscaped("formulaire en erreur", s.post(page, f));
        f.remove("endedAt");
        f.put("summary", "Autre résumé " + BOTH);
        assertEscaped("écran de conflit", s.post(page, f)); // version 0 is stale now
        Response autosave = s.post(page + "/brouillon", f);
        assertEquals(412, autosave.statusCode());
        assertTrue(autosave.contentType().startsWith("application/json"), "JSON, never HTML");
        assertEquals(303, s.post(page + "/soumettre", Map.of("version", "1")).statusCode());
        assertEscaped("consultation", s.get(page + "/consultation"));
        assertEscaped("version 1", s.get(page + "/versions/1"));
        PageSession prefecture = PageSession.login("prefecture-02");
        assertEquals(303, prefecture.post(page + "/rouvrir", Map.of("version", "2", "reason", "Motif " + BOTH))
                .statusCode());
        assertEscaped("consultation après réouverture", prefecture.get(page + "/consultation"));
        assertEscaped("édition après réouverture", s.get(page));
        assertEscaped("liste des comptes rendus", prefecture.get("/gestion/comptes-rendus"));
    }

    @Test
    void question_pages_escape_every_field() {
        assertEscaped("formulaire public", given().get("/forums/" + forum + "/question"));
        assertEscaped("formulaire du département", given().get("/departements/02/question"));
        long id = given().contentType("application/json")
                .body(Map.of("text", "Question " + BOTH + " appelez le 06 11 22 33 44"))
                .post("/api/v1/public/forums/" + forum + "/questions").then().statusCode(202).extract().jsonPath()
                .getLong("id");
        PageSession anonymous = PageSession.anonymous("/forums/" + forum + "/question");
        Response invalid = anonymous.post("/forums/" + forum + "/question", Map.of("text", BOTH, "email",
                "pas-une-adresse" + BOTH, "issuedAt", "x"));
        assertEquals(422, invalid.statusCode());
        assertEscaped("formulaire public en erreur", invalid);
        assertEscaped("confirmation", anonymous.get("/forums/" + forum + "/question/envoyee"));

        PageSession moderator = PageSession.login("moderateur-02");
        assertEscaped("file de modération", moderator.get("/gestion/questions?campagne=2009"));
        assertEquals(303, moderator.post("/gestion/questions/" + id + "/reponse", Map.of("text", "Réponse " + BOTH))
                .statusCode());
        assertEquals(303, moderator.post("/gestion/questions/" + id + "/moderation", Map.of("decision", "reject",
                "reason", "Motif " + BOTH)).statusCode());
        assertEscaped("file de modération, rejetées", moderator.get("/gestion/questions?campagne=2009&statut=rejected"));
        as("moderateur-02").get("/api/v1/campaigns/2009/departments/02/questions").then().statusCode(200);
    }
}
