package fr.parlonsen.minutes;

import static fr.parlonsen.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.parlonsen.Fixtures;
import fr.parlonsen.ForumFixtures;
import fr.parlonsen.PageSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** The facilitator's pages: save, conflict screen, autosave endpoint, 422 kept input, workflow buttons. */
@QuarkusTest
class MinutesPagesTest {
    @Inject
    Fixtures fixtures;
    @Inject
    ForumFixtures forums;

    long forum;
    String page;

    @BeforeEach
    void setUp() {
        fixtures.ensure();
        forum = forums.heldAisneForum();
        page = "/gestion/forums/" + forum + "/compte-rendu";
    }

    static Map<String, String> form(String version, String summary) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("version", version);
        f.put("attendance.total", "72");
        f.put("attendance.public", "50");
        f.put("attendance.gendarmerie", "3");
        f.put("startedAt", "2009-04-02T18:30");
        f.put("endedAt", "2009-04-02T20:45");
        f.put("summary", summary);
        f.put("note.proximite.stupefiants", "Inquiétude sur le trafic près du lycée.");
        f.put("questions[0].text", "Quand la brigade sera-t-elle ouverte le samedi ?");
        f.put("questions[0].answer", "Dès le mois de mai.");
        f.put("questions[0].topic", "");
        f.put("strengths[0].text", "Bonne coordination police municipale et gendarmerie.");
        f.put("strengths[0].topic", "partage.role-citoyen");
        f.put("strengths[1].text", "");
        f.put("proposals[0].text", "Installer des caméras de vidéoprotection à la gare.");
        f.put("proposals[0].topic", "");
        return f;
    }

    @Test
    void the_facilitator_writes_the_minutes_on_the_page_and_finds_them_again() {
        PageSession s = PageSession.login("animateur-02");
        Response edit = s.get(page);
        assertEquals(200, edit.statusCode());
        assertTrue(edit.asString().contains("Enregistrer le brouillon"));
        assertTrue(edit.asString().contains("name=\"version\" value=\"0\""));

        Response saved = s.post(page, form("0", "Réunion à la salle des fêtes."));
        assertEquals(303, saved.statusCode(), saved::asString);
        assertTrue(saved.header("Location").endsWith("?message=enregistre"));
        String html = s.get(page).asString();
        assertTrue(html.contains("Réunion à la salle des fêtes."));
        assertTrue(html.contains("Compte rendu enregistré.") || s.get(page + "?message=enregistre").asString()
                .contains("Compte rendu enregistré."));
        assertTrue(html.contains("Inquiétude sur le trafic près du lycée."));

        JsonPath api = as("animateur-02").get("/api/v1/forums/" + forum + "/minutes").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(72, api.getInt("attendance.total"));
        assertEquals(3, api.getInt("attendance.byCategory.gendarmerie"));
        assertEquals("chosen", api.getString("strengths[0].topicSource"));
        assertEquals("partage.role-citoyen", api.getString("strengths[0].topic"));
        assertEquals("suggested", api.getString("proposals[0].topicSource"));
        assertEquals("modernisation.videoprotection", api.getString("proposals[0].topic"));
        assertEquals(1, api.getList("strengths").size(), "an empty row is no item");
        assertTrue(api.getString("startedAt").startsWith("2009-04-02T18:30"));

        // the page sends the ids back: saving again keeps them
        long questionId = api.getLong("questions[0].id");
        Map<String, String> again = form("1", "Réunion à la salle des fêtes, corrigée.");
        again.put("questions[0].id", String.valueOf(questionId));
        assertEquals(303, s.post(page, again).statusCode());
        as("animateur-02").get("/api/v1/forums/" + forum + "/minutes").then().body("questions[0].id",
                equalTo((int) questionId));
    }

    @Test
    void the_facilitator_may_answer_that_a_statement_has_no_sub_topic() {
        PageSession s = PageSession.login("animateur-02");
        Map<String, String> f = form("0", "Réunion.");
        f.put("proposals[0].text", "Le club de photographie prête ses caméras au festival de la commune.");
        f.put("proposals[0].topic", "aucun");
        assertEquals(303, s.post(page, f).statusCode());
        JsonPath api = as("animateur-02").get("/api/v1/forums/" + forum + "/minutes").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(null, api.getString("proposals[0].topic"));
        assertEquals("chosen", api.getString("proposals[0].topicSource"));
        assertTrue(s.get(page).asString().contains("<option value=\"aucun\" selected>Aucun sous-thème</option>"),
                "the answer is shown again");
        // back to the suggestion: the suggester chooses again
        f.put("version", "1");
        f.put("proposals[0].id", String.valueOf(api.getLong("proposals[0].id")));
        f.put("proposals[0].topic", "");
        assertEquals(303, s.post(page, f).statusCode());
        as("animateur-02").get("/api/v1/forums/" + forum + "/minutes").then()
                .body("proposals[0].topicSource", equalTo("suggested"));
    }

    @Test
    void a_stale_save_shows_both_versions_on_the_conflict_screen_and_loses_nothing() {
        PageSession a = PageSession.login("animateur-02");
        PageSession b = PageSession.login("animateur-02");
        assertEquals(303, a.post(page, form("0", "Première version commune.")).statusCode());
        // both open version 1
        assertEquals(303, a.post(page, form("1", "Version de l'éditrice A")).statusCode());
        Response conflict = b.post(page, form("1", "Version de l'éditeur B"));
        assertEquals(409, conflict.statusCode());
        String html = conflict.asString();
        assertTrue(html.contains("Version de l&#39;éditrice A") || html.contains("Version de l'éditrice A"), html);
        assertTrue(html.contains("Version de l&#39;éditeur B") || html.contains("Version de l'éditeur B"));
        assertTrue(html.contains("Enregistrer ma version à la place"));
        assertTrue(html.contains("Reprendre la version enregistrée"));
        as("animateur-02").get("/api/v1/forums/" + forum + "/minutes").then()
                .body("summary", equalTo("Version de l'éditrice A"));

        // B chooses to keep theirs: the conflict form carries B's fields and the current version
        Map<String, String> keepMine = form("2", "Version de l'éditeur B");
        assertEquals(303, b.post(page, keepMine).statusCode());
        as("animateur-02").get("/api/v1/forums/" + forum + "/minutes").then()
                .body("summary", equalTo("Version de l'éditeur B")).body("version", equalTo(3));
        as("animateur-02").get("/api/v1/forums/" + forum + "/minutes/versions/2").then()
                .body("summary", equalTo("Version de l'éditrice A"));
    }

    @Test
    void the_autosave_endpoint_answers_json_with_the_new_version_or_412() {
        PageSession s = PageSession.login("animateur-02");
        Response ok = s.post(page + "/brouillon", form("0", "Brouillon automatique"));
        assertEquals(200, ok.statusCode(), ok::asString);
        assertEquals(1, ok.jsonPath().getInt("version"));
        Response stale = s.post(page + "/brouillon", form("0", "Écrasement"));
        assertEquals(412, stale.statusCode());
        assertEquals(412, stale.jsonPath().getInt("status"));
        Response invalid = s.post(page + "/brouillon", Map.of("version", "1", "summary", "x".repeat(100_001)));
        assertEquals(422, invalid.statusCode());
        assertTrue(invalid.jsonPath().getList("violations.field").contains("summary"));
        as("animateur-02").get("/api/v1/forums/" + forum + "/minutes").then()
                .body("summary", equalTo("Brouillon automatique"));
        // no CSRF field: refused
        Response noCsrf = s.spec().contentType("application/x-www-form-urlencoded").formParam("version", "1")
                .post(page + "/brouillon");
        assertEquals(403, noCsrf.statusCode());
    }

    @Test
    void invalid_input_comes_back_with_french_messages_and_what_was_typed() {
        PageSession s = PageSession.login("animateur-02");
        Map<String, String> f = form("0", "Un résumé à garder");
        f.put("endedAt", "2009-04-02T17:00");
        f.put("strengths[0].topic", "pas.un.sous-theme");
        Response r = s.post(page, f);
        assertEquals(422, r.statusCode());
        String html = r.asString();
        assertTrue(html.contains("La fin de la réunion précède son début."));
        assertTrue(html.contains("Sous-thème inconnu"));
        assertTrue(html.contains("Un résumé à garder"));
        assertTrue(html.contains("Quand la brigade sera-t-elle ouverte le samedi ?"));
        as("animateur-02").get("/api/v1/forums/" + forum + "/minutes").then().body("version", equalTo(0));
    }

    @Test
    void a_summary_of_100000_characters_fits_in_the_page_form_whatever_the_characters() {
        PageSession s = PageSession.login("animateur-02");
        String longest = "’é".repeat(50_000); // 100 000 characters, 250 000 bytes in UTF-8
        Response r = s.post(page, Map.of("version", "0", "summary", longest));
        assertEquals(303, r.statusCode(), () -> r.statusCode() + " " + r.asString());
        assertEquals(longest, as("animateur-02").get("/api/v1/forums/" + forum + "/minutes").jsonPath()
                .getString("summary"));
        Response tooLong = s.post(page, Map.of("version", "1", "summary", longest + "x"));
        assertEquals(422, tooLong.statusCode());
        assertTrue(tooLong.asString().contains("100 000 caractères"));
    }

    @Test
    void submit_validate_and_reopen_buttons_follow_the_roles() {
        PageSession facilitator = PageSession.login("animateur-02");
        Response incomplete = facilitator.post(page, Map.of("version", "0", "summary", "Seulement un résumé"));
        assertEquals(303, incomplete.statusCode());
        Response refused = facilitator.post(page + "/soumettre", Map.of("version", "1"));
        assertEquals(422, refused.statusCode());
        assertTrue(refused.asString().contains("Grand Débat"));
        assertEquals(303, facilitator.post(page, form("1", "Complet")).statusCode());
        assertTrue(facilitator.get(page).asString().contains("Soumettre pour validation"));
        Response submitted = facilitator.post(page + "/soumettre", Map.of("version", "2"));
        assertEquals(303, submitted.statusCode());
        // submitted: the edit page sends to the read-only page, without validation button for the facilitator
        Response toRecord = facilitator.get(page);
        assertEquals(303, toRecord.statusCode());
        String record = facilitator.get(page + "/consultation").asString();
        assertFalse(record.contains("Valider le compte rendu"));
        assertTrue(record.contains("Soumission pour validation"));

        PageSession sousPrefet = PageSession.login("sous-prefet-02");
        String forSousPrefet = sousPrefet.get(page + "/consultation").asString();
        assertTrue(forSousPrefet.contains("Valider le compte rendu"));
        assertTrue(forSousPrefet.contains("Rouvrir le compte rendu"));
        assertEquals(303, sousPrefet.post(page + "/valider", Map.of("version", "3")).statusCode());
        Response noReason = sousPrefet.post(page + "/rouvrir", Map.of("version", "4", "reason", " "));
        assertEquals(422, noReason.statusCode());
        assertTrue(noReason.asString().contains("motif"));
        assertEquals(303, sousPrefet.post(page + "/rouvrir", Map.of("version", "4", "reason", "Chiffres à revoir"))
                .statusCode());
        String reopened = facilitator.get(page).asString();
        assertTrue(reopened.contains("Compte rendu rouvert : Chiffres à revoir"));
        String journal = facilitator.get(page + "/consultation").asString();
        assertTrue(journal.contains("Réouverture") && journal.contains("Validation") && journal.contains("Sous-préfète de Soissons"));
        assertEquals(200, facilitator.get(page + "/versions/1").statusCode());
        assertTrue(facilitator.get(page + "/versions/1").asString().contains("Seulement un résumé"));

        // others: a facilitator of another département, a moderator may not write
        PageSession other = PageSession.login("animateur-38");
        assertEquals(403, other.get(page).statusCode());
        PageSession moderator = PageSession.login("moderateur-02");
        assertEquals(403, moderator.post(page, form("5", "Intrusion")).statusCode());
        as("prefecture-02").get("/api/v1/forums/" + forum + "/minutes").then().body("summary", equalTo("Complet"));
        PageSession.login("prefecture-02").get("/gestion/comptes-rendus").then().statusCode(200)
                .body(containsString("/gestion/forums/" + forum + "/compte-rendu"));
    }

    @Test
    void the_overview_lists_only_what_the_user_may_read() {
        PageSession s = PageSession.login("animateur-38");
        s.get("/gestion/comptes-rendus").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("/gestion/forums/" + forum + "/compte-rendu")));
        assertEquals(403, s.get("/gestion/comptes-rendus?departement=02").statusCode());
    }
}
