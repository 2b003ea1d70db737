package fr.parlonsen.question;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@code issuedAt} field of the public question forms: the time the form was served, signed (HMAC-SHA256) so
 * that a robot cannot forge it. A form sent back less than {@code parlonsen.questions.min-fill-time} (3 s) after it
 * was served, or with a missing or forged token, is refused.
 */
@ApplicationScoped
public class FormTimeToken {
    static final Duration MAX_AGE = Duration.ofHours(12);

    @Inject
    @ConfigProperty(name = "parlonsen.questions.min-fill-time", defaultValue = "PT3S")
    Duration minFillTime;
    @Inject
    @ConfigProperty(name = "parlonsen.questions.form-secret")
    Optional<String> configuredSecret;

    @Inject
    fr.parlonsen.cluster.ClusterSecrets secrets;

    private volatile byte[] key;

    /** The configured key, or one generated once for the whole cluster (a form served by one replica, sent to another). */
    private byte[] key() {
        byte[] k = key;
        if (k == null) {
            k = configuredSecret.isPresent() && !configuredSecret.get().isBlank()
                    ? configuredSecret.get().getBytes(StandardCharsets.UTF_8)
                    : secrets.get("question-form");
            key = k;
        }
        return k;
    }

    public String issue() {
        return issue(System.currentTimeMillis());
    }

    String issue(long epochMillis) {
        String time = Long.toString(epochMillis);
        return time + "." + sign(time);
    }

    public enum Check {
        OK, MISSING_OR_FORGED, TOO_FAST, EXPIRED
    }

    public Check check(String token) {
        if (token == null || token.indexOf('.') <= 0) {
            return Check.MISSING_OR_FORGED;
        }
        String time = token.substring(0, token.indexOf('.'));
        String signature = token.substring(token.indexOf('.') + 1);
        if (!MessageDigest.isEqual(sign(time).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII))) {
            return Check.MISSING_OR_FORGED;
        }
        long issued;
        try {
            issued = Long.parseLong(time);
        } catch (NumberFormatException e) {
            return Check.MISSING_OR_FORGED;
        }
        long elapsed = System.currentTimeMillis() - issued;
        if (elapsed < minFillTime.toMillis()) {
            return Check.TOO_FAST;
        }
        return elapsed > MAX_AGE.toMillis() ? Check.EXPIRED : Check.OK;
    }

    private String sign(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
