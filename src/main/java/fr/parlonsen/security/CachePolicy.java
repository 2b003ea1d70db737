package fr.parlonsen.security;

import fr.parlonsen.web.CsrfToken;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Caching and cookies, decided when the response headers are written, whatever wrote them:
 * <ul>
 * <li>a request that carries a session (the session cookie, or HTTP Basic credentials) is answered
 * {@code Cache-Control: private, no-store}: a public page then holds the agent's name and CSRF token, which no
 * shared cache may keep;</li>
 * <li>a response that stays publicly cacheable never carries a {@code Set-Cookie}: a cache would hand that cookie
 * to every visitor.</li>
 * </ul>
 * Static files (DSFR, /static) keep their own caching.
 */
@ApplicationScoped
public class CachePolicy {
    public static final String PRIVATE = "private, no-store";
    static final List<String> COOKIES = List.of(Sessions.COOKIE, CsrfToken.COOKIE);

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::decide);
    }

    void decide(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (path.startsWith("/dsfr/") || path.startsWith("/static/")) {
            ctx.next();
            return;
        }
        boolean session = ctx.request().getCookie(Sessions.COOKIE) != null
                || ctx.request().getHeader("Authorization") != null;
        ctx.addHeadersEndHandler(v -> {
            MultiMap headers = ctx.response().headers();
            if (session || setsSessionCookie(headers)) {
                headers.set("Cache-Control", PRIVATE);
                return;
            }
            String cc = headers.get("Cache-Control");
            if (cc != null && cc.toLowerCase(java.util.Locale.ROOT).contains("public")) {
                headers.remove("Set-Cookie");
                for (String name : COOKIES) {
                    ctx.response().removeCookies(name, false);
                }
            }
        });
        ctx.next();
    }

    private static boolean setsSessionCookie(MultiMap headers) {
        for (String c : headers.getAll("Set-Cookie")) {
            if (c.startsWith(Sessions.COOKIE + "=")) {
                return true;
            }
        }
        return false;
    }
}
