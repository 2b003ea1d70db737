package fr.parlonsen.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/**
 * Checks credentials against the app_user table (bcrypt) and builds the security identity.
 * Wrong password, unknown user and disabled account all fail the same way, in about the same time.
 * Successful HTTP Basic checks are remembered for a short while so that API clients do not pay bcrypt on
 * every call; any change to a user clears that memory. The memory is per replica but consistent across replicas:
 * an entry only holds for the password hash it was checked against, and the user row is read at every call, so a
 * password changed or an account disabled through another replica takes effect at once everywhere.
 */
@ApplicationScoped
public class Accounts {
    static final int BCRYPT_COST = 10;
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("parlons-en-dummy-password", BCRYPT_COST);
    private static final Duration REMEMBER = Duration.ofMinutes(2);

    /** A successful check: the stored hash it matched, and when. */
    record Verified(String passwordHash, Instant at) {
    }

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    @jakarta.inject.Inject
    LoginThrottle throttle;
    @jakarta.inject.Inject
    SecurityAudit audit;

    /** The answer to a sign-in attempt: the account, or nothing; or a wait imposed by the throttle. */
    public record Outcome(Optional<String> user, Optional<Duration> waitFor) {
    }

    /**
     * A sign-in attempt by form or Basic, from {@code address}: refused without checking while throttled; a failure
     * counts for the account and the address and is audited. Unknown, disabled and wrong password look the same.
     */
    public Outcome check(String username, String password, String address, String via) {
        Optional<Duration> wait = throttle.blocked(username, address);
        if (wait.isPresent()) {
            audit.record(username, SecurityAudit.SIGN_IN_FAILED, via, address, "throttled");
            return new Outcome(Optional.empty(), wait);
        }
        try {
            SecurityIdentity id = authenticate(username, password);
            throttle.success(username);
            return new Outcome(Optional.of(id.getPrincipal().getName()), Optional.empty());
        } catch (AuthenticationFailedException e) {
            throttle.failure(username, address);
            audit.record(username, SecurityAudit.SIGN_IN_FAILED, via, address, "failure");
            return new Outcome(Optional.empty(), Optional.empty());
        }
    }

    /** HTTP Basic: the same check; refused credentials (or a throttled attempt) fail the request with 401. */
    public SecurityIdentity authenticateBasic(String username, String password, String address) {
        Outcome o = check(username, password, address, "basic");
        if (o.user().isEmpty()) {
            throw new AuthenticationFailedException("Identifiant ou mot de passe incorrect.");
        }
        return restore(o.user().get());
    }

    public static String hash(String password) {
        return BcryptUtil.bcryptHash(password, BCRYPT_COST);
    }

    @ActivateRequestContext
    public SecurityIdentity authenticate(String username, String password) {
        Optional<AppUser> found = AppUser.findByUsername(username);
        String key = username + "\u0000" + sha256(password);
        Verified seen = verified.get(key);
        boolean ok;
        if (found.isPresent() && seen != null && seen.at().isAfter(Instant.now().minus(REMEMBER))
                && seen.passwordHash().equals(found.get().passwordHash)) {
            ok = found.get().enabled;
        } else {
            String hash = found.map(u -> u.passwordHash).orElse(DUMMY_HASH);
            boolean matches = safeMatches(password, hash);
            ok = found.isPresent() && found.get().enabled && matches;
            if (ok) {
                verified.put(key, new Verified(found.get().passwordHash, Instant.now()));
            }
        }
        if (!ok) {
            throw new AuthenticationFailedException("Identifiant ou mot de passe incorrect.");
        }
        return identityOf(found.get());
    }

    /** For the form-login cookie: the user was authenticated before; reload roles and scope, refuse if disabled. */
    @ActivateRequestContext
    public SecurityIdentity restore(String username) {
        AppUser user = AppUser.findByUsername(username).filter(u -> u.enabled)
                .orElseThrow(() -> new AuthenticationFailedException("Compte inconnu ou désactivé."));
        return identityOf(user);
    }

    public void forget(String username) {
        verified.keySet().removeIf(k -> k.startsWith(username + "\u0000"));
    }

    static SecurityIdentity identityOf(AppUser user) {
        QuarkusSecurityIdentity.Builder b = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.username))
                .addAttribute(CurrentUserProducer.ATTR_DISPLAY_NAME, user.displayName)
                .addAttribute(CurrentUserProducer.ATTR_ARRONDISSEMENTS, user.arrondissementSet());
        if (user.department != null) {
            b.addAttribute(CurrentUserProducer.ATTR_DEPARTMENT, user.department);
        }
        for (Role r : user.roleSet()) {
            b.addRole(r.code);
        }
        return b.build();
    }

    private static boolean safeMatches(String password, String hash) {
        try {
            return BcryptUtil.matches(password, hash);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
