package fr.parlonsen.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.parlonsen.cluster.Generations;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Context;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Public responses at static-file speed, the same on every replica. A public resource renders its page once into
 * bytes (and their gzip), keyed by the request's path and query, tagged with the generations of the content
 * topics it shows ({@link Generations}); later requests are answered from memory on the I/O thread, before
 * authentication and Quarkus REST, with {@code ETag} / {@code Last-Modified} and {@code 304} on
 * {@code If-None-Match} / {@code If-Modified-Since}.
 * <p>
 * Freshness: a change bumps its topic in the database in the same transaction; the replica that made it drops
 * its pages at commit, every other replica within {@code parlonsen.public-cache.poll} (1 s). A page is also
 * rendered again after {@code parlonsen.public-cache.ttl} (60 s) whatever happens (names of communes and
 * départements, campaigns). While one request renders a stale page again, the others still get the previous
 * bytes (at most a few milliseconds older). Browsers and proxies may keep a copy {@code max-age} (60 s).
 * <p>
 * One render at a time per page: requests that arrive while a page is being rendered for the first time (or again
 * after a failed render) wait for that render instead of starting their own, so 64 visitors arriving together cost
 * one render and one database connection, not 64 (the pool would run dry and the renders time out).
 * <p>
 * Use from a resource (worker thread):
 * <pre>
 * return cache.respond(routing, List.of("forum"), true, () -&gt; PublicCache.Rendered.html(render()));
 * </pre>
 * Pages whose layout shows who is logged in pass {@code anonymousOnly}: only requests without a session cookie or
 * credentials are answered from memory, the others are rendered for them, never stored, {@code private}.
 */
@ApplicationScoped
public class PublicCache {
    public static final String PUBLIC = "public, max-age=60";
    static final String PRIVATE = "private, no-store";
    static final int MAX_ENTRIES = 4000;
    static final long REFRESH_GUARD_NANOS = Duration.ofSeconds(10).toNanos();
    /** How long a request waits for another request's render of the same page before rendering it itself. */
    static final long WAIT_FOR_RENDER_MILLIS = 10_000;
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter
            .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    @Inject
    Generations generations;
    @ConfigProperty(name = "parlonsen.public-cache.ttl", defaultValue = "PT60S")
    Duration ttl;
    @ConfigProperty(name = "parlonsen.public-cache.enabled", defaultValue = "true")
    boolean enabled;
    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "parlonsen-session")
    String sessionCookie;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** The renders under way, by key: the page (null when the render failed or was not stored) when done. */
    private final Map<String, CompletableFuture<Entry>> rendering = new ConcurrentHashMap<>();
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong renders = new AtomicLong();

    /** What a resource rendered: the body, its media type and the headers that go with it. */
    public record Rendered(byte[] body, String contentType, Map<String, String> headers) {
        public static Rendered html(String html) {
            return of(html, "text/html;charset=UTF-8");
        }

        /** {@code value} as JSON, written by the application's mapper. */
        public static Rendered json(com.fasterxml.jackson.databind.ObjectMapper mapper, Object value) {
            try {
                return new Rendered(mapper.writeValueAsBytes(value), "application/json;charset=UTF-8", Map.of());
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        public static Rendered of(String text, String contentType) {
            return new Rendered(text.getBytes(StandardCharsets.UTF_8), contentType, Map.of());
        }

        public Rendered with(String header, String value) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put(header, value);
            return new Rendered(body, contentType, h);
        }
    }

    static final class Entry {
        final List<String> topics;
        final long stamp;
        final long renderedAt;
        final boolean anonymousOnly;
        final String contentType;
        final Map<String, String> headers;
        final Buffer plain;
        final Buffer gzip;
        final String hash;
        final Instant lastModified;
        final String lastModifiedHeader;
        final AtomicLong refreshingSince = new AtomicLong();

        Entry(List<String> topics, long stamp, boolean anonymousOnly, Rendered r, byte[] gzip, String hash,
                Instant lastModified) {
            this.topics = topics;
            this.stamp = stamp;
            this.renderedAt = System.nanoTime();
            this.anonymousOnly = anonymousOnly;
            this.contentType = r.contentType();
            this.headers = r.headers();
            this.plain = Buffer.buffer(r.body());
            this.gzip = Buffer.buffer(gzip);
            this.hash = hash;
            this.lastModified = lastModified;
            this.lastModifiedHeader = HTTP_DATE.format(lastModified);
        }
    }

    void start(@Observes StartupEvent event) {
        generations.poll();
    }

    void install(@Observes Router router) {
        // after SecurityHeaders (Integer.MIN_VALUE), before authentication and Quarkus REST
        router.get().order(Integer.MIN_VALUE + 10).handler(this::serve);
    }

    /** On the I/O thread: answers from memory when a fresh (or being refreshed) page is there. */
    void serve(RoutingContext ctx) {
        if (!enabled || (entries.isEmpty() && rendering.isEmpty())) {
            ctx.next();
            return;
        }
        HttpServerRequest req = ctx.request();
        String key = key(req);
        Entry e = entries.get(key);
        if (e == null) {
            CompletableFuture<Entry> running = rendering.get(key);
            Context context = Vertx.currentContext();
            if (running == null || context == null) {
                ctx.next();
                return;
            }
            // someone is rendering this page: answer with their result (on this request's event loop)
            running.copy().orTimeout(WAIT_FOR_RENDER_MILLIS, TimeUnit.MILLISECONDS).whenComplete((done, failed) -> context
                    .runOnContext(v -> {
                        if (ctx.response().closed() || ctx.response().ended()) {
                            return; // the visitor left while waiting
                        }
                        if (done == null || (done.anonymousOnly && hasCredentials(req))) {
                            ctx.next();
                        } else {
                            answer(ctx, done);
                        }
                    }));
            return;
        }
        if (e.anonymousOnly && hasCredentials(req)) {
            ctx.next();
            return;
        }
        if (!fresh(e)) {
            long now = System.nanoTime();
            long since = e.refreshingSince.get();
            if ((since == 0 || now - since > REFRESH_GUARD_NANOS) && e.refreshingSince.compareAndSet(since, now)) {
                ctx.next(); // this request renders the page again; the others get the previous bytes meanwhile
                return;
            }
        }
        answer(ctx, e);
    }

    private void answer(RoutingContext ctx, Entry e) {
        HttpServerRequest req = ctx.request();
        hits.incrementAndGet();
        write(req, ctx.response().headers(), e, PUBLIC, acceptsGzip(req.getHeader("Accept-Encoding")), (status, body) -> {
            ctx.response().setStatusCode(status);
            if (body == null) {
                ctx.response().end();
            } else {
                ctx.response().end(body);
            }
        });
    }

    /**
     * Renders (on the calling worker thread), stores when the response is the same for everyone, and answers
     * this request (304 when its validators match).
     */
    public Response respond(RoutingContext ctx, List<String> topics, boolean anonymousOnly, Supplier<Rendered> render) {
        return respond(ctx, topics, anonymousOnly, false, render);
    }

    /** @param personal the page is rendered for a logged-in viewer: neither stored nor public */
    public Response respond(RoutingContext ctx, List<String> topics, boolean anonymousOnly, boolean personal,
            Supplier<Rendered> render) {
        String key = key(ctx.request());
        boolean storable = enabled && !personal && !(anonymousOnly && hasCredentials(ctx.request()));
        if (!storable) {
            return response(ctx, render(key, topics, anonymousOnly, render, false), personal);
        }
        CompletableFuture<Entry> mine = new CompletableFuture<>();
        CompletableFuture<Entry> running = rendering.putIfAbsent(key, mine);
        if (running != null) {
            Entry done = awaitRender(running);
            if (done != null) {
                hits.incrementAndGet();
                return response(ctx, done, false);
            }
            return response(ctx, render(key, topics, anonymousOnly, render, true), false);
        }
        Entry e = null;
        try {
            Entry current = entries.get(key);
            if (current != null && fresh(current)) { // rendered by a request that finished meanwhile
                hits.incrementAndGet();
                e = current;
            } else {
                e = render(key, topics, anonymousOnly, render, true);
            }
            return response(ctx, e, false);
        } finally {
            rendering.remove(key, mine);
            mine.complete(e);
        }
    }

    private static Entry awaitRender(CompletableFuture<Entry> running) {
        try {
            return running.get(WAIT_FOR_RENDER_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException slowOrFailed) {
            return null; // render it here
        }
    }

    /** Renders on this worker thread and, when {@code store}, keeps the page for the next requests. */
    private Entry render(String key, List<String> topics, boolean anonymousOnly, Supplier<Rendered> render,
            boolean store) {
        long stamp = generations.stamp(topics); // before reading the content: a change meanwhile makes it stale
        Instant topicChanged = generations.lastChanged(topics);
        Rendered r;
        try {
            r = render.get();
        } catch (RuntimeException failed) {
            entries.remove(key); // e.g. no longer public: never serve the previous bytes again
            throw failed;
        }
        renders.incrementAndGet();
        String hash = hash(r.body());
        Entry previous = entries.get(key);
        Instant lastModified;
        if (previous != null && previous.hash.equals(hash)) {
            lastModified = previous.lastModified;
        } else if (previous == null || topicChanged.isAfter(previous.lastModified)) {
            lastModified = topicChanged.equals(Instant.EPOCH) ? Instant.now() : topicChanged;
        } else {
            lastModified = Instant.now();
        }
        Entry e = new Entry(List.copyOf(topics), stamp, anonymousOnly, r, gzip(r.body()), hash,
                lastModified.truncatedTo(ChronoUnit.SECONDS));
        if (store) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(key, e);
        }
        return e;
    }

    private Response response(RoutingContext ctx, Entry e, boolean personal) {
        Response.ResponseBuilder[] out = new Response.ResponseBuilder[1];
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        // identity here: Quarkus REST's compression decides the encoding of what goes through it
        write(ctx.request(), headers, e, personal ? PRIVATE : PUBLIC, false, (status, body) -> {
            out[0] = Response.status(status);
            if (body != null) {
                out[0].entity(body.getBytes());
            }
        });
        for (Map.Entry<String, String> h : headers) {
            if (h.getKey().equalsIgnoreCase("Cache-Control")) {
                ctx.response().headers().set("Cache-Control", h.getValue()); // replaces SecurityHeaders' no-store
            } else {
                out[0].header(h.getKey(), h.getValue());
            }
        }
        return out[0].build();
    }

    interface Sink {
        void end(int status, Buffer body);
    }

    private static void write(HttpServerRequest req, MultiMap h, Entry e, String cacheControl, boolean gzip, Sink sink) {
        String etag = "\"" + e.hash + (gzip ? "-gz\"" : "\"");
        h.set("Cache-Control", cacheControl);
        h.set("ETag", etag);
        h.set("Last-Modified", e.lastModifiedHeader);
        h.set("Vary", "Accept-Encoding");
        h.set("Content-Encoding", gzip ? "gzip" : "identity");
        for (Map.Entry<String, String> x : e.headers.entrySet()) {
            h.set(x.getKey(), x.getValue());
        }
        if (notModified(req, e)) {
            sink.end(304, null);
            return;
        }
        h.set("Content-Type", e.contentType);
        if (gzip) {
            sink.end(200, e.gzip);
        } else {
            sink.end(200, e.plain);
        }
    }

    static boolean notModified(HttpServerRequest req, Entry e) {
        String inm = req.getHeader("If-None-Match");
        if (inm != null) {
            for (String tag : inm.split(",")) {
                String t = tag.strip();
                if (t.startsWith("W/")) {
                    t = t.substring(2);
                }
                if (t.equals("*") || t.equals("\"" + e.hash + "\"") || t.equals("\"" + e.hash + "-gz\"")) {
                    return true;
                }
            }
            return false;
        }
        String ims = req.getHeader("If-Modified-Since");
        if (ims != null) {
            try {
                Instant since = ZonedDateTime.parse(ims.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return !e.lastModified.isAfter(since);
            } catch (RuntimeException ignored) {
                return false;
            }
        }
        return false;
    }

    /** The host (the ICS carries absolute links) and the path with its query. */
    @SuppressWarnings("deprecation")
    static String key(HttpServerRequest req) {
        return req.host() + req.uri();
    }

    boolean fresh(Entry e) {
        return e.stamp == generations.stamp(e.topics) && System.nanoTime() - e.renderedAt < ttl.toNanos();
    }

    boolean hasCredentials(HttpServerRequest req) {
        if (req.getHeader("Authorization") != null) {
            return true;
        }
        String cookies = req.getHeader("Cookie");
        return cookies != null && cookies.contains(sessionCookie + "=");
    }

    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] p = part.strip().split(";");
            if (p[0].strip().equalsIgnoreCase("gzip")) {
                return !(p.length > 1 && p[1].replace(" ", "").matches("q=0(\\.0*)?"));
            }
        }
        return false;
    }

    static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, body.length / 4));
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    static String hash(byte[] body) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(d).substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Answers from memory and renders, since start (for the benchmark and the logs). */
    public long[] counters() {
        return new long[] { hits.get(), renders.get(), entries.size() };
    }

    /** Drops every page of this replica (tests; the other replicas follow the generations). */
    public void clear() {
        entries.clear();
    }
}
