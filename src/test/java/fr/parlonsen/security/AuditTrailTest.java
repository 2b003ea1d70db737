package fr.parlonsen.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.parlonsen.Fixtures;
import fr.parlonsen.PageSession;
import io.quarkus.test.junit.QuarkusTest;

/** Every security event leaves a trace the admin can read, through the API and a page; old traces are purged. */
@QuarkusTest
class AuditTrailTest {
    @Inject
    Fixtures fixtures;
    @Inject
    SecurityJobs jobs;
    @Inject
    EntityManager em;

    @BeforeEach
    void setUp() {
        fixtures.ensure();
    }

    static List<Map<String, Object>> events(String since) {
        return Fixtures.as("admin").get("/api/v1/audit?type=security&since=" + since).then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    static boolean has(List<Map<String, Object>> events, String action, String actor, String targetPart) {
        return events.stream().anyMatch(e -> action.equals(e.get("action")) && (actor == null || actor.equals(e.get("actor")))
                && (targetPart == null || String.valueOf(e.get("target")).contains(targetPart)));
    }

    @Test
    void sign_ins_refusals_account_changes_and_exports_are_written() throws InterruptedException {
        String since = Instant.now().minusSeconds(2).toString();
        String name = "audite-" + System.nanoTime();
        PasswordGuessingTest.form("prefecture-02", "pas-le-bon");
        PageSession.login("prefecture-02");
        given().auth().preemptive().basic("prefecture-02", "toujours-pas").get("/api/v1/users");
        Fixtures.as("animateur-02").get("/api/v1/users").then().statusCode(403);
        Fixtures.as("admin").contentType("application/json").body("{\"username\":\"" + name + "\",\"password\":\""
                + "mot-de-passe-long-2009\",\"displayName\":\"A\",\"roles\":[\"facilitator\"],\"department\":\"02\"}")
                .post("/api/v1/users").then().statusCode(201);
        Fixtures.as("admin").contentType("application/json").body("{\"displayName\":\"A\",\"password\":"
                + "\"nouveau-mot-de-passe-2009\",\"roles\":[\"moderator\"],\"department\":\"02\"}")
                .header("If-Match", Fixtures.as("admin").get("/api/v1/users/" + name).header("ETag"))
                .put("/api/v1/users/" + name).then().statusCode(200);
        Fixtures.as("admin").delete("/api/v1/users/" + name).then().statusCode(204);
        Fixtures.as("prefecture-02").post("/api/v1/campaigns/2009/departments/02/synthesis/draft").then()
                .statusCode(org.hamcrest.Matchers.lessThan(300));
        Fixtures.as("prefecture-02").get("/api/v1/campaigns/2009/departments/02/synthesis.pdf").then().statusCode(200);
        Thread.sleep(300); // the 403 is written once the answer left

        List<Map<String, Object>> events = events(since);
        assertTrue(has(events, "sign-in-failed", "prefecture-02", "formulaire"), events.toString());
        assertTrue(has(events, "sign-in", "prefecture-02", null));
        assertTrue(has(events, "sign-in-failed", "prefecture-02", "basic"));
        assertTrue(has(events, "forbidden", "animateur-02", "/api/v1/users"));
        assertTrue(has(events, "user-created", "admin", name));
        assertTrue(has(events, "user-updated", "admin", name));
        assertTrue(has(events, "password-reset", "admin", name));
        assertTrue(has(events, "user-disabled", "admin", name));
        assertTrue(has(events, "synthesis-exported", "prefecture-02", "02"));
        Map<String, Object> e = events.get(0);
        for (String field : List.of("at", "actor", "action", "target", "address", "outcome")) {
            assertTrue(e.containsKey(field), field);
        }
        assertTrue(Instant.parse(String.valueOf(events.get(0).get("at")))
                .compareTo(Instant.parse(String.valueOf(events.get(events.size() - 1).get("at")))) >= 0, "newest first");
    }

    @Test
    void only_the_admin_reads_the_trail_and_it_has_a_page() {
        Fixtures.as("national").get("/api/v1/audit?type=security").then().statusCode(403);
        Fixtures.as("admin").get("/api/v1/audit?type=security&since=pas-une-date").then().statusCode(422);
        PageSession admin = PageSession.login("admin");
        String html = admin.get("/gestion/comptes/journal").then().statusCode(200).extract().asString();
        assertTrue(html.contains("Journal de sécurité") && html.contains("Connexion refusée"), html);
        assertEquals(403, PageSession.login("prefecture-02").get("/gestion/comptes/journal").statusCode());
    }

    @Transactional
    void oldEvent(String target, int monthsAgo) {
        em.createNativeQuery("INSERT INTO security_audit (at, actor, action, target, outcome) VALUES "
                + "(?1, 'admin', 'sign-in', ?2, 'success')")
                .setParameter(1, java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).minusMonths(monthsAgo))
                .setParameter(2, target).executeUpdate();
    }

    @Transactional
    long count(String target) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM security_audit WHERE target = ?1")
                .setParameter(1, target).getSingleResult()).longValue();
    }

    @Test
    void events_older_than_the_retention_are_purged() {
        String old = "ancien-" + System.nanoTime();
        String recent = "recent-" + System.nanoTime();
        oldEvent(old, 13);
        oldEvent(recent, 5);
        jobs.purge();
        assertEquals(0, count(old));
        assertEquals(1, count(recent));
        assertTrue(jobs.retention() >= 6 && jobs.retention() <= 12);
    }
}
