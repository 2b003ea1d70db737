package fr.parlonsen.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Restores the identity of a live server-side session, re-reading roles and scope; refuses a disabled account. */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<SessionRequest> {
    @Inject
    Sessions sessions;
    @Inject
    Accounts accounts;

    @Override
    public Class<SessionRequest> getRequestType() {
        return SessionRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(SessionRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            String username = sessions.username(request.token())
                    .orElseThrow(() -> new AuthenticationFailedException("Session inconnue ou expirée."));
            return accounts.restore(username);
        });
    }
}
