package fr.parlonsen.forum;

import static fr.parlonsen.Fixtures.as;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;

/** Builds forum plans through the API, each test in a campaign of its own so that coverage figures stay exact. */
final class Plans {
    private Plans() {
    }

    /** A new campaign with the 2009 window (16 March – 18 May 2009); returns its id. */
    static long newCampaign() {
        Map<String, Object> body = Map.of("code", "t-" + UUID.randomUUID().toString().substring(0, 8),
                "title", "Campagne de test", "startsOn", "2009-03-16", "endsOn", "2009-05-18",
                "synthesisDueOn", "2009-05-22",
                "themes", List.of(Map.of("code", "devoir", "title", "La sécurité, un devoir",
                        "topics", List.of(Map.of("code", "proximite.cambriolages", "title", "Cambriolages")))));
        return as("admin").contentType(ContentType.JSON).body(body).post("/api/v1/campaigns").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /** A valid forum body: 18:30–20:30 on the given day, catchment of the given kind. */
    static Map<String, Object> forum(String title, String day, String kind, List<String> codes) {
        Map<String, Object> venue = new LinkedHashMap<>();
        venue.put("name", "Salle des fêtes");
        venue.put("address", "Place de la mairie");
        venue.put("communeCode", "02408");
        venue.put("capacity", 150);
        venue.put("accessible", true);
        venue.put("access", "Parking place de l'Hôtel de ville.");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("startsAt", day + "T18:30:00+01:00");
        body.put("endsAt", day + "T20:30:00+01:00");
        body.put("venue", venue);
        body.put("catchment", Map.of(kind, codes));
        body.put("facilitators", new ArrayList<>(List.of("animateur-02")));
        body.put("invitees", List.of(Map.of("name", "Jean Maire", "role", "elu", "organisation", "Mairie de Laon",
                "email", "maire@laon.example")));
        return body;
    }

    static Map<String, Object> forum(String title, String day, String... cantons) {
        return forum(title, day, "cantons", List.of(cantons));
    }

    /** Creates the forum as that user in the Aisne; returns its id. */
    static long create(String user, long campaign, Map<String, Object> body) {
        return as(user).contentType(ContentType.JSON).body(body)
                .post("/api/v1/campaigns/" + campaign + "/departments/02/forums").then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }
}
