package fr.parlonsen.security;

import fr.parlonsen.web.ClientAddress;
import java.net.URI;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.IdToken;
import io.quarkus.oidc.OidcConfigurationMetadata;
import io.quarkus.oidc.OidcSession;
import io.quarkus.oidc.UserInfo;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;

/**
 * ProConnect sign-in. {@code GET /connexion/proconnect} is guarded by quarkus-oidc's code flow (tenant
 * {@value ProConnect#TENANT}, application.properties): a visitor is sent to the provider (PKCE, state, nonce), comes
 * back here with a code that quarkus-oidc exchanges and whose ID token it verifies (signature, issuer, audience,
 * expiry, nonce). This method then runs with that identity: it maps the verified e-mail to an enabled account, drops
 * quarkus-oidc's own session cookie and opens the application's server-side session, exactly as the password form
 * does. An identity without an account is refused (403, audited); nothing is created.
 */
@RequestScoped
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ProConnectPages {
    @Inject
    ProConnect proConnect;
    @Inject
    ProConnectAccounts accounts;
    @Inject
    SecurityAudit audit;
    @Inject
    LoginPage login;
    @Inject
    RoutingContext routing;
    @Inject
    SecurityIdentity identity;
    @Inject
    @IdToken
    JsonWebToken idToken;
    @Inject
    jakarta.enterprise.inject.Instance<OidcSession> oidcSession;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance refused();

        static native TemplateInstance signedIn();

        static native TemplateInstance providerError(String error);
    }

    @GET
    @Path(ProConnect.PATH)
    public Response signIn() {
        if (!proConnect.enabled() || identity.isAnonymous()) {
            return Response.status(404).build();
        }
        String address = ClientAddress.of(routing);
        UserInfo userInfo = identity.getAttribute("userinfo");
        String email = claim(userInfo, "email");
        Boolean verified = userInfo != null && userInfo.contains("email_verified")
                ? userInfo.getBoolean("email_verified")
                : idToken.containsClaim("email_verified") ? idToken.<Boolean>getClaim("email_verified") : null;
        OidcConfigurationMetadata metadata = identity.getAttribute("configuration-metadata");
        String origin = origin();
        Optional<String> logout = ProConnect.logoutUrl(metadata == null ? null : metadata.getEndSessionUri(),
                idToken.getRawToken(), origin + "/");
        // quarkus-oidc's session cookie never outlives this request: the application's session is the only one
        oidcSession.get().logout().await().indefinitely();
        ProConnectAccounts.Match match = accounts.find(email, verified);
        if (match.username().isEmpty()) {
            audit.record(email == null ? idToken.getSubject() : email, SecurityAudit.SIGN_IN_FAILED, "proconnect",
                    address, match.refusal());
            // a page of its own (not the layout: this request still carries the provider's identity)
            return Response.status(403).entity(Templates.refused()).type(MediaType.TEXT_HTML_TYPE).build();
        }
        Response signed = login.signedIn(match.username().get(), "oidc", address, "proconnect", logout.orElse(null));
        // This request ends a navigation that started at the provider (another site): a browser does not send the
        // SameSite=Strict session cookie on a redirect of it. A small page here moves on to /gestion from this site.
        Response.ResponseBuilder page = Response.ok(Templates.signedIn()).type(MediaType.TEXT_HTML_TYPE);
        signed.getStringHeaders().get("Set-Cookie").forEach(c -> page.header("Set-Cookie", c));
        return page.build();
    }

    /** The provider answered with an error instead of a code (the agent cancelled, or access denied). */
    @GET
    @Path(ProConnect.ERROR_PATH)
    public Response providerError(@QueryParam("error") String error) {
        audit.record(null, SecurityAudit.SIGN_IN_FAILED, "proconnect", ClientAddress.of(routing), "provider-error");
        String shown = error == null || !error.matches("[a-z_]{1,40}") ? null : error;
        return Response.status(403).entity(Templates.providerError(shown)).build();
    }

    private String origin() {
        URI uri = URI.create(routing.request().absoluteURI());
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    private String claim(UserInfo userInfo, String name) {
        String v = userInfo == null ? null : userInfo.getString(name);
        if (v == null && idToken.containsClaim(name)) {
            v = idToken.getClaim(name);
        }
        return v;
    }
}
