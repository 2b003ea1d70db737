package fr.parlonsen.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The session cookie's token, to be turned into an identity by {@link SessionIdentityProvider}. */
public class SessionRequest extends BaseAuthenticationRequest {
    private final String token;

    public SessionRequest(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
