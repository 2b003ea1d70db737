package fr.parlonsen.security;

import fr.parlonsen.web.CsrfToken;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;

import fr.parlonsen.web.ErrorScreen;

/**
 * Refuses any state-changing page request (POST, PUT, PATCH, DELETE outside /api) whose form does not carry the
 * CSRF token of this browser. The API is not concerned: it authenticates with HTTP Basic, never with a cookie.
 */
public class CsrfFilter {
    @Inject
    CsrfToken csrf;

    @ServerRequestFilter
    @WithFormRead
    public Response verify(ContainerRequestContext ctx) {
        String method = ctx.getMethod();
        String path = "/" + ctx.getUriInfo().getPath().replaceFirst("^/", "");
        if (path.startsWith("/api/")) {
            return null;
        }
        if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
            // decided now, not while the template renders (that may happen after the response filters):
            // the cookie then always goes with the page whose forms carry the token
            csrf.getToken();
            return null;
        }
        String expected = csrf.fromCookie();
        String given = formValue(CsrfToken.FIELD);
        if (expected != null && given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8))) {
            return null;
        }
        return Response.status(403).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(ErrorScreen.Templates.error(403, "Formulaire expiré",
                        "Ce formulaire n'est plus valide (jeton de sécurité absent ou périmé). Rechargez la page et "
                                + "envoyez-le à nouveau : vos données déjà enregistrées sont intactes.",
                        List.of()).render())
                .build();
    }

    @ServerResponseFilter
    public void issueCookie(ContainerRequestContext req, ContainerResponseContext res) {
        if (csrf.isFresh()) {
            boolean secure = "https".equalsIgnoreCase(req.getUriInfo().getRequestUri().getScheme());
            res.getHeaders().add("Set-Cookie", CsrfToken.COOKIE + "=" + csrf.getToken()
                    + "; Path=/; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : ""));
        }
    }

    private static String formValue(String name) {
        ResteasyReactiveRequestContext rc = CurrentRequestManager.get();
        FormData form = rc == null ? null : rc.getFormData();
        if (form == null || form.getFirst(name) == null) {
            return null;
        }
        return form.getFirst(name).getValue();
    }
}
