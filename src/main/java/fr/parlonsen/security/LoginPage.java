package fr.parlonsen.security;

import fr.parlonsen.web.CsrfToken;
import fr.parlonsen.web.ClientAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

/**
 * The login form and logout. The form posts to {@code /j_security_check} with its CSRF token (login CSRF: an
 * attacker's page cannot sign a browser into the attacker's account); the password is checked only when the
 * throttle allows it; success opens a server-side session and rotates the CSRF token. Logout ends the session on
 * the server: the old cookie is refused from then on, wherever it was copied.
 */
@RequestScoped
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LoginPage {
    @Inject
    Accounts accounts;
    @Inject
    Sessions sessions;
    @Inject
    SecurityAudit audit;
    @Inject
    RoutingContext routing;
    @Inject
    ProConnect proConnect;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, long waitSeconds, boolean proConnect);
    }

    @GET
    @Path("connexion")
    public TemplateInstance login(@QueryParam("erreur") String error, @QueryParam("attente") Long wait) {
        return Templates.login(error != null, wait == null ? 0 : Math.max(0, Math.min(wait, 3600)),
                proConnect.enabled());
    }

    @POST
    @Path("j_security_check")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@RestForm("j_username") String username, @RestForm("j_password") String password) {
        String address = ClientAddress.of(routing);
        String user = username == null ? "" : username.strip();
        Accounts.Outcome outcome = accounts.check(user, password == null ? "" : password, address, "formulaire");
        if (outcome.waitFor().isPresent()) {
            return Response.seeOther(URI.create("/connexion?erreur=1&attente=" + seconds(outcome.waitFor().get())))
                    .build();
        }
        if (outcome.user().isEmpty()) {
            return Response.seeOther(URI.create("/connexion?erreur=1")).build();
        }
        return signedIn(outcome.user().get(), "password", address, "formulaire");
    }

    /** Opens the session, rotates the CSRF token, records the sign-in; then the landing page. */
    Response signedIn(String username, String method, String address, String via) {
        return signedIn(username, method, address, via, null);
    }

    /** The same, for a session whose logout must also go through the identity provider ({@code logoutUrl}). */
    Response signedIn(String username, String method, String address, String via, String logoutUrl) {
        boolean tls = ClientAddress.overTls(routing);
        Cookie old = routing.request().getCookie(Sessions.COOKIE);
        if (old != null) {
            sessions.close(old.getValue()); // session fixation: a cookie set before login never becomes a session
        }
        String token = sessions.open(username, method, address, logoutUrl);
        audit.record(username, SecurityAudit.SIGN_IN, via, address, "success");
        return Response.status(302).location(URI.create("/gestion"))
                .header("Set-Cookie", Sessions.cookie(token, tls))
                .header("Set-Cookie", CsrfToken.COOKIE + "=" + CsrfToken.fresh() + "; Path=/; HttpOnly; SameSite=Strict"
                        + (tls ? "; Secure" : ""))
                .build();
    }

    @POST
    @Path("deconnexion")
    public Response logout() {
        Cookie c = routing.request().getCookie(Sessions.COOKIE);
        boolean tls = ClientAddress.overTls(routing);
        Optional<String> providerLogout = Optional.empty();
        if (c != null) {
            providerLogout = sessions.logoutUrl(c.getValue());
            sessions.username(c.getValue()).ifPresent(u -> audit.record(u, SecurityAudit.SIGN_OUT, null,
                    ClientAddress.of(routing), "success"));
            sessions.close(c.getValue());
        }
        // a ProConnect session also ends at the provider (id_token_hint), which then sends the browser back to /
        URI next = providerLogout.map(URI::create).orElse(URI.create("/"));
        return Response.seeOther(next).header("Set-Cookie", Sessions.expiredCookie(tls)).build();
    }

    static long seconds(Duration d) {
        return Math.max(1, (d.toMillis() + 999) / 1000);
    }
}
