package fr.parlonsen.forum;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import fr.parlonsen.Fixtures;
import fr.parlonsen.forum.ForumForms.CatchmentInput;
import fr.parlonsen.forum.ForumForms.ForumInput;
import fr.parlonsen.forum.ForumForms.VenueInput;
import fr.parlonsen.question.Question;
import fr.parlonsen.question.QuestionStatus;
import fr.parlonsen.web.PublicCache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every public route against a static file on the same server, in one run (bench profile only:
 * {@code deploy/test.sh -Pbench -Dtest=PublicRoutesBench}): wrk, 2 threads, 64 connections, 10 s per route after
 * a warm-up, 30 published forums in the Aisne, 12 published and answered questions on one forum. Prints the table
 * route, req/s, × static, p99.
 */
@QuarkusTest
@Tag("bench")
class PublicRoutesBench {
    @Inject
    Fixtures fixtures;
    @Inject
    ForumService forums;
    @Inject
    EntityManager em;
    @Inject
    PublicCache cache;
    @TestHTTPResource("/")
    URL base;

    @Test
    void public_routes_against_a_static_file() throws Exception {
        Assumptions.assumeTrue(new java.io.File("/usr/bin/wrk").canExecute(), "wrk absent (apt-get install wrk)");
        fixtures.ensure();
        long campaign = Plans.newCampaign();
        List<String> cantons = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select code from canton where department = '02' order by code").getResultList());
        List<String> communes = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select code from commune where department = '02' order by code").getResultList());
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String day = String.format("2009-%02d-%02d", 3 + (i / 28), 1 + (i % 28));
            ForumInput in = new ForumInput("Forum " + (i + 1) + " : vos libertés, votre sécurité", day + "T18:30",
                    day + "T20:30", new VenueInput("Salle polyvalente " + (i % 7), "Place de la mairie",
                            communes.get(i * 7 % communes.size()), 120, i % 3 != 0, "Parking à proximité."),
                    CatchmentInput.of(CatchmentKind.CANTONS, List.of(cantons.get(i % cantons.size()))), List.of(),
                    List.of());
            long id = forums.create(ForumBenchTest.ADMIN, String.valueOf(campaign), "02", in).id();
            forums.publish(ForumBenchTest.ADMIN, id);
            ids.add(id);
        }
        long forum = ids.get(0);
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 12; i++) {
                Question q = new Question();
                q.campaignId = campaign;
                q.department = "02";
                q.forumId = forum;
                q.source = Question.SOURCE_PUBLIC;
                q.status = QuestionStatus.PUBLISHED;
                q.originalText = q.maskedText = "Question " + (i + 1) + " : que fait la police de proximité contre "
                        + "les cambriolages dans notre quartier, la nuit et pendant les vacances ?";
                q.answerOriginal = q.answerMasked = "Les patrouilles sont renforcées et l'opération tranquillité "
                        + "vacances est ouverte à tous.";
                q.topicSource = fr.parlonsen.campaign.TopicSuggestions.SUGGESTED;
                q.submittedAt = q.moderatedAt = q.answeredAt = Instant.now();
                q.persist();
            }
        });
        String root = "http://127.0.0.1:" + base.getPort();
        String feeds = root + "/api/v1/public/campaigns/" + campaign;
        Map<String, String> routes = new LinkedHashMap<>();
        routes.put("/departements/02/forums (calendrier)", root + "/departements/02/forums?campagne=" + campaign);
        routes.put("…/forums.json?department=02", feeds + "/forums.json?department=02");
        routes.put("…/forums.ics?department=02", feeds + "/forums.ics?department=02");
        routes.put("…/forums.csv?department=02", feeds + "/forums.csv?department=02");
        routes.put("/forums/{id}", root + "/forums/" + forum);
        routes.put("/api/v1/public/forums/{id}/questions", root + "/api/v1/public/forums/" + forum + "/questions");
        routes.put("/departements/02/suivi (suivi public)", root + "/departements/02/suivi?campagne=" + campaign);
        routes.put("…/departments/02/commitments.json", feeds + "/departments/02/commitments.json");
        String stat = root + "/static/app.css";

        // warm-up: the JIT, as a server that has been running a while
        ForumBenchTest.wrk(stat);
        for (String url : routes.values()) {
            ForumBenchTest.wrk(url);
        }
        long[] before = cache.counters();
        double[] s1 = ForumBenchTest.wrk(stat);
        Map<String, double[]> measured = new LinkedHashMap<>();
        Map<String, Long> rendered = new LinkedHashMap<>();
        for (Map.Entry<String, String> r : routes.entrySet()) {
            long renders = cache.counters()[1];
            measured.put(r.getKey(), ForumBenchTest.wrk(r.getValue()));
            rendered.put(r.getKey(), cache.counters()[1] - renders);
        }
        double[] s2 = ForumBenchTest.wrk(stat);
        long[] after = cache.counters();
        double staticRps = (s1[0] + s2[0]) / 2;
        System.out.println("\n| route | req/s | × static | p99 (ms) | renders during the run |");
        System.out.println("|---|---|---|---|---|");
        System.out.printf("| /static/app.css (mean of before/after) | %.0f | 1.00 | %.1f / %.1f | |%n", staticRps, s1[1], s2[1]);
        for (Map.Entry<String, double[]> m : measured.entrySet()) {
            System.out.printf("| %s | %.0f | %.2f | %.1f | %d |%n", m.getKey(), m.getValue()[0],
                    m.getValue()[0] / staticRps, m.getValue()[1], rendered.get(m.getKey()));
        }
        System.out.printf("%nanswered from memory: %d, rendered: %d (during the measured runs)%n", after[0] - before[0],
                after[1] - before[1]);
        assertTrue(staticRps > 0);
    }
}
