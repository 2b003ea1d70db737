package fr.parlonsen.forum;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import fr.parlonsen.Fixtures;
import fr.parlonsen.forum.ForumForms.CatchmentInput;
import fr.parlonsen.forum.ForumForms.ForumInput;
import fr.parlonsen.forum.ForumForms.VenueInput;
import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.security.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Measures, in the bench profile only ({@code deploy/test.sh -Pbench}): the coverage of the département with the
 * most communes (62 Pas-de-Calais, 887 communes, 39 cantons) with 0 to 40 forums, and the public calendar page's
 * throughput against a static file with wrk (64 connections, 10 s, loopback, after 30 s of warm-up).
 */
@QuarkusTest
@Tag("bench")
class ForumBenchTest {
    static final CurrentUser ADMIN = new CurrentUser("admin", "Admin", java.util.Set.of(Role.ADMIN), null,
            java.util.Set.of());

    @Inject
    Fixtures fixtures;
    @Inject
    ForumService forums;
    @Inject
    CoverageService coverage;
    @Inject
    EntityManager em;
    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    void setUp() {
        fixtures.ensure();
    }

    long campaignWithForums(String dep, int count) {
        long campaign = Plans.newCampaign();
        List<String> cantons = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select code from canton where department = ?1 order by code").setParameter(1, dep).getResultList());
        List<String> communes = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select code from commune where department = ?1 order by code").setParameter(1, dep).getResultList());
        for (int i = 0; i < count; i++) {
            String day = String.format("2009-%02d-%02d", 3 + (i / 28), 1 + (i % 28));
            ForumInput in = new ForumInput("Forum " + (i + 1), day + "T18:30", day + "T20:30",
                    new VenueInput("Salle " + (i % 7), null, communes.get(i % communes.size()), 100, true, null),
                    CatchmentInput.of(CatchmentKind.CANTONS, List.of(cantons.get(i % cantons.size()))), List.of(),
                    List.of());
            long id = forums.create(ADMIN, String.valueOf(campaign), dep, in).id();
            if (i % 2 == 0) {
                forums.publish(ADMIN, id);
            }
        }
        return campaign;
    }

    @Test
    void coverage_of_the_largest_department_with_40_forums() {
        System.out.println("\n| département | forums | communes | médiane (ms) | p95 (ms) | max (ms) |");
        System.out.println("|---|---|---|---|---|---|");
        for (int n : new int[] { 0, 10, 40 }) {
            long campaign = campaignWithForums("62", n);
            double[] ms = time(() -> coverage.coverage(ADMIN, String.valueOf(campaign), "62"), 10, 100);
            Coverage c = coverage.coverage(ADMIN, String.valueOf(campaign), "62");
            System.out.printf("| 62 Pas-de-Calais | %d | %d/%d | %.2f | %.2f | %.2f |%n", c.forums(), c.communes().covered(),
                    c.communes().total(), ms[0], ms[1], ms[2]);
            assertTrue(ms[0] < 200, "coverage median " + ms[0] + " ms");
        }
    }

    @Test
    void public_calendar_throughput_against_a_static_file() throws Exception {
        Assumptions.assumeTrue(new java.io.File("/usr/bin/wrk").canExecute(), "wrk absent (apt-get install wrk)");
        long campaign = campaignWithForums("62", 40);
        String root = "http://127.0.0.1:" + base.getPort();
        String page = root + "/departements/62/forums?campagne=" + campaign;
        // warm-up: the JIT and the connection pool, as a server that has been running a while
        wrk(page);
        wrk(page);
        wrk(root + "/static/app.css");
        double[] dynamic = wrk(page);
        double[] stat = wrk(root + "/static/app.css");
        System.out.println("\n| URL | requêtes/s | p99 (ms) |");
        System.out.println("|---|---|---|");
        System.out.printf("| calendrier public 62 (40 forums) | %.0f | %.2f |%n", dynamic[0], dynamic[1]);
        System.out.printf("| /static/app.css | %.0f | %.2f |%n", stat[0], stat[1]);
        System.out.printf("rapport calendrier / fichier statique : %.3f%n", dynamic[0] / stat[0]);
        assertTrue(dynamic[0] > 0 && stat[0] > 0);
    }

    /** median, p95, max in ms of {@code runs} timed calls after {@code warmup}. */
    static double[] time(Runnable r, int warmup, int runs) {
        for (int i = 0; i < warmup; i++) {
            r.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            r.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] { ms[runs / 2], ms[(int) (runs * 0.95)], ms[runs - 1] };
    }

    /** requests/s and p99 latency (ms) of wrk -t2 -c64 -d10s on a loopback URL. */
    static double[] wrk(String url) throws IOException, InterruptedException {
        assertTrue(url.startsWith("http://127.0.0.1:"), "loopback only");
        Process p = new ProcessBuilder(List.of("wrk", "-t2", "-c64", "-d10s", "--latency", url)).redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        System.out.println(out);
        Matcher rps = Pattern.compile("Requests/sec:\\s+([\\d.]+)").matcher(out);
        Matcher p99 = Pattern.compile("99%\\s+([\\d.]+)(us|ms|s)").matcher(out);
        List<Double> v = new ArrayList<>();
        v.add(rps.find() ? Double.parseDouble(rps.group(1)) : 0);
        if (p99.find()) {
            double x = Double.parseDouble(p99.group(1));
            v.add(switch (p99.group(2)) { case "us" -> x / 1000; case "s" -> x * 1000; default -> x; });
        } else {
            v.add(-1.0);
        }
        return new double[] { v.get(0), v.get(1) };
    }
}
