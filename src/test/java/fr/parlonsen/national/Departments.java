package fr.parlonsen.national;

import static fr.parlonsen.Fixtures.as;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.path.json.JsonPath;

/**
 * Builds a campaign's data through the API, as the départements do: forums held in Aisne (02) or Isère (38), their
 * validated minutes, then the departmental synthesis drafted, validated and transmitted by the prefecture.
 */
final class Departments {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Venue commune per département: Laon, Grenoble. */
    static final Map<String, String> VENUE = Map.of("02", "02408", "38", "38185");
    private static int day = 0;

    private Departments() {
    }

    /** A campaign of its own, with the themes and sub-topics of 2009 and the given due date. */
    static String campaignLike2009(String code, String dueOn) {
        return fr.parlonsen.Campaigns.like2009(code, dueOn);
    }

    /** A held forum on one canton of the département, run by its animateur. Returns its id. */
    static long heldForum(String campaign, String dep, String title, String canton) {
        int d = 17 + (day++ % 40);
        String date = java.time.LocalDate.of(2009, 3, 16).plusDays(d % 60).toString();
        Map<String, Object> body = Map.of("title", title, "startsAt", date + "T18:30:00", "endsAt", date + "T21:00:00",
                "venue", Map.of("name", "Salle des fêtes", "address", "Place de la mairie", "communeCode", VENUE.get(dep),
                        "capacity", 200, "accessible", true),
                "catchment", Map.of("cantons", List.of(canton)), "facilitators", List.of("animateur-" + dep),
                "invitees", List.of());
        long id = as("prefecture-" + dep).contentType("application/json").body(body)
                .post("/api/v1/campaigns/" + campaign + "/departments/" + dep + "/forums").then().log().ifValidationFails()
                .statusCode(201).extract().jsonPath().getLong("id");
        as("prefecture-" + dep).post("/api/v1/forums/" + id + "/publish").then().log().ifValidationFails().statusCode(200);
        as("prefecture-" + dep).post("/api/v1/forums/" + id + "/held").then().log().ifValidationFails().statusCode(200);
        return id;
    }

    /** Writes, submits and validates the minutes of a forum. */
    static JsonPath validatedMinutes(String dep, long forumId, int attendance, List<String> questions,
            List<String> strengths, List<String> weaknesses, List<String> proposals) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("attendance", Map.of("total", attendance, "byCategory", Map.of("public", attendance - 5, "elus", 5)));
        body.put("startedAt", "2009-04-02T18:30:00");
        body.put("endedAt", "2009-04-02T21:00:00");
        body.put("summary", "Échanges nourris avec les habitants.");
        body.put("topics", List.of());
        body.put("questions", questions.stream().map(q -> Map.of("text", q, "answer", "Réponse du commandant.")).toList());
        body.put("strengths", strengths.stream().map(t -> Map.of("text", t)).toList());
        body.put("weaknesses", weaknesses.stream().map(t -> Map.of("text", t)).toList());
        body.put("proposals", proposals.stream().map(t -> Map.of("text", t)).toList());
        String animateur = "animateur-" + dep;
        String prefecture = "prefecture-" + dep;
        String etag = as(animateur).get("/api/v1/forums/" + forumId + "/minutes").then().log().ifValidationFails()
                .statusCode(200).extract().header("ETag");
        try {
            etag = as(animateur).contentType("application/json").header("If-Match", etag)
                    .body(JSON.writeValueAsString(body)).put("/api/v1/forums/" + forumId + "/minutes")
                    .then().log().ifValidationFails().statusCode(200).extract().header("ETag");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        etag = as(animateur).header("If-Match", etag).post("/api/v1/forums/" + forumId + "/minutes/submit")
                .then().log().ifValidationFails().statusCode(200).extract().header("ETag");
        as(prefecture).header("If-Match", etag).post("/api/v1/forums/" + forumId + "/minutes/validate")
                .then().log().ifValidationFails().statusCode(200);
        return as(prefecture).get("/api/v1/forums/" + forumId + "/minutes").then().statusCode(200).extract().jsonPath();
    }

    static String synthesisPath(String campaign, String dep) {
        return "/api/v1/campaigns/" + campaign + "/departments/" + dep + "/synthesis";
    }

    /** Draft, validation and transmission of the departmental synthesis; returns the transmitted version. */
    static int transmit(String campaign, String dep) {
        String base = synthesisPath(campaign, dep);
        as("prefecture-" + dep).post(base + "/draft").then().log().ifValidationFails().statusCode(200);
        as("prefecture-" + dep).post(base + "/validate").then().log().ifValidationFails().statusCode(200);
        return as("prefecture-" + dep).post(base + "/transmit").then().log().ifValidationFails().statusCode(200)
                .extract().jsonPath().getInt("version");
    }
}
