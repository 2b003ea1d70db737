package fr.parlonsen.web;

import static fr.parlonsen.Fixtures.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.parlonsen.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * MariaDB stops under a steady writer, then starts again: every write acknowledged (201) is there afterwards, the
 * API answers 503 with Retry-After and the pages a French "service momentanément indisponible" page during the
 * outage, readiness says DOWN, and writes succeed again within 2 s of the database answering.
 *
 * <p>Needs the test database's datadir and port (exported by deploy/test.sh); without them it is skipped.
 */
@QuarkusTest
class DatabaseOutageTest {
    static final String C = "panne-base";
    static final ObjectMapper JSON = new ObjectMapper();
    static final String PREFECTURE = "Basic " + Base64.getEncoder()
            .encodeToString(("prefecture-02:" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));

    @Inject
    Fixtures fixtures;

    record Write(int n, int status, long id, long atNanos, String retryAfter) {
    }

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    String base() {
        return RestAssured.baseURI + ":" + RestAssured.port;
    }

    HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return http.send(b.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static void mariadb(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("bash", "deploy/mariadb.sh"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(90, TimeUnit.SECONDS) && p.exitValue() == 0, "deploy/mariadb.sh " + args[0] + ": " + out);
    }

    @SuppressWarnings("unchecked")
    void campaign() {
        fr.parlonsen.Campaigns.like2009(C, "Campagne de la panne", "2009-05-22");
    }

    Write write(int n) {
        try {
            String body = JSON.writeValueAsString(Map.of("title", "Forum de la panne " + n, "startsAt",
                    "2009-04-20T18:30:00", "endsAt", "2009-04-20T21:00:00",
                    "venue", Map.of("name", "Salle des fêtes", "address", "Place de la mairie", "communeCode", "02408",
                            "capacity", 100, "accessible", true),
                    "catchment", Map.of("cantons", List.of("0209")), "facilitators", List.of("animateur-02"),
                    "invitees", List.of()));
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/campaigns/" + C
                    + "/departments/02/forums")).header("Authorization", PREFECTURE)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
            long id = r.statusCode() == 201 ? JSON.readTree(r.body()).get("id").asLong() : 0;
            return new Write(n, r.statusCode(), id, System.nanoTime(), r.headers().firstValue("Retry-After").orElse(null));
        } catch (Exception e) {
            return new Write(n, -1, 0, System.nanoTime(), e.toString());
        }
    }

    @Test
    void an_outage_loses_no_acknowledged_write_answers_503_and_recovers_within_2_seconds() throws Exception {
        String datadir = System.getenv("PARLONSEN_TEST_DB_DATADIR");
        String port = System.getenv("PARLONSEN_TEST_DB_PORT");
        String name = System.getenv().getOrDefault("PARLONSEN_TEST_DB_NAME", "parlonsen_test");
        Assumptions.assumeTrue(datadir != null && port != null, "run through deploy/test.sh");
        fixtures.ensure();
        campaign();
        String session = fr.parlonsen.PageSession.login("prefecture-02").cookie("parlonsen-session");

        List<Write> writes = new CopyOnWriteArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        Thread writer = new Thread(() -> {
            for (int n = 0; !stop.get() && n < 5000; n++) {
                writes.add(write(n));
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "steady-writer");
        writer.start();
        long restartedAt;
        List<String> outage = new ArrayList<>();
        try {
            waitFor(() -> writes.stream().filter(w -> w.status() == 201).count() >= 5, 30);
            mariadb("stop", datadir);
            try {
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
                while (System.nanoTime() < until) {
                    HttpResponse<String> api = send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/forums/1"))
                            .header("Authorization", PREFECTURE));
                    outage.add("api " + api.statusCode() + " " + api.headers().firstValue("Retry-After").orElse("-")
                            + " " + api.headers().firstValue("Content-Type").orElse("-"));
                    HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base() + "/gestion/forums"))
                            .header("Cookie", "parlonsen-session=" + session));
                    outage.add("page " + page.statusCode() + " "
                            + (page.body().contains("momentanément indisponible") ? "fr" : "?"));
                    HttpResponse<String> ready = send(HttpRequest.newBuilder(URI.create(base() + "/q/health/ready")));
                    outage.add("ready " + ready.statusCode());
                    Thread.sleep(200);
                }
            } finally {
                mariadb("start", datadir, port, name);
                restartedAt = System.nanoTime();
            }
            waitFor(() -> writes.stream().anyMatch(w -> w.status() == 201 && w.atNanos() > restartedAt), 10);
            Thread.sleep(500);
        } finally {
            stop.set(true);
            writer.join(30_000);
        }

        Map<String, Integer> byStatus = new TreeMap<>();
        writes.forEach(w -> byStatus.merge(String.valueOf(w.status()), 1, Integer::sum));
        long firstAfter = writes.stream().filter(w -> w.status() == 201 && w.atNanos() > restartedAt)
                .mapToLong(Write::atNanos).min().orElseThrow();
        double recovery = (firstAfter - restartedAt) / 1e9;
        System.out.printf("[outage] writes by status %s; during the outage %s; first acknowledged write %.2f s after "
                + "the database answered%n", byStatus, summary(outage), recovery);

        for (Write w : writes) {
            assertTrue(w.status() == 201 || w.status() == 503, "write " + w.n() + " answered " + w.status() + " "
                    + w.retryAfter());
            if (w.status() == 503) {
                assertNotNull(w.retryAfter(), "503 carries Retry-After");
            }
        }
        assertTrue(byStatus.getOrDefault("503", 0) > 0, "the writer saw the outage: " + byStatus);
        assertTrue(outage.stream().anyMatch(s -> s.startsWith("api 503 ") && s.contains("problem+json")
                && !s.contains(" - ")), "API 503 problem with Retry-After: " + summary(outage));
        assertTrue(outage.stream().filter(s -> s.startsWith("api ")).allMatch(s -> s.startsWith("api 503")), summary(outage).toString());
        assertTrue(outage.stream().filter(s -> s.startsWith("page ")).allMatch(s -> s.equals("page 503 fr")),
                summary(outage).toString());
        assertTrue(outage.stream().filter(s -> s.startsWith("ready ")).allMatch(s -> s.equals("ready 503")),
                summary(outage).toString());
        assertTrue(recovery < 2.0, "writes again " + recovery + " s after the database answered");
        for (Write w : writes) {
            if (w.status() == 201) {
                as("prefecture-02").get("/api/v1/forums/" + w.id()).then().statusCode(200);
            }
        }
        assertEquals(200, send(HttpRequest.newBuilder(URI.create(base() + "/q/health/ready"))).statusCode());
    }

    static Map<String, Integer> summary(List<String> seen) {
        Map<String, Integer> out = new TreeMap<>();
        seen.forEach(s -> out.merge(s, 1, Integer::sum));
        return out;
    }

    static void waitFor(java.util.function.BooleanSupplier condition, int seconds) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < until, "condition not met within " + seconds + " s");
            Thread.sleep(20);
        }
    }
}
