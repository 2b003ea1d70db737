package fr.parlonsen.minutes;

import static fr.parlonsen.Fixtures.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.parlonsen.Fixtures;
import fr.parlonsen.ForumFixtures;
import fr.parlonsen.demo.MinutesDemoData;
import io.quarkus.test.junit.QuarkusTest;

/** The demo data: minutes and questions in every state; seeding twice changes nothing. */
@QuarkusTest
class MinutesDemoDataTest {
    @Inject
    Fixtures fixtures;
    @Inject
    ForumFixtures forums;
    @Inject
    MinutesDemoData demo;
    @Inject
    fr.parlonsen.security.RateLimiter limiter;

    @BeforeEach
    void setUp() {
        fixtures.ensure();
        limiter.reset(fr.parlonsen.question.QuestionSubmission.RATE_BUCKET);
    }

    static String status(long forum) {
        return as("admin").get("/api/v1/forums/" + forum + "/minutes").then().statusCode(200).extract().jsonPath()
                .getString("status") + "/" + as("admin").get("/api/v1/forums/" + forum + "/minutes/audit").then()
                        .extract().jsonPath().getString("[0].action");
    }

    @Test
    void demo_minutes_and_questions_cover_every_state_and_seeding_is_idempotent() {
        List<Long> ids = List.of(forums.heldAisneForum(), forums.heldAisneForum(), forums.heldAisneForum(),
                forums.heldAisneForum());
        demo.seedOn(ids);
        List<String> states = ids.stream().map(MinutesDemoDataTest::status).toList();
        assertEquals(List.of("validated/validate", "submitted/submit", "draft/reopen", "draft/save"), states);
        List<Map<String, Object>> questions = as("admin").get("/api/v1/campaigns/2009/departments/02/questions")
                .then().statusCode(200).extract().jsonPath().getList("$");
        Set<Object> questionStates = Set.copyOf(questions.stream().map(q -> q.get("status")).toList());
        assertTrue(questionStates.containsAll(Set.of("pending", "published", "rejected")), questionStates::toString);
        assertTrue(questions.stream().anyMatch(q -> "published".equals(q.get("status")) && q.get("answer") != null));
        assertTrue(questions.stream().anyMatch(q -> "minutes".equals(q.get("source"))),
                "the validated minutes' questions join the pool");

        demo.seedOn(ids);
        demo.seed();
        assertEquals(states, ids.stream().map(MinutesDemoDataTest::status).toList());
        int count = as("admin").get("/api/v1/campaigns/2009/departments/02/questions").then().extract().jsonPath()
                .getList("$").size();
        demo.seed();
        assertEquals(count, as("admin").get("/api/v1/campaigns/2009/departments/02/questions").then().extract()
                .jsonPath().getList("$").size());
    }

    @Test
    void seeding_again_on_an_existing_demo_database_passes_over_held_forums_without_a_facilitator() {
        // the state of a demo database seeded by an older version: a held forum nobody runs, before the others
        forums.heldForum("02", Set.of(), Set.of("024"), fr.parlonsen.forum.ForumStatus.HELD);
        demo.seed(); // used to fail: "Ce forum n'est pas dans votre périmètre" (no facilitator may write its minutes)
        demo.seed();
    }
}
