package fr.parlonsen.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;

/**
 * ProConnect (OpenID Connect) sign-in for State agents, through quarkus-oidc's web-app tenant {@value #TENANT}
 * (authorization code flow with PKCE, state and nonce checked by quarkus-oidc; see application.properties). Off
 * unless {@code parlonsen.proconnect.enabled} (PARLONSEN_PROCONNECT_ENABLED): the form login is the default and
 * works without any identity provider. When on, the issuer, client id and client secret must be set, or the
 * application refuses to start.
 */
@ApplicationScoped
public class ProConnect {
    /** The quarkus-oidc tenant (quarkus.oidc.proconnect.*), used on {@value #PATH} only. */
    public static final String TENANT = "proconnect";
    public static final String PATH = "/connexion/proconnect";
    /** Outside {@link #PATH} and its cookies' path: shown to a visitor, never with the provider's identity. */
    public static final String ERROR_PATH = "/connexion/proconnect-erreur";

    @ConfigProperty(name = "parlonsen.proconnect.enabled", defaultValue = "false")
    boolean enabled;
    @ConfigProperty(name = "quarkus.oidc.proconnect.auth-server-url")
    Optional<String> issuer;
    @ConfigProperty(name = "quarkus.oidc.proconnect.client-id")
    Optional<String> clientId;
    @ConfigProperty(name = "quarkus.oidc.proconnect.credentials.secret")
    Optional<String> secret;

    public boolean enabled() {
        return enabled;
    }

    void onStart(@Observes @Priority(110) StartupEvent event) {
        if (!enabled) {
            return;
        }
        List<String> missing = new ArrayList<>();
        if (blank(issuer)) {
            missing.add("PARLONSEN_PROCONNECT_ISSUER");
        }
        if (blank(clientId)) {
            missing.add("PARLONSEN_PROCONNECT_CLIENT_ID");
        }
        if (blank(secret)) {
            missing.add("PARLONSEN_PROCONNECT_CLIENT_SECRET");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Démarrage refusé : ProConnect est activé (PARLONSEN_PROCONNECT_ENABLED) "
                    + "mais " + String.join(", ", missing) + " manque(nt).");
        }
    }

    /**
     * The provider's logout address for this sign-in (RP-initiated logout, as ProConnect asks): the
     * end_session_endpoint with the ID token as {@code id_token_hint}, a fresh {@code state} and the page to come
     * back to, which the provider must know. Empty when the provider publishes no end_session_endpoint.
     */
    static Optional<String> logoutUrl(String endSessionEndpoint, String idToken, String postLogoutRedirect) {
        if (endSessionEndpoint == null || endSessionEndpoint.isBlank() || idToken == null || idToken.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(endSessionEndpoint + (endSessionEndpoint.contains("?") ? "&" : "?") + "id_token_hint="
                + enc(idToken) + "&state=" + enc(UUID.randomUUID().toString()) + "&post_logout_redirect_uri="
                + enc(postLogoutRedirect));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static boolean blank(Optional<String> s) {
        return s.map(String::isBlank).orElse(true);
    }
}
