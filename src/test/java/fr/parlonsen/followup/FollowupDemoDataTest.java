package fr.parlonsen.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.Test;

import fr.parlonsen.Fixtures;
import fr.parlonsen.campaign.Campaign;
import fr.parlonsen.demo.MinutesDemoData;
import io.quarkus.test.junit.QuarkusTest;

/** The demo data of the follow-up: commitments in every status and feedback on held forums; a second run adds nothing. */
@QuarkusTest
class FollowupDemoDataTest {
    @Inject
    Fixtures fixtures;
    @Inject
    MinutesDemoData minutes;
    @Inject
    FollowupDemoData demo;

    @Transactional
    long[] counts() {
        long campaign = Campaign.findByCode("2009").orElseThrow().id;
        return new long[] { Commitment.count("campaignId = ?1 and department = '02'", campaign),
                Feedback.count("campaignId = ?1 and department = '02'", campaign),
                CommitmentNote.count() };
    }

    @Transactional
    Set<String> statuses() {
        long campaign = Campaign.findByCode("2009").orElseThrow().id;
        return Commitment.<Commitment>list("campaignId = ?1 and department = '02'", campaign).stream()
                .map(c -> c.status).collect(Collectors.toSet());
    }

    @Test
    void seeds_every_status_and_feedback_once() {
        fixtures.ensure();
        minutes.seed();
        demo.seed();
        long[] first = counts();
        assertTrue(first[0] >= 5, "commitments: " + first[0]);
        assertTrue(first[1] > 0, "feedback: " + first[1]);
        assertTrue(statuses().containsAll(Set.of("planned", "in-progress", "done", "abandoned")), statuses().toString());
        demo.seed();
        assertEquals(first[0], counts()[0]);
        assertEquals(first[1], counts()[1]);
        assertEquals(first[2], counts()[2]);
    }
}
