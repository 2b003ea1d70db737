package fr.parlonsen.web;

import static fr.parlonsen.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.parlonsen.Fixtures;
import fr.parlonsen.ForumFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Concurrency is input too: the same creation sent at once (one 201, the others 409), the same Idempotency-Key at
 * once (every answer the first one, one question), two updates of one version at once (one 200, one 412).
 * Never a 500.
 */
@QuarkusTest
class ConcurrentRequestsTest {
    static final int AT_ONCE = 8;
    static final ExecutorService POOL = Executors.newFixedThreadPool(AT_ONCE);

    @Inject
    fr.parlonsen.PublicQuestionForms publicForms;
    @Inject
    Fixtures fixtures;
    @Inject
    ForumFixtures forums;
    @Inject
    fr.parlonsen.security.RateLimiter limiter;

    @BeforeEach
    void setUp() {
        publicForms.open();
    }

    @org.junit.jupiter.api.AfterEach
    void removeTokens() {
        publicForms.close();
    }

    @AfterAll
    static void stop() {
        POOL.shutdownNow();
    }

    static List<Response> atOnce(int n, java.util.function.IntFunction<Response> call) throws Exception {
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = i;
            calls.add(() -> call.apply(k));
        }
        List<Response> out = new ArrayList<>();
        for (Future<Response> f : POOL.invokeAll(calls, 60, TimeUnit.SECONDS)) {
            out.add(f.get());
        }
        return out;
    }

    static Map<Integer, Integer> statuses(List<Response> responses) {
        Map<Integer, Integer> out = new TreeMap<>();
        responses.forEach(r -> out.merge(r.statusCode(), 1, Integer::sum));
        return out;
    }

    @Test
    void the_same_new_account_sent_at_once_is_created_once_the_others_get_409() throws Exception {
        for (int round = 0; round < 5; round++) {
            String username = "double-" + round + "-" + (System.nanoTime() % 100_000);
            String body = "{\"username\":\"" + username + "\",\"password\":\"mot-de-passe-solide-2009\","
                    + "\"displayName\":\"Doublon\",\"roles\":[\"facilitator\"],\"department\":\"02\"}";
            List<Response> rs = atOnce(AT_ONCE, i -> as("admin").contentType("application/json").body(body)
                    .post("/api/v1/users"));
            assertEquals(Map.of(201, 1, 409, AT_ONCE - 1), statuses(rs), username);
            rs.stream().filter(r -> r.statusCode() == 409).forEach(r -> assertEquals("application/problem+json",
                    r.contentType().split(";")[0]));
        }
    }

    @Test
    void the_same_new_campaign_sent_at_once_is_created_once_the_others_get_409() throws Exception {
        Object themes = as("admin").get("/api/v1/campaigns").jsonPath().<Map<String, Object>>getList("$").stream()
                .filter(c -> "2009".equals(String.valueOf(c.get("code")))).findFirst().orElseThrow().get("themes");
        for (int round = 0; round < 3; round++) {
            String code = "doublon-" + round + "-" + (System.nanoTime() % 100_000);
            Map<String, Object> body = Map.of("code", code, "title", "Campagne en double", "startsOn", "2010-03-01",
                    "endsOn", "2010-05-01", "synthesisDueOn", "2010-05-15", "themes", themes);
            List<Response> rs = atOnce(AT_ONCE, i -> as("admin").contentType("application/json").body(body)
                    .post("/api/v1/campaigns"));
            Map<Integer, Integer> s = statuses(rs);
            assertTrue(s.keySet().stream().allMatch(k -> k < 500), code + " " + s);
            assertEquals(Map.of(201, 1, 409, AT_ONCE - 1), s, code);
        }
    }

    @Test
    void the_same_idempotency_key_sent_at_once_gets_the_first_answer_every_time() throws Exception {
        long forum = forums.heldAisneForum();
        for (int round = 0; round < 5; round++) {
            String key = UUID.randomUUID().toString();
            String body = "{\"text\":\"Pourquoi la brigade ferme-t-elle le dimanche ? (" + round + ")\"}";
            List<Response> rs = atOnce(AT_ONCE, i -> given().header("Idempotency-Key", key)
                    .contentType("application/json").body(body).post("/api/v1/public/forums/" + forum + "/questions"));
            assertEquals(Map.of(202, AT_ONCE), statuses(rs), "round " + round);
            Set<Long> ids = new HashSet<>();
            rs.forEach(r -> ids.add(r.jsonPath().getLong("id")));
            assertEquals(1, ids.size(), "one question, the first answer for all: " + ids);
            limiter.reset(fr.parlonsen.question.QuestionSubmission.RATE_BUCKET);
        }
    }

    @Test
    void two_updates_of_one_account_version_at_once_one_wins_the_other_gets_412() throws Exception {
        for (int pair = 0; pair < 10; pair++) {
            String etag = as("admin").get("/api/v1/users/animateur-38").then().statusCode(200).extract().header("ETag");
            int p = pair;
            List<Response> rs = atOnce(2, i -> as("admin").contentType("application/json").header("If-Match", etag)
                    .body("{\"displayName\":\"Animateur " + p + (i == 0 ? "A" : "B") + "\",\"roles\":[\"facilitator\"],"
                            + "\"department\":\"38\"}")
                    .put("/api/v1/users/animateur-38"));
            assertEquals(Map.of(200, 1, 412, 1), statuses(rs), "pair " + pair);
            String winner = rs.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow()
                    .jsonPath().getString("displayName");
            assertEquals(winner, as("admin").get("/api/v1/users/animateur-38").jsonPath().getString("displayName"));
        }
        as("admin").contentType("application/json").body("{\"displayName\":\"x\",\"roles\":[\"facilitator\"],"
                + "\"department\":\"38\"}").put("/api/v1/users/animateur-38").then().statusCode(428);
        fixtures.resetAccounts();
    }
}
