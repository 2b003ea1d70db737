package fr.parlonsen.security;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The agents' sign-in sessions, on the server (table user_session, shared by every replica). The cookie carries a
 * random 256-bit token; the table keeps only its SHA-256, so a database dump gives no usable cookie. A session ends
 * after {@code parlonsen.session.idle-timeout} without a request (30 min) or {@code max-age} in all (12 h), and at
 * once on logout, password change, disabling or any change of roles or scope ({@link #closeAll}).
 */
@ApplicationScoped
public class Sessions {
    public static final String COOKIE = "parlonsen-session";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration TOUCH_EVERY = Duration.ofSeconds(60);

    @Inject
    EntityManager em;
    @ConfigProperty(name = "parlonsen.session.idle-timeout", defaultValue = "PT30M")
    Duration idleTimeout;
    @ConfigProperty(name = "parlonsen.session.max-age", defaultValue = "PT12H")
    Duration maxAge;

    /** Opens a session; returns the cookie value. {@code method}: password, oidc. */
    @Transactional(TxType.REQUIRES_NEW)
    public String open(String username, String method, String address) {
        return open(username, method, address, null);
    }

    /** Opens a session that also remembers where its logout goes (the identity provider's, for oidc sessions). */
    @Transactional(TxType.REQUIRES_NEW)
    public String open(String username, String method, String address, String logoutUrl) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = Instant.now();
        em.createNativeQuery("INSERT INTO user_session (token_hash, username, method, address, created_at, "
                + "last_seen_at, expires_at, logout_url) VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?6, ?7)")
                .setParameter(1, FormTokens.sha256(token))
                .setParameter(2, username).setParameter(3, method).setParameter(4, address)
                .setParameter(5, DbTime.utc(now)).setParameter(6, DbTime.utc(now.plus(maxAge)))
                .setParameter(7, logoutUrl).executeUpdate();
        return token;
    }

    /** The session's user, when the token names a live session; refreshes its idle time about once a minute. */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<String> username(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        String hash = FormTokens.sha256(token);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT username, last_seen_at, expires_at FROM user_session "
                + "WHERE token_hash = ?1").setParameter(1, hash).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        Instant seen = DbTime.instant(rows.get(0)[1]);
        Instant expires = DbTime.instant(rows.get(0)[2]);
        if (expires.isBefore(now) || seen.plus(idleTimeout).isBefore(now)) {
            em.createNativeQuery("DELETE FROM user_session WHERE token_hash = ?1").setParameter(1, hash).executeUpdate();
            return Optional.empty();
        }
        if (seen.plus(TOUCH_EVERY).isBefore(now)) {
            em.createNativeQuery("UPDATE user_session SET last_seen_at = ?2 WHERE token_hash = ?1").setParameter(1, hash)
                    .setParameter(2, DbTime.utc(now)).executeUpdate();
        }
        return Optional.of((String) rows.get(0)[0]);
    }

    /** The sign-in method of a live session (password, oidc), or empty. */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<String> method(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("SELECT method FROM user_session WHERE token_hash = ?1")
                .setParameter(1, FormTokens.sha256(token)).getResultList();
        return rows.stream().findFirst();
    }

    /** Where the browser goes after this session ended here: the identity provider's logout, if it has one. */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<String> logoutUrl(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("SELECT logout_url FROM user_session WHERE token_hash = ?1")
                .setParameter(1, FormTokens.sha256(token)).getResultList();
        return rows.stream().filter(java.util.Objects::nonNull).findFirst();
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void close(String token) {
        if (token != null && !token.isBlank()) {
            em.createNativeQuery("DELETE FROM user_session WHERE token_hash = ?1").setParameter(1, FormTokens.sha256(token))
                    .executeUpdate();
        }
    }

    /** Ends every session of the account, in the caller's transaction (it commits with the change that asks it). */
    @Transactional
    public int closeAll(String username) {
        return em.createNativeQuery("DELETE FROM user_session WHERE username = ?1").setParameter(1, username)
                .executeUpdate();
    }

    @Transactional(TxType.REQUIRES_NEW)
    public int purge() {
        Instant now = Instant.now();
        return em.createNativeQuery("DELETE FROM user_session WHERE expires_at < ?1 OR last_seen_at < ?2")
                .setParameter(1, DbTime.utc(now)).setParameter(2, DbTime.utc(now.minus(idleTimeout)))
                .executeUpdate();
    }

    /** The Set-Cookie value: HttpOnly, SameSite=Strict, Secure when the request came over TLS. */
    public static String cookie(String token, boolean secure) {
        return COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }

    public static String expiredCookie(boolean secure) {
        return COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }
}
