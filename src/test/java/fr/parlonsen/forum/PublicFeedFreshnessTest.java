package fr.parlonsen.forum;

import static fr.parlonsen.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.parlonsen.Fixtures;
import fr.parlonsen.web.PublicCache;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The public feeds and pages answered from memory (PublicCache): validators and 304, gzip, a change visible at
 * once on the replica that made it and within the poll interval on the others (simulated by bumping the
 * generation in the database, as another replica does), logged-in pages never stored nor public.
 */
@QuarkusTest
class PublicFeedFreshnessTest {
    @Inject
    Fixtures fixtures;
    @Inject
    EntityManager em;
    @Inject
    PublicCache cache;
    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    void setUp() {
        fixtures.ensure();
    }

    long publishedForum(long campaign, String title) {
        long id = Plans.create("prefecture-02", campaign, Plans.forum(title, "2009-03-20", "0209"));
        as("prefecture-02").post("/api/v1/forums/" + id + "/publish").then().statusCode(200);
        return id;
    }

    @Test
    void feeds_carry_validators_and_answer_304_to_a_poller_that_has_the_current_copy() {
        long campaign = Plans.newCampaign();
        publishedForum(campaign, "Forum de Laon");
        for (String feed : new String[] { "forums.json", "forums.ics", "forums.csv" }) {
            String url = "/api/v1/public/campaigns/" + campaign + "/" + feed + "?department=02";
            Response first = given().get(url);
            first.then().statusCode(200).header("Cache-Control", "public, max-age=60");
            String etag = first.header("ETag");
            String lastModified = first.header("Last-Modified");
            assertNotNull(etag, feed);
            assertNotNull(lastModified, feed);
            Response second = given().get(url);
            // the same bytes, the same ETag (a "-gz" suffix for the gzip copy served from memory)
            assertEquals(etag.replace("-gz", ""), second.header("ETag").replace("-gz", ""), feed);
            assertEquals(first.asString(), second.asString());
            given().header("If-None-Match", etag).get(url).then().statusCode(304);
            given().header("If-Modified-Since", lastModified).get(url).then().statusCode(304);
            given().header("If-None-Match", "\"autre\"").get(url).then().statusCode(200);
        }
    }

    @Test
    void gzip_is_served_precompressed_to_clients_that_accept_it() {
        long campaign = Plans.newCampaign();
        publishedForum(campaign, "Forum de Laon");
        String url = "/api/v1/public/campaigns/" + campaign + "/forums.ics?department=02";
        String plain = given().get(url).asString();
        given().get(url); // from memory from now on
        Response zipped = given().config(RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig()
                .contentDecoders(DecoderConfig.ContentDecoder.GZIP))).header("Accept-Encoding", "gzip").get(url);
        zipped.then().statusCode(200).header("Content-Encoding", "gzip").header("Vary", "Accept-Encoding");
        assertEquals(plain, zipped.asString());
    }

    @Test
    void a_change_through_this_replica_shows_at_once_and_changes_the_etag() {
        long campaign = Plans.newCampaign();
        long id = publishedForum(campaign, "Forum de Laon");
        String json = "/api/v1/public/campaigns/" + campaign + "/forums.json?department=02";
        String page = "/forums/" + id;
        String etag = given().get(json).header("ETag");
        given().get(page).then().statusCode(200);
        given().get(page).then().statusCode(200);
        String version = as("prefecture-02").get("/api/v1/forums/" + id).header("ETag");
        Map<String, Object> body = Plans.forum("Forum de Laon, nouvelle salle", "2009-03-20", "0209");
        as("prefecture-02").contentType(ContentType.JSON).header("If-Match", version).body(body)
                .put("/api/v1/forums/" + id).then().statusCode(200);
        Response after = given().get(json);
        assertTrue(after.asString().contains("nouvelle salle"), after.asString());
        assertNotEquals(etag, after.header("ETag"));
        assertTrue(given().get(page).asString().contains("nouvelle salle"));
    }

    @Test
    void a_change_made_by_another_replica_shows_within_the_poll_interval() throws InterruptedException {
        long campaign = Plans.newCampaign();
        long id = publishedForum(campaign, "Forum de Chauny");
        String json = "/api/v1/public/campaigns/" + campaign + "/forums.json?department=02";
        given().get(json);
        given().get(json);
        // another replica commits a change and bumps the generation: this replica only learns it from the database
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("UPDATE forum SET title = 'Forum de Chauny (autre instance)' WHERE id = ?1")
                    .setParameter(1, id).executeUpdate();
            em.createNativeQuery("UPDATE public_generation SET generation = generation + 1, changed_at = UTC_TIMESTAMP(3) "
                    + "WHERE topic = 'forum'").executeUpdate();
        });
        long start = System.nanoTime();
        String body = "";
        while (System.nanoTime() - start < 15_000_000_000L) {
            body = given().get(json).asString();
            if (body.contains("autre instance")) {
                break;
            }
            Thread.sleep(100);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(body.contains("autre instance"), "not visible after " + seconds + " s");
        assertTrue(seconds < 15, "visible after " + seconds + " s (poll 1 s; slack for a loaded machine)");
    }

    @Test
    void a_logged_in_visitor_gets_a_page_of_their_own_never_stored() {
        long campaign = Plans.newCampaign();
        publishedForum(campaign, "Forum de Laon");
        String page = "/departements/02/forums?campagne=" + campaign;
        given().get(page).then().statusCode(200).header("Cache-Control", "public, max-age=60");
        given().get(page).then().statusCode(200);
        Response mine = as("prefecture-02").get(page);
        mine.then().statusCode(200).header("Cache-Control", "private, no-store");
        assertTrue(mine.asString().contains("id=\"utilisateur\""), "the logged-in header");
        String anonymous = given().get(page).asString();
        assertTrue(!anonymous.contains("id=\"utilisateur\""), "the anonymous page stays anonymous");
    }

    @Test
    void visitors_arriving_together_at_a_page_not_yet_rendered_cost_one_render() throws Exception {
        long campaign = Plans.newCampaign();
        publishedForum(campaign, "Forum de Laon");
        URI uri = base.toURI().resolve("/api/v1/public/campaigns/" + campaign + "/forums.json?department=02&ensemble="
                + System.nanoTime());
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long renders = cache.counters()[1];
        List<CompletableFuture<HttpResponse<String>>> all = new ArrayList<>();
        for (int i = 0; i < 48; i++) {
            all.add(http.sendAsync(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString()));
        }
        Set<String> bodies = new HashSet<>();
        for (CompletableFuture<HttpResponse<String>> r : all) {
            HttpResponse<String> answer = r.get();
            assertEquals(200, answer.statusCode(), answer.body());
            bodies.add(answer.body());
        }
        assertEquals(1, bodies.size(), "every visitor gets the same page");
        assertEquals(1, cache.counters()[1] - renders, "one render for 48 visitors (the others waited for it)");
    }
}
