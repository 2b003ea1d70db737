package fr.parlonsen.synthesis;

import static fr.parlonsen.Fixtures.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.parlonsen.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Two editors PUT the same revision at once: one wins, the other gets 412 and nothing of the winner is lost. Every
 * change of the items moves the ETag. Concurrent builds and validations never answer 500.
 */
@QuarkusTest
class SynthesisLostUpdateTest {
    static final String C = "synthese-concurrence";
    static final String BASE = "/api/v1/campaigns/" + C + "/departments/02/synthesis";
    static final int PAIRS = 25;
    static final ExecutorService POOL = Executors.newFixedThreadPool(8);
    static boolean ready;

    @Inject
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures.ensure();
        if (!ready) {
            Meetings.campaignLike2009(C);
            Meetings.validatedMinutes(Meetings.heldForum(C, "Forum de Chauny", "0205"), 40,
                    List.of("Pourquoi la gendarmerie ferme-t-elle le week-end ?"), List.of("Bonne écoute des élus"),
                    List.of("Trop peu de patrouilles la nuit"), List.of("Ouvrir un point d'accueil le samedi"));
            as("prefecture-02").post(BASE + "/draft").then().statusCode(200);
            ready = true;
        }
    }

    @AfterAll
    static void stop() {
        POOL.shutdownNow();
    }

    static Response put(String etag, String text) {
        Response current = as("prefecture-02").get(BASE);
        return as("prefecture-02").contentType("application/json").header("If-Match", etag)
                .body(SynthesisApiTest.editBody(current.jsonPath(), text)).put(BASE);
    }

    @Test
    void of_two_concurrent_edits_of_one_revision_one_wins_and_the_other_gets_412() throws Exception {
        for (int pair = 0; pair < PAIRS; pair++) {
            Response read = as("prefecture-02").get(BASE);
            String etag = read.header("ETag");
            Map<String, Object> a = SynthesisApiTest.editBody(read.jsonPath(), "Rédaction A " + pair);
            Map<String, Object> b = SynthesisApiTest.editBody(read.jsonPath(), "Rédaction B " + pair);
            List<CompletableFuture<Response>> both = new ArrayList<>();
            for (Map<String, Object> body : List.of(a, b)) {
                both.add(CompletableFuture.supplyAsync(() -> as("prefecture-02").contentType("application/json")
                        .header("If-Match", etag).body(body).put(BASE), POOL));
            }
            List<Integer> statuses = new ArrayList<>();
            String winner = null;
            for (int i = 0; i < 2; i++) {
                Response r = both.get(i).get(30, TimeUnit.SECONDS);
                statuses.add(r.statusCode());
                if (r.statusCode() == 200) {
                    winner = i == 0 ? "Rédaction A " + pair : "Rédaction B " + pair;
                    assertNotEquals(etag, r.header("ETag"), "an edit moves the ETag");
                }
            }
            statuses.sort(null);
            assertEquals(List.of(200, 412), statuses, "pair " + pair);
            assertTrue(as("prefecture-02").get(BASE).asString().contains(winner), "the winner's edit is kept");
        }
    }

    @Test
    void an_edit_from_a_revision_already_edited_gets_412() {
        String etag = as("prefecture-02").get(BASE).header("ETag");
        Response first = put(etag, "Première rédaction");
        assertEquals(200, first.statusCode(), first.asString());
        Response second = put(etag, "Seconde rédaction, partie de la même révision");
        assertEquals(412, second.statusCode(), second.asString());
        String now = as("prefecture-02").get(BASE).asString();
        assertTrue(now.contains("Première rédaction") && !now.contains("Seconde rédaction"));
    }

    @Test
    void a_rebuild_moves_the_etag_and_concurrent_builds_and_validations_never_fail_with_500() throws Exception {
        String before = as("prefecture-02").get(BASE).header("ETag");
        as("prefecture-02").post(BASE + "/draft").then().statusCode(200);
        assertNotEquals(before, as("prefecture-02").get(BASE).header("ETag"));
        List<CompletableFuture<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String path = i % 3 == 2 ? BASE + "/validate" : BASE + "/draft";
            calls.add(CompletableFuture.supplyAsync(() -> as("prefecture-02").post(path).statusCode(), POOL));
        }
        for (CompletableFuture<Integer> c : calls) {
            int status = c.get(60, TimeUnit.SECONDS);
            assertTrue(status == 200 || status == 409, "status " + status);
        }
    }
}
