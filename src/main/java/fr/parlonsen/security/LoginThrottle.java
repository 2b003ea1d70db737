package fr.parlonsen.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Password guessing, slowed down per account and per address, for form login and HTTP Basic alike, in the database
 * (shared by every replica). After {@code delay-after} failures each new attempt must wait a delay that doubles
 * (1 s, 2 s, 4 s... up to a minute); after {@code lock-after} failures the key is locked for {@code lock-duration}.
 * An attempt refused by the throttle is not even checked (no bcrypt). Unknown accounts are throttled exactly like
 * existing ones: the answer never tells whether an account exists.
 */
@ApplicationScoped
public class LoginThrottle {
    @Inject
    EntityManager em;
    @ConfigProperty(name = "parlonsen.login.delay-after", defaultValue = "3")
    int delayAfter;
    @ConfigProperty(name = "parlonsen.login.lock-after", defaultValue = "10")
    int lockAfter;
    @ConfigProperty(name = "parlonsen.login.address-delay-after", defaultValue = "20")
    int addressDelayAfter;
    @ConfigProperty(name = "parlonsen.login.address-lock-after", defaultValue = "100")
    int addressLockAfter;
    @ConfigProperty(name = "parlonsen.login.lock-duration", defaultValue = "PT15M")
    Duration lockDuration;
    @ConfigProperty(name = "parlonsen.login.window", defaultValue = "PT15M")
    Duration window;

    /** The rule, pure: how long a key with these failures must still wait at {@code now}. */
    public record Policy(int delayAfter, int lockAfter, Duration lockDuration, Duration window) {
        public Duration delay(int failures) {
            if (failures < delayAfter) {
                return Duration.ZERO;
            }
            return Duration.ofSeconds(Math.min(60, 1L << Math.min(6, failures - delayAfter)));
        }

        public Duration wait(int failures, Instant lastFailure, Instant lockedUntil, Instant now) {
            if (lockedUntil != null && lockedUntil.isAfter(now)) {
                return Duration.between(now, lockedUntil);
            }
            if (lastFailure == null || lastFailure.plus(window).isBefore(now)) {
                return Duration.ZERO;
            }
            Instant next = lastFailure.plus(delay(failures));
            return next.isAfter(now) ? Duration.between(now, next) : Duration.ZERO;
        }
    }

    Policy accountPolicy() {
        return new Policy(delayAfter, lockAfter, lockDuration, window);
    }

    Policy addressPolicy() {
        return new Policy(addressDelayAfter, addressLockAfter, lockDuration, window);
    }

    static String accountKey(String username) {
        return "u:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    static String addressKey(String address) {
        return "a:" + address;
    }

    /** Empty when the attempt may be checked; otherwise how long to wait. */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<Duration> blocked(String username, String address) {
        Instant now = Instant.now();
        Duration a = wait(accountKey(username), accountPolicy(), now);
        Duration b = wait(addressKey(address), addressPolicy(), now);
        Duration w = a.compareTo(b) >= 0 ? a : b;
        return w.isZero() ? Optional.empty() : Optional.of(w);
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void failure(String username, String address) {
        fail(accountKey(username), accountPolicy());
        fail(addressKey(address), addressPolicy());
    }

    /** A successful sign-in clears the account's failures (not the address's). */
    @Transactional(TxType.REQUIRES_NEW)
    public void success(String username) {
        em.createNativeQuery("DELETE FROM login_throttle WHERE throttle_key = ?1").setParameter(1, accountKey(username))
                .executeUpdate();
    }

    /** Forgets every key (an operator after an incident, or tests). */
    @Transactional(TxType.REQUIRES_NEW)
    public void reset() {
        em.createNativeQuery("DELETE FROM login_throttle").executeUpdate();
    }

    @Transactional(TxType.REQUIRES_NEW)
    public int purge() {
        return em.createNativeQuery("DELETE FROM login_throttle WHERE last_failure_at < ?1 AND (locked_until IS NULL "
                + "OR locked_until < ?1)").setParameter(1, DbTime.utc(Instant.now().minus(window).minus(lockDuration)))
                .executeUpdate();
    }

    private Duration wait(String key, Policy policy, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT failures, last_failure_at, locked_until FROM login_throttle "
                + "WHERE throttle_key = ?1").setParameter(1, key).getResultList();
        if (rows.isEmpty()) {
            return Duration.ZERO;
        }
        Object[] r = rows.get(0);
        return policy.wait(((Number) r[0]).intValue(), DbTime.instant(r[1]),
                r[2] == null ? null : DbTime.instant(r[2]), now);
    }

    private void fail(String key, Policy policy) {
        java.time.LocalDateTime now = DbTime.utc(Instant.now());
        java.time.LocalDateTime stale = DbTime.utc(Instant.now().minus(policy.window()));
        // failures older than the window start again from one; atomic for concurrent attempts on any replica
        em.createNativeQuery("INSERT INTO login_throttle (throttle_key, failures, last_failure_at) VALUES (?1, 1, ?2) "
                + "ON DUPLICATE KEY UPDATE failures = IF(last_failure_at < ?3 AND (locked_until IS NULL OR "
                + "locked_until < ?2), 1, failures + 1), last_failure_at = ?2").setParameter(1, key)
                .setParameter(2, now).setParameter(3, stale).executeUpdate();
        em.createNativeQuery("UPDATE login_throttle SET locked_until = ?2 WHERE throttle_key = ?1 AND failures >= ?3 "
                + "AND (locked_until IS NULL OR locked_until < ?4)").setParameter(1, key)
                .setParameter(2, DbTime.utc(Instant.now().plus(policy.lockDuration())))
                .setParameter(3, policy.lockAfter()).setParameter(4, now).executeUpdate();
    }
}
