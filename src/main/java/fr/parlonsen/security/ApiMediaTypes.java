package fr.parlonsen.security;

import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A state-changing API request ({@code POST, PUT, PATCH, DELETE} on {@code /api/v1}) is accepted only with a JSON
 * body ({@code application/json} or {@code application/*+json}), the documented multipart upload (canton import),
 * or no body at all. A browser sends a cross-site form only as {@code application/x-www-form-urlencoded},
 * {@code multipart/form-data} or {@code text/plain}: each is refused here with 415 before any authentication, so a
 * page that a signed-in agent visits cannot make their browser publish, validate or transmit anything.
 */
@ApplicationScoped
public class ApiMediaTypes {
    /** The one API route that takes multipart: {@code POST /api/v1/territories/cantons}. */
    static final Pattern MULTIPART_ROUTES = Pattern.compile("/api/v1/territories/cantons/?");

    void install(@Observes Router router) {
        router.route("/api/v1/*").order(Integer.MIN_VALUE + 10).handler(this::check);
    }

    void check(RoutingContext ctx) {
        String method = ctx.request().method().name();
        if (!("POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method) || "DELETE".equals(method))) {
            ctx.next();
            return;
        }
        String type = ctx.request().getHeader("Content-Type");
        if (type == null || type.isBlank()) {
            ctx.next(); // no body, or a body the resource will refuse as it does today
            return;
        }
        // a body-less command (publish, validate...) from a program may carry any type (curl -d '', REST clients);
        // from a browser on another site (Origin / Sec-Fetch-Site tell) it is a cross-site form: refused
        if (accepted(type, ctx.normalizedPath()) || (emptyBody(ctx) && !crossSiteBrowser(ctx))) {
            ctx.next();
            return;
        }
        JsonObject problem = new JsonObject().put("type", "about:blank").put("title", "Type de contenu non pris en charge")
                .put("status", 415).put("detail", "Cette route de l'API accepte un corps JSON (application/json)"
                        + (MULTIPART_ROUTES.matcher(ctx.normalizedPath()).matches() ? " ou multipart/form-data" : "")
                        + ", pas « " + mediaType(type) + " ». Les formulaires HTML ne sont pas acceptés par l'API.")
                .put("instance", ctx.normalizedPath());
        ctx.response().setStatusCode(415).putHeader("Content-Type", "application/problem+json")
                .end(problem.encode());
    }

    static boolean emptyBody(RoutingContext ctx) {
        String length = ctx.request().getHeader("Content-Length");
        if (length != null) {
            return "0".equals(length.strip());
        }
        return ctx.request().getHeader("Transfer-Encoding") == null;
    }

    /** A browser request sent by a page of another origin (or one that does not say where it comes from). */
    static boolean crossSiteBrowser(RoutingContext ctx) {
        String site = ctx.request().getHeader("Sec-Fetch-Site");
        if (site != null) {
            return !("same-origin".equalsIgnoreCase(site) || "none".equalsIgnoreCase(site));
        }
        String origin = ctx.request().getHeader("Origin");
        if (origin == null) {
            return false;
        }
        String host = ctx.request().getHeader("Host");
        return host == null || !origin.replaceFirst("^https?://", "").equalsIgnoreCase(host);
    }

    static boolean accepted(String contentType, String path) {
        String mt = mediaType(contentType);
        if (mt.equals("application/json") || (mt.startsWith("application/") && mt.endsWith("+json"))) {
            return true;
        }
        return mt.equals("multipart/form-data") && MULTIPART_ROUTES.matcher(path).matches();
    }

    static String mediaType(String contentType) {
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }
}
