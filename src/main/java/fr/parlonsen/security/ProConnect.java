package fr.parlonsen.security;

import java.net.URI;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * ProConnect (OpenID Connect) sign-in for agents: the seam the login page and logout use. Not implemented yet
 * (no quarkus-oidc in the build): {@code parlonsen.proconnect.enabled} stays false, the form login is the only one.
 */
@ApplicationScoped
public class ProConnect {
    @ConfigProperty(name = "parlonsen.proconnect.enabled", defaultValue = "false")
    boolean enabled;
    @ConfigProperty(name = "parlonsen.proconnect.logout-url")
    Optional<String> logoutUrl;

    public boolean enabled() {
        return enabled;
    }

    /** Where to send the browser after a ProConnect session ended here (the provider's logout), if configured. */
    public Optional<URI> logoutUri() {
        return enabled ? logoutUrl.filter(s -> !s.isBlank()).map(URI::create) : Optional.empty();
    }
}
