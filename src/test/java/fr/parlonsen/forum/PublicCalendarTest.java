package fr.parlonsen.forum;

import static fr.parlonsen.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import fr.parlonsen.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The public calendar (JSON, iCalendar, CSV, pages): no login, never a draft, cancelled forums flagged, and an
 * iCalendar that an independent parser (biweekly) and a line-level RFC 5545 check both accept.
 */
@QuarkusTest
class PublicCalendarTest {
    @Inject
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures.ensure();
    }

    record Plan(long campaign, long published, long held, long draft, long cancelledAfterPublish, long cancelledDraft) {
    }

    Plan plan() {
        long campaign = Plans.newCampaign();
        long published = Plans.create("prefecture-02", campaign, Plans.forum("Forum de Laon", "2009-03-20", "0209"));
        as("prefecture-02").post("/api/v1/forums/" + published + "/publish").then().statusCode(200);
        long held = Plans.create("prefecture-02", campaign, Plans.forum("Forum de Guise, avec un titre assez long pour être replié dans le calendrier", "2009-03-18", "0207"));
        as("prefecture-02").post("/api/v1/forums/" + held + "/publish").then().statusCode(200);
        as("prefecture-02").post("/api/v1/forums/" + held + "/held").then().statusCode(200);
        long draft = Plans.create("prefecture-02", campaign, Plans.forum("Brouillon secret", "2009-04-01", "0208"));
        long cancelled = Plans.create("prefecture-02", campaign, Plans.forum("Forum de Marle", "2009-04-08", "0211"));
        as("prefecture-02").post("/api/v1/forums/" + cancelled + "/publish").then().statusCode(200);
        as("prefecture-02").contentType(ContentType.JSON).body(Map.of("reason", "Salle inondée"))
                .post("/api/v1/forums/" + cancelled + "/cancel").then().statusCode(200);
        long cancelledDraft = Plans.create("prefecture-02", campaign, Plans.forum("Jamais annoncé", "2009-04-09", "0212"));
        as("prefecture-02").contentType(ContentType.JSON).body(Map.of("reason", "Abandon"))
                .post("/api/v1/forums/" + cancelledDraft + "/cancel").then().statusCode(200);
        return new Plan(campaign, published, held, draft, cancelled, cancelledDraft);
    }

    @Test
    void the_json_lists_announced_forums_with_their_catchment_names_and_never_a_draft() {
        Plan p = plan();
        JsonPath json = given().get("/api/v1/public/campaigns/" + p.campaign() + "/forums.json?department=02").then()
                .statusCode(200).header("Cache-Control", "public, max-age=60").extract().jsonPath();
        List<Integer> ids = json.getList("id");
        assertEquals(List.of((int) p.held(), (int) p.published(), (int) p.cancelledAfterPublish()), ids);
        assertEquals("Laon-1", json.getString("find { it.id == " + p.published() + " }.catchment[0].name"));
        assertEquals(27, json.getInt("find { it.id == " + p.published() + " }.communesCovered"));
        assertEquals("cancelled", json.getString("find { it.id == " + p.cancelledAfterPublish() + " }.status"));
        assertEquals("2009-03-20T18:30:00+01:00", json.getString("find { it.id == " + p.published() + " }.startsAt"));
        String raw = given().get("/api/v1/public/campaigns/" + p.campaign() + "/forums.json?department=02").asString();
        assertFalse(raw.contains("Brouillon secret") || raw.contains("Jamais annoncé") || raw.contains("maire@laon"));

        given().get("/api/v1/public/campaigns/" + p.campaign() + "/forums.json").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/public/campaigns/" + p.campaign() + "/forums.json?department=ZZ").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/public/campaigns/" + p.campaign() + "/forums.ics?department=ZZ").then().statusCode(404);
    }

    @Test
    void the_ics_is_rfc_5545_and_reads_back_with_an_independent_parser() {
        Plan p = plan();
        var response = given().get("/api/v1/public/campaigns/" + p.campaign() + "/forums.ics?department=02").then()
                .statusCode(200).header("Cache-Control", "public, max-age=60")
                .contentType(containsString("text/calendar")).contentType(containsString("charset=utf-8"))
                .extract();
        String ics = new String(response.asByteArray(), StandardCharsets.UTF_8);

        // line level: CRLF only, lines of at most 75 octets, folding with a leading space, VTIMEZONE present
        assertFalse(ics.replace("\r\n", "").contains("\n"), "bare LF");
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, () -> "line over 75 octets: " + line);
        }
        String unfolded = ics.replace("\r\n ", "").replace("\r\n\t", "");
        assertTrue(unfolded.startsWith("BEGIN:VCALENDAR\r\n"));
        assertTrue(unfolded.endsWith("END:VCALENDAR\r\n"));
        assertTrue(unfolded.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Paris"));
        assertTrue(unfolded.contains("DTSTART;TZID=Europe/Paris:20090320T183000"), unfolded);
        assertTrue(unfolded.contains("UID:forum-" + p.published() + "@parlons-en.interieur.gouv.fr"));
        assertEquals(3, unfolded.split("BEGIN:VEVENT").length - 1);
        assertFalse(unfolded.contains("Brouillon secret"));

        // independent parser
        ICalendar cal = Biweekly.parse(ics).first();
        assertNotNull(cal);
        assertEquals(3, cal.getEvents().size());
        VEvent laon = cal.getEvents().stream().filter(e -> e.getUid().getValue().equals("forum-" + p.published()
                + "@parlons-en.interieur.gouv.fr")).findFirst().orElseThrow();
        assertEquals("Forum de Laon", laon.getSummary().getValue());
        assertEquals(ZonedDateTime.of(2009, 3, 20, 18, 30, 0, 0, ZoneId.of("Europe/Paris")).toInstant(),
                laon.getDateStart().getValue().toInstant());
        assertEquals(ZonedDateTime.of(2009, 3, 20, 20, 30, 0, 0, ZoneId.of("Europe/Paris")).toInstant(),
                laon.getDateEnd().getValue().toInstant());
        assertTrue(laon.getLocation().getValue().contains("Salle des fêtes"));
        assertTrue(laon.getLocation().getValue().contains("Laon"));
        assertEquals("CONFIRMED", laon.getStatus().getValue());
        assertEquals(1, laon.getSequence().getValue().intValue());
        VEvent marle = cal.getEvents().stream().filter(e -> e.getUid().getValue().startsWith("forum-"
                + p.cancelledAfterPublish() + "@")).findFirst().orElseThrow();
        assertEquals("CANCELLED", marle.getStatus().getValue());
        assertTrue(marle.getDescription().getValue().contains("Salle inondée"));

        // deterministic: the same data gives the same bytes
        assertEquals(ics, given().get("/api/v1/public/campaigns/" + p.campaign() + "/forums.ics?department=02").asString());
    }

    @Test
    void the_csv_is_open_data_with_a_header_row() {
        Plan p = plan();
        String csv = given().get("/api/v1/public/campaigns/" + p.campaign() + "/forums.csv?department=02").then()
                .statusCode(200).contentType(containsString("text/csv")).contentType(containsString("utf-8"))
                .extract().asString();
        String[] lines = csv.split("\r\n");
        assertTrue(lines[0].startsWith("id,departement,titre,statut,debut,fin,lieu"));
        assertEquals(4, lines.length);
        assertTrue(csv.contains("\"Forum de Guise, avec un titre assez long pour être replié dans le calendrier\""));
    }

    @Test
    void the_public_pages_show_announced_forums_in_paris_time_and_hide_drafts() {
        Plan p = plan();
        given().get("/departements/02/forums?campagne=" + p.campaign()).then().statusCode(200)
                .header("Cache-Control", "public, max-age=60")
                .body(containsString("Forum de Laon")).body(containsString("vendredi 20 mars 2009"))
                .body(containsString("18 h 30")).body(containsString("de l&#39;Aisne")) // the préfecture in the header
                .body(org.hamcrest.Matchers.not(containsString("Brouillon secret")));
        given().get("/forums/" + p.published()).then().statusCode(200)
                .body(containsString("Place de la mairie")).body(containsString("Parking place de l&#39;Hôtel de ville"))
                .body(containsString("accessible aux personnes à mobilité réduite"))
                .body(containsString("Les 27 communes concernées")).body(containsString("Besny-et-Loizy"));
        given().get("/forums/" + p.cancelledAfterPublish()).then().statusCode(200).body(containsString("Salle inondée"));
        given().get("/forums/" + p.draft()).then().statusCode(404);
        given().get("/forums/" + p.cancelledDraft()).then().statusCode(404);
        given().get("/departements/ZZ/forums").then().statusCode(404);
    }
}
