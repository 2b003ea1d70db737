package fr.parlonsen.synthesis;

import static fr.parlonsen.Fixtures.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.parlonsen.Fixtures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Minutes reopened, corrected and validated again after a transmission: the items the transmitted version cites
 * keep their text (the minutes go on with new items), and the next draft cites the corrected ones.
 */
@QuarkusTest
class RevalidatedMinutesTest {
    static final String C = "synthese-citee";
    static final String BASE = "/api/v1/campaigns/" + C + "/departments/02/synthesis";

    @Inject
    Fixtures fixtures;
    @Inject
    AgroalDataSource ds;

    String textOf(long itemId) throws Exception {
        try (Connection c = ds.getConnection();
                PreparedStatement st = c.prepareStatement("select text from minutes_item where id = ?")) {
            st.setLong(1, itemId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    static List<Long> cited(JsonPath synthesis) {
        List<Number> ids = synthesis.getList("sections.items.flatten().sources.flatten().itemId");
        return ids.stream().filter(java.util.Objects::nonNull).map(Number::longValue).toList();
    }

    @Test
    void revalidating_minutes_never_rewrites_what_a_transmitted_version_cites() throws Exception {
        fixtures.ensure();
        Meetings.campaignLike2009(C);
        long forum = Meetings.heldForum(C, "Forum de Guise", "0210");
        JsonPath minutes = Meetings.validatedMinutes(forum, 50, List.of("Qui surveille la zone artisanale ?"),
                List.of("Texte initial du point fort"), List.of("Des cambriolages répétés"),
                List.of("Une réunion annuelle avec la gendarmerie"));
        long strength = minutes.getLong("strengths[0].id");
        as("prefecture-02").post(BASE + "/draft").then().statusCode(200);
        as("prefecture-02").post(BASE + "/validate").then().statusCode(200);
        as("prefecture-02").post(BASE + "/transmit").then().statusCode(200);

        String url = "/api/v1/forums/" + forum + "/minutes";
        String etag = as("prefecture-02").get(url).header("ETag");
        etag = as("prefecture-02").contentType("application/json").header("If-Match", etag)
                .body(Map.of("reason", "Coquille dans un point fort")).post(url + "/reopen").then().statusCode(200)
                .extract().header("ETag");
        JsonPath current = as("animateur-02").get(url).jsonPath();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("attendance", Map.of("total", 50, "byCategory", Map.of("public", 45, "elus", 5)));
        body.put("startedAt", "2009-04-02T18:30:00");
        body.put("endedAt", "2009-04-02T21:00:00");
        body.put("summary", "Échanges nourris avec les habitants.");
        body.put("topics", List.of());
        body.put("questions", List.of(Map.of("id", current.getLong("questions[0].id"), "text",
                current.getString("questions[0].text"), "answer", "Réponse du commandant.")));
        body.put("strengths", List.of(Map.of("id", strength, "text", "Texte corrigé du point fort")));
        body.put("weaknesses", List.of()); // removed: cited, so kept as cited
        body.put("proposals", List.of(Map.of("id", current.getLong("proposals[0].id"), "text",
                current.getString("proposals[0].text"))));
        etag = as("animateur-02").contentType("application/json").header("If-Match", etag).body(body).put(url)
                .then().statusCode(200).extract().header("ETag");
        etag = as("animateur-02").header("If-Match", etag).post(url + "/submit").then().statusCode(200).extract()
                .header("ETag");
        as("prefecture-02").header("If-Match", etag).post(url + "/validate").then().statusCode(200);

        JsonPath after = as("prefecture-02").get(url).jsonPath();
        assertEquals("Texte corrigé du point fort", after.getString("strengths[0].text"));
        assertNotEquals(strength, after.getLong("strengths[0].id"), "the correction is a new item");
        assertEquals(0, after.getList("weaknesses").size());
        assertEquals("Texte initial du point fort", textOf(strength), "the cited item keeps its text");
        long weakness = minutes.getLong("weaknesses[0].id");
        assertEquals("Des cambriolages répétés", textOf(weakness), "the removed cited item is kept");

        List<Long> v1 = cited(as("national").get(BASE + "?version=1").jsonPath());
        assertTrue(v1.contains(strength), "version 1 still cites the item as it was: " + v1);
        List<Long> v2 = cited(as("prefecture-02").post(BASE + "/draft").then().statusCode(200).extract().jsonPath());
        assertTrue(v2.contains(after.getLong("strengths[0].id")), "the next draft cites the correction: " + v2);
        assertFalse(v2.contains(strength), "the next draft no longer cites the superseded item: " + v2);
    }
}
