package fr.parlonsen.followup;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.parlonsen.Fixtures;
import fr.parlonsen.campaign.Campaign;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * Every follow-up route × every role × its own département or another: managing is the prefecture's (and the
 * admin's), reading is the département's staff and the national scope's, national indicators are national only;
 * anonymous callers get 401 on the staff API. Refused requests change nothing.
 */
@QuarkusTest
class FollowupPermissionsTest {
    static final List<String> USERS = List.of("admin", "national", "prefecture-02", "sous-prefet-02", "animateur-02",
            "moderateur-02", "prefecture-38", "sous-prefet-38", "animateur-38", "moderateur-38", "");
    static final Set<String> NATIONAL = Set.of("admin", "national");

    @Inject
    Fixtures fixtures;
    @Inject
    FollowupFixtures forums;

    @BeforeEach
    void setUp() {
        fixtures.ensure();
    }

    @Transactional
    long commitment(String dep, boolean published) {
        Commitment c = new Commitment();
        c.campaignId = Campaign.findByCode("2009").orElseThrow().id;
        c.department = dep;
        c.title = "Engagement de test " + dep;
        c.carriedBy = "préfecture";
        c.status = "planned";
        c.published = published;
        c.createdAt = Instant.now();
        c.updatedAt = c.createdAt;
        c.persist();
        return c.id;
    }

    static RequestSpecification as(String user) {
        return user.isEmpty() ? given() : Fixtures.as(user);
    }

    static boolean reads(String user, String dep) {
        return NATIONAL.contains(user) || user.endsWith("-" + dep);
    }

    static boolean manages(String user, String dep) {
        return user.equals("admin") || user.equals("prefecture-" + dep);
    }

    @Test
    void every_route_for_every_role_and_departement() {
        List<String> failures = new ArrayList<>();
        for (String dep : List.of("02", "38")) {
            long c = commitment(dep, false);
            long forum = forums.forumHeldNow(dep);
            String list = "/api/v1/campaigns/2009/departments/" + dep + "/commitments";
            for (String u : USERS) {
                int read = u.isEmpty() ? 401 : reads(u, dep) ? 200 : 403;
                check(failures, u, "GET " + list, as(u).get(list).statusCode(), read);
                check(failures, u, "GET commitment " + dep, as(u).get("/api/v1/commitments/" + c).statusCode(), read);
                check(failures, u, "GET qr.png " + dep,
                        as(u).get("/api/v1/forums/" + forum + "/feedback/qr.png").statusCode(), read);
                check(failures, u, "GET qr.svg " + dep,
                        as(u).get("/api/v1/forums/" + forum + "/feedback/qr.svg").statusCode(), read);
                check(failures, u, "GET indicators " + dep,
                        as(u).get("/api/v1/campaigns/2009/departments/" + dep + "/indicators").statusCode(), read);
                int write = u.isEmpty() ? 401 : manages(u, dep) ? -1 : 403;
                // allowed writes reach validation (422) or the version check (428): nothing is changed here
                check(failures, u, "POST " + list,
                        as(u).contentType("application/json").body("{}").post(list).statusCode(), write == -1 ? 422 : write);
                check(failures, u, "PUT commitment " + dep, as(u).contentType("application/json").body("{}")
                        .put("/api/v1/commitments/" + c).statusCode(), write == -1 ? 428 : write);
                check(failures, u, "POST notes " + dep, as(u).contentType("application/json").body("{\"text\":\"\"}")
                        .post("/api/v1/commitments/" + c + "/notes").statusCode(), write == -1 ? 422 : write);
                if (!u.isEmpty()) {
                    int page = reads(u, dep) ? 200 : 403;
                    check(failures, u, "page /gestion/suivi " + dep,
                            pageStatus(u, "/gestion/suivi?departement=" + dep + "&campagne=2009"), page);
                    check(failures, u, "page commitment " + dep, pageStatus(u, "/gestion/suivi/engagements/" + c), page);
                    check(failures, u, "page forum feedback " + dep, pageStatus(u, "/gestion/forums/" + forum + "/avis"),
                            page);
                }
            }
            // anonymous readers: published only
            check(failures, "", "public json " + dep,
                    given().get("/api/v1/public/campaigns/2009/departments/" + dep + "/commitments.json").statusCode(), 200);
        }
        for (String u : USERS) {
            int expected = u.isEmpty() ? 401 : NATIONAL.contains(u) ? 200 : 403;
            check(failures, u, "GET national indicators",
                    as(u).get("/api/v1/campaigns/2009/national/indicators").statusCode(), expected);
            if (!u.isEmpty()) {
                check(failures, u, "page /gestion/suivi/national", pageStatus(u, "/gestion/suivi/national?campagne=2009"),
                        expected);
            }
        }
        assertEquals(List.of(), failures);
    }

    static final java.util.Map<String, fr.parlonsen.PageSession> SESSIONS = new java.util.HashMap<>();

    static int pageStatus(String user, String path) {
        return SESSIONS.computeIfAbsent(user, fr.parlonsen.PageSession::login).get(path).statusCode();
    }

    private static void check(List<String> failures, String user, String what, int actual, int expected) {
        if (actual != expected) {
            failures.add((user.isEmpty() ? "anonyme" : user) + " " + what + " : " + actual + " au lieu de " + expected);
        }
    }
}
