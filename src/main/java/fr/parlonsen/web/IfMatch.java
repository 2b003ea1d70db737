package fr.parlonsen.web;

import fr.parlonsen.kernel.Versions;

/**
 * The HTTP side of {@link Versions}: the version a client says it edited, from {@code If-Match} (API) or a hidden
 * field (pages). Missing is 428, a version other than the current one is 412, and nothing is overwritten.
 */
public final class IfMatch {
    private IfMatch() {
    }

    /** {@code "3"}, {@code W/"3"} or {@code 3} → 3; null when absent; -1 when unreadable (never matches). */
    public static Integer parse(String header) {
        return Versions.parse(header);
    }
}
