package fr.parlonsen.question;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * In-memory sliding window of public submissions per client address (by default 5 per 10 minutes). The address is
 * the connection's, as Quarkus gives it: X-Forwarded-For counts only when {@code quarkus.http.proxy.*} trusts a
 * proxy. One instance of the application: enough for a prefecture's consultation.
 */
@ApplicationScoped
public class SubmissionRateLimiter {
    private static final int MAX_CLIENTS = 100_000;

    @Inject
    @ConfigProperty(name = "parlonsen.questions.rate-limit.max", defaultValue = "5")
    int max;
    @Inject
    @ConfigProperty(name = "parlonsen.questions.rate-limit.window", defaultValue = "PT10M")
    Duration window;

    private final Map<String, Deque<Long>> hits = new ConcurrentHashMap<>();

    /** Counts one submission; empty when allowed, otherwise the seconds to wait before the next one. */
    public OptionalLong acquire(String client) {
        long now = System.nanoTime();
        long span = window.toNanos();
        if (hits.size() > MAX_CLIENTS) {
            hits.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    return e.getValue().isEmpty() || now - e.getValue().peekLast() > span;
                }
            });
        }
        Deque<Long> times = hits.computeIfAbsent(client == null ? "?" : client, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && now - times.peekFirst() >= span) {
                times.pollFirst();
            }
            if (times.size() >= max) {
                long waitNanos = span - (now - times.peekFirst());
                return OptionalLong.of(Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L));
            }
            times.addLast(now);
            return OptionalLong.empty();
        }
    }

    /** Forgets every client (tests, or an operator after an incident). */
    public void reset() {
        hits.clear();
    }
}
