package fr.parlonsen.web;

import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The error mapping for what fails before a resource is reached (the HTTP Basic and form login mechanisms, the
 * body decoders): the same French answers as {@link ErrorResponses}, RFC 7807 under /api, a DSFR page elsewhere.
 */
@ApplicationScoped
public class RequestGuard {
    private static final Logger LOG = Logger.getLogger(RequestGuard.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::check);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failure);
    }

    /** Refuses, before any authentication mechanism reads them, the headers they would choke on. */
    void check(RoutingContext ctx) {
        String raw = ctx.request().path();
        if (raw != null && raw.indexOf(';') >= 0) {
            // matrix parameters: no route takes them, and they made path-based permissions and the form-login
            // redirect misread the path ("/gestion;x" was served without login, "/gestion/questions;x" hung)
            send(ctx, new Faults.Fault(400, "Requête invalide", "L'adresse demandée contient un « ; » : les "
                    + "paramètres de chemin ne sont pas pris en charge.", 0));
            return;
        }
        String auth = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (auth != null && auth.regionMatches(true, 0, "Basic", 0, 5) && !readableBasic(auth)) {
            send(ctx, new Faults.Fault(400, "Requête invalide", "L'en-tête Authorization est mal formé : attendu "
                    + "« Basic » suivi de identifiant:mot de passe encodé en base64.", 0));
            return;
        }
        if ("/j_security_check".equals(ctx.normalizedPath())) {
            String type = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
            String t = type == null ? "" : type.toLowerCase(Locale.ROOT).strip();
            if (!t.startsWith("application/x-www-form-urlencoded") && !t.startsWith("multipart/form-data")) {
                send(ctx, new Faults.Fault(415, "Type de contenu non pris en charge", "La connexion s'envoie depuis "
                        + "le formulaire de la page de connexion (application/x-www-form-urlencoded).", 0));
                return;
            }
            if (t.startsWith("multipart/form-data") && !t.contains("boundary=")) {
                send(ctx, new Faults.Fault(400, "Requête invalide", "Envoi multipart sans délimiteur (boundary).", 0));
                return;
            }
        }
        ctx.next();
    }

    static boolean readableBasic(String header) {
        String value = header.substring(5).strip();
        if (value.isEmpty() || header.length() > 5 && !Character.isWhitespace(header.charAt(5))) {
            return false;
        }
        try {
            byte[] decoded = Base64.getDecoder().decode(value);
            return new String(decoded, java.nio.charset.StandardCharsets.UTF_8).indexOf(':') >= 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A failure below the resources: answered here when it is the client's doing or the database's. */
    void failure(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (failure == null || ctx.response().ended() || ctx.response().headWritten()
                || failure.getClass().getName().startsWith("io.quarkus.security.")) {
            ctx.next();
            return;
        }
        Optional<Faults.Fault> fault = Faults.classify(failure, ctx.request().getHeader("If-Match") != null);
        if (fault.isEmpty()) {
            ctx.next();
            return;
        }
        LOG.debugf(failure, "Requête refusée avant la ressource : %s", ctx.normalizedPath());
        send(ctx, fault.get());
    }

    static void send(RoutingContext ctx, Faults.Fault f) {
        String path = ctx.normalizedPath();
        var response = ctx.response().setStatusCode(f.status());
        if (f.status() == 503) {
            response.putHeader("Retry-After", String.valueOf(Math.max(1, f.retryAfter())));
        }
        if (path.startsWith("/api/")) {
            String body;
            try {
                body = JSON.writeValueAsString(Problem.of(f.status(), f.title(), f.detail(), path, List.of()));
            } catch (JsonProcessingException e) {
                body = "{\"status\":" + f.status() + "}";
            }
            response.putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(body);
        } else {
            response.putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8")
                    .end(ErrorScreen.plain(f.status(), f.title(), f.detail()));
        }
    }
}
