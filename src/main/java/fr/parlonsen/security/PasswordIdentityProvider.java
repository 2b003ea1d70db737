package fr.parlonsen.security;

import fr.parlonsen.web.ClientAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.smallrye.mutiny.Uni;

/** HTTP Basic lands here (the login form posts to LoginPage); both go through Accounts.check and its throttle. */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {
    @Inject
    Accounts accounts;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String username = request.getUsername();
        String password = new String(request.getPassword().getPassword());
        io.vertx.ext.web.RoutingContext routing = io.quarkus.vertx.http.runtime.security.HttpSecurityUtils
                .getRoutingContextAttribute(request);
        String address = ClientAddress.of(routing);
        return context.runBlocking(() -> accounts.authenticateBasic(username, password, address));
    }
}
