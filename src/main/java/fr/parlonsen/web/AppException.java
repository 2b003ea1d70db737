package fr.parlonsen.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.parlonsen.kernel.DomainError;
import fr.parlonsen.kernel.Violation;

/**
 * A refusal decided by a resource at the HTTP level, with its own status (a parameter that cannot be read, a
 * media type the route does not take). Domain code throws the kernel's {@link DomainError} kinds instead; both are
 * mapped by {@link ErrorResponses} (RFC 7807 problem+json on the API, a French DSFR page or the form again on
 * pages).
 */
public class AppException extends DomainError {
    private final int status;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public AppException(int status, String title, String detail) {
        this(status, title, detail, List.of());
    }

    public AppException(int status, String title, String detail, List<Violation> violations) {
        super(title, detail, violations);
        this.status = status;
    }

    public int status() { return status; }
    /** Extra response headers (e.g. Retry-After), on the API and on pages alike. */
    public Map<String, String> headers() { return headers; }

    public AppException withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public static AppException tooManyRequests(String detail, long retryAfterSeconds) {
        return new AppException(429, "Trop de requêtes", detail).withHeader("Retry-After",
                String.valueOf(Math.max(1, retryAfterSeconds)));
    }

    public static AppException notFound(String detail) {
        return new AppException(404, "Ressource introuvable", detail);
    }

    public static AppException forbidden(String detail) {
        return new AppException(403, "Accès refusé", detail);
    }

    public static AppException conflict(String detail) {
        return new AppException(409, "Conflit", detail);
    }

    public static AppException badRequest(String detail) {
        return new AppException(400, "Requête invalide", detail);
    }

    public static AppException invalid(List<Violation> violations) {
        return new AppException(422, "Données invalides",
                "La demande contient " + fr.parlonsen.kernel.French.count(violations.size(), "erreur", "erreurs") + " à corriger.", violations);
    }

    public static AppException invalid(String field, String message) {
        return invalid(List.of(new Violation(field, message)));
    }
}
