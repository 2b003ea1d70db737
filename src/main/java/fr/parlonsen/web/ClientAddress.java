package fr.parlonsen.web;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Who is asking, as far as the network tells: the peer's address, replaced by X-Forwarded-For only when the peer
 * is one of the trusted proxies ({@code quarkus.http.proxy.trusted-proxies}, from PARLONSEN_TRUSTED_PROXIES).
 * Quarkus applies that rule before any handler runs, so every capability reads the same answer here.
 */
public final class ClientAddress {
    private ClientAddress() {
    }

    public static String of(RoutingContext ctx) {
        return ctx == null ? "?" : of(ctx.request());
    }

    public static String of(HttpServerRequest request) {
        if (request == null || request.remoteAddress() == null) {
            return "?";
        }
        String host = request.remoteAddress().hostAddress();
        if (host == null) {
            host = request.remoteAddress().host();
        }
        return host == null ? "?" : host.length() > 64 ? host.substring(0, 64) : host;
    }

    /** Came over TLS: directly, or through a trusted proxy that said so (X-Forwarded-Proto: https). */
    public static boolean overTls(RoutingContext ctx) {
        return ctx != null && (ctx.request().isSSL() || "https".equalsIgnoreCase(ctx.request().scheme()));
    }
}
