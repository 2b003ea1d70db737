package fr.parlonsen.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;

/**
 * Security headers on every response, static files and errors included: a CSP without 'unsafe-inline',
 * no framing, no sniffing, a strict referrer policy.
 */
@ApplicationScoped
public class SecurityHeaders {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            var headers = ctx.response().headers();
            headers.set("Content-Security-Policy", CSP);
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
            headers.set("Permissions-Policy", "geolocation=(), camera=(), microphone=(), payment=()");
            headers.set("Cross-Origin-Opener-Policy", "same-origin");
            String path = ctx.normalizedPath();
            if (!path.startsWith("/dsfr/") && !path.startsWith("/static/")) {
                headers.set("Cache-Control", "no-store");
            }
            // no Basic challenge to a browser navigating (a link, a typed address): it would remember the
            // credentials and replay them on cross-site requests; API clients still get it
            if (path.startsWith("/api/v1/")) {
                boolean navigation = browserNavigation(ctx);
                ctx.addHeadersEndHandler(v -> {
                    if (ctx.response().getStatusCode() != 401) {
                        return;
                    }
                    if (navigation) {
                        ctx.response().headers().remove("WWW-Authenticate");
                    } else if (!ctx.response().headers().contains("WWW-Authenticate")) {
                        ctx.response().headers().set("WWW-Authenticate", "Basic realm=\"Parlons-en\", charset=\"UTF-8\"");
                    }
                });
            }
            ctx.next();
        });
    }

    /** A page navigation: {@code Sec-Fetch-Mode: navigate}, or a client that asks for HTML first. */
    static boolean browserNavigation(io.vertx.ext.web.RoutingContext ctx) {
        String mode = ctx.request().getHeader("Sec-Fetch-Mode");
        if (mode != null) {
            return "navigate".equalsIgnoreCase(mode) || "nested-navigate".equalsIgnoreCase(mode);
        }
        String accept = ctx.request().getHeader("Accept");
        return accept != null && accept.toLowerCase(java.util.Locale.ROOT).startsWith("text/html");
    }
}
