package fr.parlonsen.synthesis;

import static fr.parlonsen.Fixtures.as;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Holds forums in Aisne and records their validated minutes through the API, as prefecture staff and
 * facilitators do: planning, publication, the meeting, the minutes, their validation.
 */
final class Meetings {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static int day = 0;

    private Meetings() {
    }

    /** A campaign of its own for a test class, with the themes and sub-topics of 2009. Returns its code. */
    static String campaignLike2009(String code) {
        return fr.parlonsen.Campaigns.like2009(code, "2009-05-22");
    }

    /** A held forum on one canton of Aisne, run by animateur-02. Returns its id. */
    static long heldForum(String campaign, String title, String canton) {
        int d = 17 + (day++ % 40);
        String start = java.time.LocalDate.of(2009, 3, 16).plusDays(d % 60) + "T18:30:00";
        String end = java.time.LocalDate.of(2009, 3, 16).plusDays(d % 60) + "T21:00:00";
        Map<String, Object> body = Map.of("title", title, "startsAt", start, "endsAt", end,
                "venue", Map.of("name", "Salle des fêtes", "address", "Place de la mairie", "communeCode", "02408",
                        "capacity", 200, "accessible", true),
                "catchment", Map.of("cantons", List.of(canton)), "facilitators", List.of("animateur-02"),
                "invitees", List.of());
        long id = as("prefecture-02").contentType("application/json").body(body)
                .post("/api/v1/campaigns/" + campaign + "/departments/02/forums").then().log().ifValidationFails().statusCode(201).extract().jsonPath()
                .getLong("id");
        as("prefecture-02").post("/api/v1/forums/" + id + "/publish").then().log().ifValidationFails().statusCode(200);
        as("prefecture-02").post("/api/v1/forums/" + id + "/held").then().log().ifValidationFails().statusCode(200);
        return id;
    }

    /** A published forum on one canton of Aisne, not yet marked held. Returns its id. */
    static long publishedForum(String campaign, String title, String canton) {
        Map<String, Object> body = Map.of("title", title, "startsAt", "2009-04-20T18:30:00", "endsAt", "2009-04-20T21:00:00",
                "venue", Map.of("name", "Salle des fêtes", "address", "Place de la mairie", "communeCode", "02408",
                        "capacity", 200, "accessible", true),
                "catchment", Map.of("cantons", List.of(canton)), "facilitators", List.of("animateur-02"),
                "invitees", List.of());
        long id = as("prefecture-02").contentType("application/json").body(body)
                .post("/api/v1/campaigns/" + campaign + "/departments/02/forums").then().log().ifValidationFails()
                .statusCode(201).extract().jsonPath().getLong("id");
        as("prefecture-02").post("/api/v1/forums/" + id + "/publish").then().log().ifValidationFails().statusCode(200);
        return id;
    }

    /** Writes, submits and validates the minutes of a forum. Returns the minutes as the API gives them. */
    static io.restassured.path.json.JsonPath validatedMinutes(long forumId, int attendance, List<String> questions,
            List<String> strengths, List<String> weaknesses, List<String> proposals) {
        return validatedMinutes(forumId, attendance, questions, strengths, weaknesses, proposals, null);
    }

    /** As above, every strength, weakness and proposal under {@code topic} (a sub-topic code) when given. */
    static io.restassured.path.json.JsonPath validatedMinutes(long forumId, int attendance, List<String> questions,
            List<String> strengths, List<String> weaknesses, List<String> proposals, String topic) {
        java.util.function.Function<String, Map<String, Object>> item = t -> topic == null ? Map.of("text", t)
                : Map.of("text", t, "topic", topic);
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("attendance", Map.of("total", attendance, "byCategory", Map.of("public", attendance - 5, "elus", 5)));
        body.put("startedAt", "2009-04-02T18:30:00");
        body.put("endedAt", "2009-04-02T21:00:00");
        body.put("summary", "Échanges nourris avec les habitants.");
        body.put("topics", List.of());
        body.put("questions", questions.stream().map(q -> Map.of("text", q, "answer", "Réponse du commandant.")).toList());
        body.put("strengths", strengths.stream().map(item).toList());
        body.put("weaknesses", weaknesses.stream().map(item).toList());
        body.put("proposals", proposals.stream().map(item).toList());
        String etag = as("animateur-02").get("/api/v1/forums/" + forumId + "/minutes").then().log().ifValidationFails().statusCode(200)
                .extract().header("ETag");
        try {
            etag = as("animateur-02").contentType("application/json").header("If-Match", etag)
                    .body(JSON.writeValueAsString(body)).put("/api/v1/forums/" + forumId + "/minutes")
                    .then().log().ifValidationFails().statusCode(200).extract().header("ETag");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        etag = as("animateur-02").header("If-Match", etag).post("/api/v1/forums/" + forumId + "/minutes/submit")
                .then().log().ifValidationFails().statusCode(200).extract().header("ETag");
        as("prefecture-02").header("If-Match", etag).post("/api/v1/forums/" + forumId + "/minutes/validate")
                .then().log().ifValidationFails().statusCode(200);
        return as("prefecture-02").get("/api/v1/forums/" + forumId + "/minutes").then().log().ifValidationFails().statusCode(200).extract()
                .jsonPath();
    }
}
