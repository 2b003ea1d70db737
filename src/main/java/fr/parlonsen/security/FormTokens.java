package fr.parlonsen.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The fill-time token of every public submission (HTML forms and the JSON API alike): the time it was issued and a
 * random nonce, signed (HMAC-SHA256). A submission is refused when its token is missing or forged, sent back less
 * than {@code parlonsen.questions.min-fill-time} after issue (a robot), older than two hours, or already used once
 * (table form_token_use, shared by every replica). Other capabilities' public forms call it too.
 */
@ApplicationScoped
public class FormTokens {
    public static final Duration MAX_AGE = Duration.ofHours(2);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @ConfigProperty(name = "parlonsen.questions.min-fill-time", defaultValue = "PT3S")
    Duration minFillTime;
    @Inject
    @ConfigProperty(name = "parlonsen.questions.form-secret")
    Optional<String> configuredSecret;
    @Inject
    EntityManager em;

    private byte[] key;

    @jakarta.annotation.PostConstruct
    void init() {
        if (configuredSecret.isPresent() && !configuredSecret.get().isBlank()) {
            key = configuredSecret.get().getBytes(StandardCharsets.UTF_8);
        } else {
            key = new byte[32]; // per start: a form served before a restart is simply served again
            RANDOM.nextBytes(key);
        }
    }

    /** A token and the instant from which it is accepted (the contract's {@code {token, notBefore}}). */
    public record Issued(String token, Instant notBefore) {
    }

    public Issued issueWithNotBefore() {
        long now = System.currentTimeMillis();
        return new Issued(issue(now), Instant.ofEpochMilli(now + minFillTime.toMillis()));
    }

    public String issue() {
        return issue(System.currentTimeMillis());
    }

    /** A token issued at {@code epochMillis} (tests back-date it as if a person had taken time to write). */
    public String issue(long epochMillis) {
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(nonce);
        String value = epochMillis + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
        return value + "." + sign(value);
    }

    public enum Check {
        OK, MISSING_OR_FORGED, TOO_FAST, EXPIRED, REUSED
    }

    /** Checks the signature and the times, without using the token up. */
    public Check check(String token) {
        if (token == null) {
            return Check.MISSING_OR_FORGED;
        }
        int last = token.lastIndexOf('.');
        int first = token.indexOf('.');
        if (first <= 0 || last <= first) {
            return Check.MISSING_OR_FORGED;
        }
        String value = token.substring(0, last);
        if (!MessageDigest.isEqual(sign(value).getBytes(StandardCharsets.US_ASCII),
                token.substring(last + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Check.MISSING_OR_FORGED;
        }
        long issued;
        try {
            issued = Long.parseLong(token.substring(0, first));
        } catch (NumberFormatException e) {
            return Check.MISSING_OR_FORGED;
        }
        long elapsed = System.currentTimeMillis() - issued;
        if (elapsed < minFillTime.toMillis()) {
            return Check.TOO_FAST;
        }
        return elapsed > MAX_AGE.toMillis() ? Check.EXPIRED : Check.OK;
    }

    /**
     * Checks the token and uses it up, in the caller's transaction (a submission that fails later rolls the use
     * back, so the person can send the same form again).
     */
    @Transactional
    public Check consume(String token) {
        Check c = check(token);
        if (c != Check.OK) {
            return c;
        }
        int inserted = em.createNativeQuery("INSERT IGNORE INTO form_token_use (token_hash, used_at) VALUES (?1, ?2)")
                .setParameter(1, sha256(token)).setParameter(2, DbTime.utc(Instant.now())).executeUpdate();
        if (inserted == 0) {
            return Check.REUSED;
        }
        return Check.OK;
    }

    /** Forgets the uses older than the tokens' life (run daily). */
    @Transactional(TxType.REQUIRES_NEW)
    public int purge() {
        return em.createNativeQuery("DELETE FROM form_token_use WHERE used_at < ?1")
                .setParameter(1, DbTime.utc(Instant.now().minus(MAX_AGE).minusSeconds(3600)))
                .executeUpdate();
    }

    private String sign(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
