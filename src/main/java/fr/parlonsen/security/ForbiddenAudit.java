package fr.parlonsen.security;

import fr.parlonsen.web.ClientAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Every 403, whoever answered it (a permission class, a role check, the CSRF filter), leaves an audit event
 * {@code forbidden}: who, which route, from where. Written off the I/O thread once the answer is on its way.
 */
@ApplicationScoped
public class ForbiddenAudit {
    @Inject
    SecurityAudit audit;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 2).handler(this::watch);
    }

    void watch(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (path.startsWith("/dsfr/") || path.startsWith("/static/")) {
            ctx.next();
            return;
        }
        ctx.addHeadersEndHandler(v -> {
            if (ctx.response().getStatusCode() != 403) {
                return;
            }
            String actor = actor(ctx);
            String target = ctx.request().method().name() + " " + (path.length() > 250 ? path.substring(0, 250) : path);
            String address = ClientAddress.of(ctx);
            ctx.vertx().executeBlocking(() -> {
                audit.record(actor, SecurityAudit.FORBIDDEN, target, address, "denied");
                return null;
            }, false);
        });
        ctx.next();
    }

    static String actor(RoutingContext ctx) {
        if (ctx.user() instanceof QuarkusHttpUser u && u.getSecurityIdentity() != null
                && !u.getSecurityIdentity().isAnonymous()) {
            return u.getSecurityIdentity().getPrincipal().getName();
        }
        return null;
    }
}
