package fr.parlonsen.kernel;

/**
 * Optimistic locking, one way for every capability: a client says which version it edited (from {@code If-Match}
 * on the API, a hidden field on pages); missing is {@link DomainError.VersionRequired}, another version than the
 * current one is {@link DomainError.StaleVersion}, and nothing is overwritten.
 */
public final class Versions {
    private Versions() {
    }

    /** {@code "3"}, {@code W/"3"} or {@code 3} → 3; null when absent; -1 when unreadable (never matches). */
    public static Integer parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        int comma = v.indexOf(',');
        if (comma > 0) {
            v = v.substring(0, comma).strip();
        }
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Throws unless {@code given} is {@code current}: the check every versioned write makes first. */
    public static void check(Integer given, int current) {
        if (given == null) {
            throw required();
        }
        if (given != current) {
            throw stale(current);
        }
    }

    public static DomainError.VersionRequired required() {
        return new DomainError.VersionRequired("Indiquez la version modifiée dans l'en-tête If-Match (valeur de "
                + "l'ETag lu), pour ne pas écraser le travail de quelqu'un d'autre.");
    }

    public static DomainError.StaleVersion stale(int current) {
        return new DomainError.StaleVersion("Ce contenu a été modifié entre-temps (version actuelle : " + current
                + "). Rien n'a été écrasé : relisez la version actuelle avant d'enregistrer.");
    }

    /** The strong ETag of a version: {@code "3"}. */
    public static String etag(int version) {
        return "\"" + version + "\"";
    }
}
