package fr.parlonsen.web;

import java.net.URI;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import fr.parlonsen.kernel.Versions;

/**
 * The HTTP side of {@link Versions}, the one optimistic-locking mechanism: every versioned resource answers with
 * {@code ETag: "<version>"} and reads the version a client edited from {@code If-Match} (API) or a hidden field
 * (pages) with {@link #parse}. The service then checks it: missing is 428, a version other than the current one is
 * 412, and nothing is overwritten.
 */
public final class IfMatch {
    private IfMatch() {
    }

    /** {@code "3"}, {@code W/"3"} or {@code 3} → 3; null when absent; -1 when unreadable (never matches). */
    public static Integer parse(String header) {
        return Versions.parse(header);
    }

    /** The strong entity tag of a version: {@code "3"}. */
    public static EntityTag tag(long version) {
        return new EntityTag(String.valueOf(version));
    }

    /** 200 with the entity and its version as ETag. */
    public static Response ok(Object entity, long version) {
        return Response.ok(entity).tag(tag(version)).build();
    }

    /** 201 at {@code location} with the entity and its version as ETag. */
    public static Response created(URI location, Object entity, long version) {
        return Response.created(location).tag(tag(version)).entity(entity).build();
    }
}
