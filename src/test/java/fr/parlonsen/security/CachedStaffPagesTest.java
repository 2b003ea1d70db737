package fr.parlonsen.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.parlonsen.Fixtures;
import fr.parlonsen.ForumFixtures;
import fr.parlonsen.PageSession;
import fr.parlonsen.forum.ForumStatus;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * A shared cache between the agents and the site (a prefecture's proxy, a CDN) must never keep a page made for a
 * signed-in agent (their name and CSRF token are in it), nor hand a cookie to every visitor.
 */
@QuarkusTest
class CachedStaffPagesTest {
    @Inject
    Fixtures fixtures;
    @Inject
    ForumFixtures forums;

    long forum;

    @BeforeEach
    void setUp() {
        fixtures.ensure();
        forum = forums.heldForum("02", Set.of("animateur-02"), Set.of("024"), ForumStatus.PUBLISHED);
    }

    @Test
    void a_public_page_is_cacheable_for_visitors_and_carries_no_cookie() {
        for (String path : new String[] { "/departements/02/forums", "/forums/" + forum,
                "/api/v1/public/campaigns/2009/forums.json?department=02" }) {
            Response r = given().redirects().follow(false).get(path);
            assertEquals(200, r.statusCode(), path);
            assertTrue(r.header("Cache-Control").startsWith("public"), path + " " + r.header("Cache-Control"));
            assertNull(r.header("Set-Cookie"), path);
        }
    }

    @Test
    void the_same_public_page_seen_by_a_signed_in_agent_is_private_and_not_stored() {
        PageSession agent = PageSession.login("prefecture-02");
        for (String path : new String[] { "/departements/02/forums", "/forums/" + forum, "/", "/gestion" }) {
            Response r = agent.get(path);
            assertEquals(200, r.statusCode(), path);
            assertEquals("private, no-store", r.header("Cache-Control"), path);
        }
        Response api = Fixtures.as("prefecture-02").get("/api/v1/public/campaigns/2009/forums.json?department=02");
        assertEquals("private, no-store", api.header("Cache-Control"));
    }
}
