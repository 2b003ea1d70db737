package fr.parlonsen.security;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;

/**
 * In production ({@code parlonsen.secrets.enforce}, true unless the dev, test or demo profile is active), the
 * application refuses to start when a configured secret is shorter than 32 characters or equals a value shipped in
 * the repository: the session key, the public forms' HMAC key, the bootstrap admin's password, the OIDC client
 * secret. Applying an example file as-is must not give anyone a forgeable admin session.
 */
@ApplicationScoped
public class StartupSecrets {
    @ConfigProperty(name = "parlonsen.secrets.enforce", defaultValue = "true")
    boolean enforce;
    @ConfigProperty(name = "quarkus.http.auth.session.encryption-key")
    Optional<String> sessionKey;
    @ConfigProperty(name = "parlonsen.questions.form-secret")
    Optional<String> formSecret;
    @ConfigProperty(name = "parlonsen.bootstrap-admin")
    Optional<String> bootstrapAdmin;
    @ConfigProperty(name = "quarkus.oidc.proconnect.credentials.secret")
    Optional<String> oidcSecret;

    /** Thrown at start-up: Quarkus stops and prints the message. */
    public static class RefusedSecrets extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        RefusedSecrets(List<String> problems) {
            super("Démarrage refusé : " + String.join(" ", problems));
        }
    }

    void onStart(@Observes @Priority(100) StartupEvent event) {
        if (enforce) {
            check(sessionKey, formSecret, bootstrapAdmin, oidcSecret);
        }
    }

    /** The check itself, callable from a unit test with any values. */
    public static void check(Optional<String> sessionKey, Optional<String> formSecret, Optional<String> bootstrapAdmin,
            Optional<String> oidcSecret) {
        List<String> problems = SecretPolicy.problems(List.of(
                new SecretPolicy.Secret("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY", sessionKey, true),
                new SecretPolicy.Secret("PARLONSEN_QUESTIONS_FORM_SECRET", formSecret, true),
                new SecretPolicy.Secret("PARLONSEN_BOOTSTRAP_ADMIN (mot de passe)",
                        SecretPolicy.bootstrapPassword(bootstrapAdmin.filter(s -> !s.isBlank())), true),
                new SecretPolicy.Secret("PARLONSEN_PROCONNECT_CLIENT_SECRET", oidcSecret, false)));
        if (!problems.isEmpty()) {
            throw new RefusedSecrets(problems);
        }
    }
}
