package fr.parlonsen.security;

import fr.parlonsen.web.ClientAddress;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

/**
 * The page session: the {@code parlonsen-session} cookie names a server-side session ({@link Sessions}). It is
 * accepted on every page and on the API for reading only (GET, HEAD: the downloads a page links to); a
 * state-changing API call needs HTTP Basic, so a cookie can never make the API change anything. Without a session,
 * pages redirect to the login form and the API answers 401.
 */
@ApplicationScoped
public class SessionMechanism implements HttpAuthenticationMechanism {
    /** Before HTTP Basic (2000): its challenge (login page, or 401 on the API) is the one sent. */
    static final int PRIORITY = 3000;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        Cookie cookie = context.request().getCookie(Sessions.COOKIE);
        if (cookie == null || cookie.getValue().isBlank()) {
            return Uni.createFrom().nullItem();
        }
        String path = context.normalizedPath();
        String method = context.request().method().name();
        if (path.startsWith("/api/") && !("GET".equals(method) || "HEAD".equals(method))) {
            return Uni.createFrom().nullItem();
        }
        // only a dead session is forgotten; a database that does not answer fails the request (503, web.Faults)
        // and keeps the cookie, so that the agent is still signed in once it is back
        return identityProviderManager.authenticate(new SessionRequest(cookie.getValue()))
                .onFailure(io.quarkus.security.AuthenticationFailedException.class).recoverWithItem(() -> {
                    // a dead session: forget the cookie, go on as a visitor (public pages stay public)
                    context.response().headers().add("Set-Cookie", Sessions.expiredCookie(ClientAddress.overTls(context)));
                    return null;
                });
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (context.normalizedPath().startsWith("/api/")) {
            return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate",
                    "Basic realm=\"Parlons-en\", charset=\"UTF-8\""));
        }
        return Uni.createFrom().item(new ChallengeData(302, "Location", "/connexion"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(SessionRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.COOKIE, Sessions.COOKIE,
                "session"));
    }

    @Override
    public int getPriority() {
        return PRIORITY;
    }
}
