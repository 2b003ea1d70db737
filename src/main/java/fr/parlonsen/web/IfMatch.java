package fr.parlonsen.web;

/**
 * The version a client says it edited, from {@code If-Match} (API) or a hidden field (pages): missing is 428,
 * a version other than the current one is 412, and nothing is overwritten.
 */
public final class IfMatch {
    private IfMatch() {
    }

    /** {@code "3"}, {@code W/"3"} or {@code 3} → 3; null when absent; -1 when unreadable (never matches). */
    public static Integer parse(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String v = header.strip();
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

    public static AppException required() {
        return new AppException(428, "En-tête If-Match requis",
                "Indiquez la version modifiée dans l'en-tête If-Match (valeur de l'ETag lu), pour ne pas écraser "
                        + "le travail de quelqu'un d'autre.");
    }

    public static AppException stale(int current) {
        return new AppException(412, "Version périmée",
                "Ce contenu a été modifié entre-temps (version actuelle : " + current + "). Rien n'a été écrasé : "
                        + "relisez la version actuelle avant d'enregistrer.");
    }
}
