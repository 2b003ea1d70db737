package fr.parlonsen.security;

import fr.parlonsen.web.ClientAddress;
import java.time.Duration;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Rate limits shared by every replica: hits are counted in the database (table rate_limit_window), per bucket
 * (what is limited, e.g. {@code question}) and client (usually the {@link ClientAddress}). The estimate slides: the
 * current fixed window plus the previous one weighted by how much of it still overlaps the sliding window. Any
 * capability calls it (questions, the follow-up feedback form...).
 */
@ApplicationScoped
public class RateLimiter {
    @Inject
    EntityManager em;

    /** Counts one hit; empty when allowed, otherwise the seconds to wait (the refused hit is not counted). */
    @Transactional(TxType.REQUIRES_NEW)
    public OptionalLong acquire(String bucket, String client, int max, Duration window) {
        long now = System.currentTimeMillis();
        long span = Math.max(1000, window.toMillis());
        long current = now / span;
        String who = client == null || client.isBlank() ? "?" : client.length() > 100 ? client.substring(0, 100) : client;
        em.createNativeQuery("INSERT INTO rate_limit_window (bucket, client, window_start, hits) VALUES (?1, ?2, ?3, 1) "
                + "ON DUPLICATE KEY UPDATE hits = hits + 1").setParameter(1, bucket).setParameter(2, who)
                .setParameter(3, current).executeUpdate();
        long hits = count(bucket, who, current);
        long previous = count(bucket, who, current - 1);
        double elapsed = (now - current * span) / (double) span;
        double estimate = hits + previous * (1.0 - elapsed);
        if (estimate <= max) {
            if (Math.random() < 0.01) {
                purge(bucket, current - 2);
            }
            return OptionalLong.empty();
        }
        em.createNativeQuery("UPDATE rate_limit_window SET hits = hits - 1 WHERE bucket = ?1 AND client = ?2 "
                + "AND window_start = ?3").setParameter(1, bucket).setParameter(2, who).setParameter(3, current)
                .executeUpdate();
        long waitMillis = (current + 1) * span - now;
        if (hits > max) {
            waitMillis = (current + 1) * span - now; // this window is full by itself
        } else if (previous > 0) {
            // the previous window's weight must fall enough: roughly when the window ends
            waitMillis = Math.max(1000, (long) (span * (1.0 - elapsed)));
        }
        return OptionalLong.of(Math.max(1, (waitMillis + 999) / 1000));
    }

    private long count(String bucket, String client, long window) {
        Object n = em.createNativeQuery("SELECT COALESCE(SUM(hits), 0) FROM rate_limit_window WHERE bucket = ?1 "
                + "AND client = ?2 AND window_start = ?3").setParameter(1, bucket).setParameter(2, client)
                .setParameter(3, window).getSingleResult();
        return ((Number) n).longValue();
    }

    private void purge(String bucket, long before) {
        em.createNativeQuery("DELETE FROM rate_limit_window WHERE bucket = ?1 AND window_start < ?2")
                .setParameter(1, bucket).setParameter(2, before).executeUpdate();
    }

    /** Forgets every client of a bucket (tests, or an operator after an incident). */
    @Transactional(TxType.REQUIRES_NEW)
    public void reset(String bucket) {
        em.createNativeQuery("DELETE FROM rate_limit_window WHERE bucket = ?1").setParameter(1, bucket).executeUpdate();
    }
}
