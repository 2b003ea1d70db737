package fr.parlonsen.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.parlonsen.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * Every route of the API and every page (the list read from the resource classes by reflection, not typed here)
 * receives a few hundred malformed requests: bad Basic headers, undecodable or oversized forms, bad charsets,
 * broken multipart, duplicate JSON keys, nulls in lists, wrong types, odd path and query parameters. No answer may
 * be 500 or more, and no body may show a stack trace.
 *
 * <p>{@code -Dfuzz.perRoute=N} (default 150) sets the number of requests per route; {@code -Dfuzz.seed} the seed.
 */
@QuarkusTest
class MalformedInputFuzzTest {
    static final int PER_ROUTE = Integer.getInteger("fuzz.perRoute", 150);
    /** Requests are sent in a seeded random order until this budget runs out (every family and route early on). */
    static final int BUDGET_SECONDS = Integer.getInteger("fuzz.seconds", 100);
    static final long SEED = Long.getLong("fuzz.seed", 20090316L);
    static final Pattern STACK = Pattern.compile("(\\bat [a-z]+\\.[\\w.$]+\\(|\\.java:\\d+\\)|Exception: |\\bException\\b|"
            + "Caused by|java\\.lang\\.|org\\.hibernate|io\\.vertx|io\\.quarkus)");
    static final Pattern TEMPLATE = Pattern.compile("\\{(\\w+)(?::[^}]*)?}");
    static final String ADMIN = "Basic " + Base64.getEncoder()
            .encodeToString(("admin:" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));

    @Inject
    Fixtures fixtures;

    record Route(String method, String template, Set<String> consumes, String where) {
    }

    record Case(Route route, String method, String target, Map<String, String> headers, byte[] body, String family) {
    }

    @BeforeEach
    void setUp() {
        fixtures.ensure();
    }

    /** The resource methods of the application: HTTP method, path template, media types consumed. */
    static List<Route> routes() throws IOException {
        Path classes = Paths.get("target/classes");
        List<Route> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes.resolve("fr/parlonsen"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class") && !p.toString().contains("$")).toList()) {
                String name = classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type;
                try {
                    type = Class.forName(name, false, Thread.currentThread().getContextClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                jakarta.ws.rs.Path base = type.getAnnotation(jakarta.ws.rs.Path.class);
                if (base == null) {
                    continue;
                }
                Consumes classConsumes = type.getAnnotation(Consumes.class);
                for (Method m : type.getDeclaredMethods()) {
                    String http = m.isAnnotationPresent(GET.class) ? "GET" : m.isAnnotationPresent(POST.class) ? "POST"
                            : m.isAnnotationPresent(PUT.class) ? "PUT" : m.isAnnotationPresent(DELETE.class) ? "DELETE"
                                    : m.isAnnotationPresent(PATCH.class) ? "PATCH" : null;
                    if (http == null) {
                        continue;
                    }
                    jakarta.ws.rs.Path sub = m.getAnnotation(jakarta.ws.rs.Path.class);
                    String path = join(base.value(), sub == null ? "" : sub.value());
                    Consumes c = m.getAnnotation(Consumes.class) != null ? m.getAnnotation(Consumes.class) : classConsumes;
                    Set<String> consumes = new LinkedHashSet<>(c == null ? List.of() : List.of(c.value()));
                    out.add(new Route(http, path, consumes, type.getSimpleName() + "." + m.getName()));
                }
            }
        }
        out.add(new Route("POST", "/j_security_check", Set.of("application/x-www-form-urlencoded"), "form login"));
        out.add(new Route("GET", "/q/health/live", Set.of(), "health"));
        out.add(new Route("GET", "/q/health/ready", Set.of(), "health"));
        return out;
    }

    static String join(String a, String b) {
        String p = ("/" + a + "/" + b).replaceAll("/+", "/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    // -- the families of malformed input

    static final List<String> ODD_SEGMENTS = List.of("1%20", "%ZZ", "-1", "99999999999999999999", "abc", "%C3%A9t%C3%A9",
            "%00", "..%2F..", "x".repeat(2000), "%F0%9F%92%A9", "x;y=1", "1;2", "%2e%2e", "0", "1.5", "%FF%FE", "null",
            "%3Cscript%3E", "2009%0D%0AX:1");

    // wrong credentials name an account of their own: failures on "admin" would lock it for the tests that follow
    static final String GUESSED = "fuzz-inconnu";

    static final List<String> BAD_AUTH = List.of("Basic !!!notbase64", "Basic ", "Basic",
            "Basic " + b64(GUESSED), "Basic " + Base64.getEncoder().encodeToString(
                    new byte[] { (byte) 0xff, (byte) 0xfe, ':', (byte) 0xc3 }),
            "Basic " + "A".repeat(6000), "Bearer abc", "Basic " + b64(GUESSED + ":"), "basic " + b64(GUESSED + ":faux"),
            "Digest username=\"" + GUESSED + "\"", "Basic =====");

    static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml", "a/b/c", "application/json; charset=nope",
            "application/x-www-form-urlencoded; charset=nope", "multipart/form-data", "multipart/form-data; boundary=",
            "application/json; charset=ISO-8859-1", "*/*", ";;;", "application/problem+json", "image/png");

    static List<byte[]> jsonBodies() {
        List<String> s = new ArrayList<>(List.of("", "{", "}", "[", "null", "true", "0", "\"x\"", "[]", "{}", "{\"a\":}",
                "{\"reason\":\"a\",\"reason\":\"b\"}", "{\"username\":\"a\",\"username\":\"b\"}",
                "{\"title\":\"a\",\"title\":\"b\",\"code\":\"x\",\"code\":\"y\"}",
                "{\"text\":\"a\",\"text\":\"b\"}", "{\"sections\":[null]}",
                "{\"sections\":[{\"kind\":\"issues\",\"items\":[null]}]}",
                "{\"sections\":[{\"kind\":\"issues\",\"items\":[{\"id\":1,\"text\":\"x\",\"sources\":[null]}]}]}",
                "{\"roles\":[null],\"username\":\"abc\",\"password\":\"x\",\"displayName\":\"x\"}",
                "{\"arrondissements\":[null]}", "{\"questions\":[null],\"strengths\":[null]}", "{\"themes\":[null]}",
                "{\"catchment\":{\"cantons\":[null]}}", "{\"invitees\":[null],\"facilitators\":[null]}",
                "{\"title\":5}", "{\"title\":[]}", "{\"title\":{}}", "{\"capacity\":\"beaucoup\"}",
                "{\"startsAt\":\"demain\"}", "{\"attendance\":{\"total\":-1}}", "{\"attendance\":\"x\"}",
                "{\"version\":1e999}", "{\"id\":99999999999999999999999}", "{\"text\":\"\\u0000\"}",
                "{\"text\":\"\\ud800\"}", "{\"\":1}", "{\"a\":1,,}", "{'a':1}", "{\"a\":NaN}",
                "[".repeat(5000), "{\"a\":".repeat(2000), "{\"text\":\"" + "é".repeat(50_000) + "\"}",
                "{\"reason\":null}", "{\"reason\":[\"a\"]}", "{\"status\":\"rejected\",\"status\":\"published\"}",
                "{\"answer\":\"a\",\"answer\":null}", "{\"roles\":\"admin\"}", "{\"department\":[\"02\"]}"));
        List<byte[]> out = new ArrayList<>();
        s.forEach(x -> out.add(x.getBytes(StandardCharsets.UTF_8)));
        out.add(new byte[] { '{', '"', 'a', '"', ':', '"', (byte) 0xc3, (byte) 0x28, '"', '}' });
        out.add(new byte[] { (byte) 0xef, (byte) 0xbb, (byte) 0xbf, '{', '}' });
        out.add(new byte[] { (byte) 0xff, (byte) 0xfe, '{', 0, '}', 0 });
        return out;
    }

    static final com.fasterxml.jackson.databind.ObjectMapper STRICT = new com.fasterxml.jackson.databind.ObjectMapper()
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** Broken JSON, a key given twice, or a null in a list: refused whatever the route, so safe on real paths. */
    static boolean surelyRefused(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.contains("[null")) {
            return true;
        }
        try {
            STRICT.readTree(body);
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    static List<byte[]> formBodies(String csrf) {
        String many = String.join("&", java.util.stream.IntStream.range(0, 1500).mapToObj(i -> "f" + i + "=1").toList());
        List<String> s = new ArrayList<>(List.of("text=%ZZ", "&&&==&;;", "%", "a=%", "a=%E9", "=", "&", "a", "a=1&a=2&a=3",
                many, "%ZZ=1", "text=" + "x".repeat(200_000), "version=abc", "version=-1", "version=99999999999999999999",
                "capacity=beaucoup&startsAt=demain", "roles=inconnu&department=%00", "_csrf=faux&text=a",
                "attendance.total=-5&questions%5B999999%5D.text=x", "questions[abc].text=x", "questions[-1].text=x",
                "questions[99999999999].text=x", "kind=%C3%28", "j_username=%ZZ&j_password=x", "j_username=&j_password=",
                "j_username=" + "a".repeat(10_000) + "&j_password=b", "a=1&b=%"));
        List<byte[]> out = new ArrayList<>();
        for (String x : s) {
            out.add(x.getBytes(StandardCharsets.UTF_8));
            if (csrf != null) {
                out.add(("_csrf=" + csrf + "&" + x).getBytes(StandardCharsets.UTF_8));
            }
        }
        out.add(new byte[] { 't', 'e', 'x', 't', '=', (byte) 0xc3, (byte) 0x28, (byte) 0xff });
        return out;
    }

    static List<byte[]> multipartBodies() {
        List<String> s = List.of("--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nabc",
                "--XX\r\nContent-Disposition: form-data; name=\"file\"\r\n", "--XX--", "", "garbage",
                "--XX\r\n\r\n\r\n--XX--\r\n", "--YY\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--YY--\r\n",
                "--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"../../etc/passwd\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n\u0000\u0001\u0002\r\n--XX--\r\n",
                "--XX\r\nContent-Disposition: form-data\r\n\r\nx\r\n--XX--\r\n",
                "--XX\r\nContent-Disposition: form-data; name=\"version\"\r\n\r\nabc\r\n--XX\r\nContent-Disposition: "
                        + "form-data; name=\"file\"; filename=\"cr.docx\"\r\n\r\nPK\u0003\u0004broken\r\n--XX--\r\n");
        List<byte[]> out = new ArrayList<>();
        s.forEach(x -> out.add(x.getBytes(StandardCharsets.UTF_8)));
        return out;
    }

    static final List<String> ODD_QUERIES = List.of("?version=abc", "?version=-1", "?version=99999999999999999999",
            "?department=%ZZ", "?department=" + "9".repeat(500), "?q=%00", "?version=1&version=2", "?&&&==",
            "?format=exe", "?page=-1&size=99999999", "?erreur=%3Cscript%3E", "?%ZZ=1", "?version=1e9");

    static String value(String name) {
        return switch (name) {
            case "c", "campaign" -> "2009";
            case "dep", "department", "code" -> "02";
            case "username" -> "animateur-02";
            case "format" -> "pdf";
            default -> "1";
        };
    }

    static String fill(String template, Map<String, String> values) {
        Matcher m = TEMPLATE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "1")));
        }
        m.appendTail(out);
        return out.toString();
    }

    List<Case> cases(Route r, Random random, String cookie, String csrf) {
        List<String> names = new ArrayList<>();
        Matcher m = TEMPLATE.matcher(r.template());
        while (m.find()) {
            names.add(m.group(1));
        }
        Map<String, String> valid = new LinkedHashMap<>();
        names.forEach(n -> valid.put(n, value(n)));
        String validPath = fill(r.template(), valid);
        boolean page = !r.template().startsWith("/api/") && !r.template().startsWith("/q/");
        boolean publicApi = r.template().startsWith("/api/v1/public");
        boolean hasBody = !r.method().equals("GET") && !r.method().equals("DELETE");
        List<Case> out = new ArrayList<>();
        java.util.function.Supplier<String> oddPath = () -> {
            if (names.isEmpty()) {
                return validPath + (random.nextBoolean() ? "/%ZZ" : ODD_SEGMENTS.get(random.nextInt(ODD_SEGMENTS.size())));
            }
            Map<String, String> odd = new LinkedHashMap<>(valid);
            String which = names.get(random.nextInt(names.size()));
            odd.put(which, ODD_SEGMENTS.get(random.nextInt(ODD_SEGMENTS.size())));
            return fill(r.template(), odd);
        };
        // the credentials a regular client of this route would send, so that the request reaches the route
        java.util.function.Consumer<Map<String, String>> normalAuth = h -> {
            if (page) {
                h.put("Cookie", cookie);
            } else if (!publicApi) {
                h.put("Authorization", ADMIN);
            }
        };
        // Bodiless state changes (publish, transmit, delete...) only ever go to paths that name nothing.
        boolean mayChange = !r.method().equals("GET") && !r.template().equals("/j_security_check");
        for (int i = 0; i < PER_ROUTE; i++) {
            int family = i % 7;
            Map<String, String> h = new LinkedHashMap<>();
            String target = mayChange ? oddPath.get() : (random.nextInt(3) == 0 ? oddPath.get() : validPath);
            byte[] body = null;
            String name;
            switch (family) {
                case 0 -> { // odd path segments
                    normalAuth.accept(h);
                    target = oddPath.get();
                    name = "path";
                }
                case 1 -> { // bad Authorization headers
                    h.put("Authorization", BAD_AUTH.get(random.nextInt(BAD_AUTH.size())));
                    if (page && random.nextBoolean()) {
                        h.put("Cookie", cookie);
                    }
                    name = "auth";
                }
                case 2 -> { // odd query strings
                    normalAuth.accept(h);
                    target = target + ODD_QUERIES.get(random.nextInt(ODD_QUERIES.size()));
                    name = "query";
                }
                case 3 -> { // JSON bodies: duplicate keys, nulls in lists, wrong types, broken syntax
                    normalAuth.accept(h);
                    List<byte[]> bodies = jsonBodies();
                    body = bodies.get(random.nextInt(bodies.size()));
                    h.put("Content-Type", random.nextInt(5) == 0 ? "application/json; charset=nope" : "application/json");
                    if (random.nextBoolean()) {
                        h.put("If-Match", random.nextBoolean() ? "\"1\"" : "garbage, W/\"x\"");
                    }
                    if (publicApi && random.nextBoolean()) {
                        h.put("Idempotency-Key", random.nextInt(4) == 0 ? "k".repeat(300) : "fuzz-" + random.nextInt(5));
                    }
                    if (!r.consumes().isEmpty() && r.consumes().stream().noneMatch(c -> c.contains("json"))) {
                        target = oddPath.get();
                    } else if (!hasBody) {
                        target = oddPath.get();
                    } else if (mayChange && surelyRefused(body) && random.nextBoolean()) {
                        target = validPath; // reaches the real resource: the body must be refused there
                    }
                    name = "json";
                }
                case 4 -> { // form bodies: bad escapes, too many fields, bad charsets, odd values
                    normalAuth.accept(h);
                    List<byte[]> bodies = formBodies(mayChange ? csrf : null);
                    body = bodies.get(random.nextInt(bodies.size()));
                    h.put("Content-Type", random.nextInt(4) == 0 ? "application/x-www-form-urlencoded; charset=nope"
                            : "application/x-www-form-urlencoded");
                    name = "form";
                }
                case 5 -> { // broken multipart
                    normalAuth.accept(h);
                    List<byte[]> bodies = multipartBodies();
                    body = bodies.get(random.nextInt(bodies.size()));
                    h.put("Content-Type", random.nextInt(4) == 0 ? "multipart/form-data" : "multipart/form-data; boundary=XX");
                    name = "multipart";
                }
                default -> { // content types the route does not take, and truncated bodies
                    normalAuth.accept(h);
                    h.put("Content-Type", CONTENT_TYPES.get(random.nextInt(CONTENT_TYPES.size())));
                    body = random.nextBoolean() ? "{\"a\":1}".getBytes(StandardCharsets.UTF_8)
                            : "a=1&b=2".getBytes(StandardCharsets.UTF_8);
                    if (random.nextInt(4) == 0) {
                        h.put("Content-Length", String.valueOf(body.length - 2)); // the body as read is cut short
                    }
                    target = mayChange ? oddPath.get() : target;
                    name = "content-type";
                }
            }
            String method = r.method();
            if ((family == 4 || family == 5 || family == 6) && method.equals("GET") && random.nextInt(3) == 0) {
                method = "POST";
            }
            out.add(new Case(r, method, target, h, body, name));
        }
        return out;
    }

    @Test
    void no_malformed_request_gets_a_500_or_a_stack_trace() throws Exception {
        String host = URI.create(RestAssured.baseURI).getHost();
        int port = RestAssured.port;
        // a page session: form login, then a page for the CSRF cookie
        RawHttp.Answer login = RawHttp.send(host, port, "POST", "/j_security_check",
                Map.of("Content-Type", "application/x-www-form-urlencoded"),
                ("j_username=admin&j_password=" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));
        String session = cookie(login, "parlonsen-session");
        RawHttp.Answer page = RawHttp.send(host, port, "GET", "/gestion", Map.of("Cookie", "parlonsen-session=" + session),
                null);
        String csrf = cookie(page, "parlonsen-csrf");
        String cookie = "parlonsen-session=" + session + (csrf == null ? "" : "; parlonsen-csrf=" + csrf);

        List<Route> routes = routes();
        assertTrue(routes.size() > 60, "routes found by reflection: " + routes.size());
        Random random = new Random(SEED);
        List<Case> all = new ArrayList<>();
        for (Route r : routes) {
            all.addAll(cases(r, random, cookie, csrf));
        }
        java.util.Collections.shuffle(all, random);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(BUDGET_SECONDS);
        java.util.concurrent.atomic.AtomicInteger sent = new java.util.concurrent.atomic.AtomicInteger();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<String, Integer> byStatus = java.util.Collections.synchronizedMap(new TreeMap<>());
        Map<String, Integer> byFamily = java.util.Collections.synchronizedMap(new TreeMap<>());
        long started = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (Case c : all) {
            done.add(pool.submit(() -> {
                if (System.nanoTime() > deadline) {
                    return;
                }
                sent.incrementAndGet();
                try {
                    RawHttp.Answer a = RawHttp.send(host, port, c.method(), c.target(), c.headers(), c.body());
                    byStatus.merge(String.valueOf(a.status()), 1, Integer::sum);
                    byFamily.merge(c.family() + " " + (a.status() / 100) + "xx", 1, Integer::sum);
                    String type = a.header("content-type") == null ? "" : a.header("content-type").toLowerCase(Locale.ROOT);
                    boolean text = type.startsWith("text/") || type.contains("json") || type.isEmpty();
                    if (a.status() >= 500 && a.status() != 503) {
                        failures.add(a.status() + " " + describe(c) + " → " + abbreviate(a.text()));
                    } else if (text && STACK.matcher(a.text()).find()) {
                        failures.add("stack trace in " + a.status() + " " + describe(c) + " → " + abbreviate(a.text()));
                    }
                } catch (IOException e) {
                    failures.add("no answer: " + describe(c) + " (" + e + ")");
                }
            }));
        }
        for (Future<?> f : done) {
            f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("[fuzz] %d routes, %d of %d requests sent in %.1f s (%.0f/s); statuses %s%n", routes.size(),
                sent.get(), all.size(), seconds, sent.get() / seconds, byStatus);
        byFamily.forEach((k, v) -> System.out.printf("[fuzz]   %-20s %6d%n", k, v));
        assertTrue(byStatus.getOrDefault("503", 0) == 0, "503 while the database is up: " + byStatus);
        assertTrue(failures.isEmpty(), failures.size() + " bad answers, first ones:\n"
                + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
    }

    static String cookie(RawHttp.Answer a, String name) {
        String all = a.header("set-cookie");
        if (all == null) {
            return null;
        }
        Matcher m = Pattern.compile(Pattern.quote(name) + "=([^;,]+)").matcher(all);
        return m.find() ? m.group(1) : null;
    }

    static String describe(Case c) {
        String body = c.body() == null ? "" : " body «" + abbreviate(new String(c.body(), StandardCharsets.UTF_8)) + "»";
        return "[" + c.family() + "] " + c.method() + " " + abbreviate(c.target()) + " (" + c.route().where() + ") "
                + c.headers().entrySet().stream().filter(e -> !e.getKey().equals("Cookie"))
                        .map(e -> e.getKey() + ": " + abbreviate(e.getValue())).toList()
                + body;
    }

    static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 160 ? one.substring(0, 160) + "…" : one;
    }
}
