package fr.parlonsen.followup;

import static fr.parlonsen.Fixtures.as;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.parlonsen.campaign.Campaign;
import fr.parlonsen.forum.Forum;
import fr.parlonsen.forum.ForumStatus;
import io.restassured.path.json.JsonPath;

/**
 * The follow-up's test data, made as people do through the API: a campaign of its own, held Aisne forums with
 * validated minutes, a validated synthesis; and forums held today (entities) for the feedback form.
 */
@ApplicationScoped
public class FollowupFixtures {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static int day;

    /** A campaign like 2009 (its themes), under its own code. */
    public static String campaign(String code) {
        return fr.parlonsen.Campaigns.like2009(code, "2009-05-22");
    }

    /** A held Aisne forum on a canton, with validated minutes holding these proposals. */
    public static long heldForumWithProposals(String campaign, String title, String canton, int attendance,
            List<String> proposals) {
        int d = 17 + (day++ % 40);
        String date = java.time.LocalDate.of(2009, 3, 16).plusDays(d % 60).toString();
        Map<String, Object> body = Map.of("title", title, "startsAt", date + "T18:30:00", "endsAt", date + "T21:00:00",
                "venue", Map.of("name", "Salle des fêtes", "address", "Place de la mairie", "communeCode", "02408",
                        "capacity", 200, "accessible", true),
                "catchment", Map.of("cantons", List.of(canton)), "facilitators", List.of("animateur-02"),
                "invitees", List.of());
        long id = as("prefecture-02").contentType("application/json").body(body)
                .post("/api/v1/campaigns/" + campaign + "/departments/02/forums").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        as("prefecture-02").post("/api/v1/forums/" + id + "/publish").then().statusCode(200);
        as("prefecture-02").post("/api/v1/forums/" + id + "/held").then().statusCode(200);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("attendance", Map.of("total", attendance, "byCategory", Map.of("public", attendance - 5, "elus", 5)));
        m.put("startedAt", date + "T18:30:00");
        m.put("endedAt", date + "T21:00:00");
        m.put("summary", "Échanges nourris avec les habitants.");
        m.put("topics", List.of());
        m.put("questions", List.of());
        m.put("strengths", List.of(Map.of("text", "Bonne présence de la gendarmerie aux sorties d'école.")));
        m.put("weaknesses", List.of());
        m.put("proposals", proposals.stream().map(t -> Map.of("text", t)).toList());
        String etag = as("animateur-02").get("/api/v1/forums/" + id + "/minutes").then().statusCode(200).extract()
                .header("ETag");
        try {
            etag = as("animateur-02").contentType("application/json").header("If-Match", etag)
                    .body(JSON.writeValueAsString(m)).put("/api/v1/forums/" + id + "/minutes").then().statusCode(200)
                    .extract().header("ETag");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        etag = as("animateur-02").header("If-Match", etag).post("/api/v1/forums/" + id + "/minutes/submit").then()
                .statusCode(200).extract().header("ETag");
        as("prefecture-02").header("If-Match", etag).post("/api/v1/forums/" + id + "/minutes/validate").then()
                .statusCode(200);
        return id;
    }

    /** Builds and validates the Aisne synthesis of the campaign; returns it as the API gives it. */
    public static JsonPath validatedSynthesis(String campaign) {
        String base = "/api/v1/campaigns/" + campaign + "/departments/02/synthesis";
        as("prefecture-02").post(base + "/draft").then().statusCode(200);
        as("prefecture-02").post(base + "/validate").then().statusCode(200);
        return as("prefecture-02").get(base).then().statusCode(200).extract().jsonPath();
    }

    /** The ids of the proposal items of a synthesis. */
    public static List<Long> proposalIds(JsonPath synthesis) {
        return synthesis.<Number>getList("sections.find { it.kind == 'proposals' }.items.id").stream()
                .map(Number::longValue).toList();
    }

    /** A forum held now (its feedback form open), in Aisne or Isère. */
    @Transactional
    public long forumHeldNow(String department) {
        return forum(department, LocalDateTime.now(java.time.ZoneId.of("Europe/Paris")).minusHours(1), ForumStatus.HELD);
    }

    @Transactional
    public long forum(String department, LocalDateTime start, ForumStatus status) {
        Forum f = new Forum();
        f.campaign = Campaign.findByCode("2009").orElseThrow();
        f.department = department;
        f.title = "Forum d'évaluation " + department + " " + System.nanoTime();
        f.startsAt = start;
        f.endsAt = start.plusHours(2);
        f.status = status;
        f.venueName = "Salle des fêtes";
        f.venueCommune = "02".equals(department) ? "02722" : "38544";
        f.catchmentKind = "arrondissements";
        f.catchment.add("02".equals(department) ? "024" : "383");
        f.arrondissements.add("02".equals(department) ? "024" : "383");
        f.facilitators.addAll(Set.of("02".equals(department) ? "animateur-02" : "animateur-38"));
        f.createdBy = "test";
        f.persist();
        return f.id;
    }
}
