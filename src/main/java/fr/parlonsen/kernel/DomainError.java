package fr.parlonsen.kernel;

import java.util.List;

/**
 * A failure the user can act on, said in French: what the domain code throws. It knows nothing of HTTP: the web
 * layer ({@code fr.parlonsen.web.ErrorResponses}) maps each kind to a status in one place, RFC 7807 problem+json
 * on the API and a French page (or the form again, with its messages) on pages.
 *
 * <p>The kinds: {@link NotFound}, {@link Forbidden}, {@link Conflict}, {@link Invalid} (fields in error),
 * {@link StaleVersion} and {@link VersionRequired} (optimistic locking, see {@link Versions}), {@link Unreadable}
 * (input that cannot be read at all), {@link TooLarge}, {@link UnsupportedFormat} (a file of a type the code cannot
 * read), {@link TooManyRequests}, {@link Corrupted} (stored data that fails its own integrity check).
 */
public abstract class DomainError extends RuntimeException {
    private final String title;
    private final List<Violation> violations;

    protected DomainError(String title, String detail, List<Violation> violations) {
        super(detail);
        this.title = title;
        this.violations = List.copyOf(violations);
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public List<Violation> violations() {
        return violations;
    }

    /** Nothing by that identifier (or not visible to this user as such). */
    public static class NotFound extends DomainError {
        public NotFound(String detail) {
            super("Ressource introuvable", detail, List.of());
        }
    }

    /** The user's role or territory does not allow this. */
    public static class Forbidden extends DomainError {
        public Forbidden(String detail) {
            super("Accès refusé", detail, List.of());
        }
    }

    /** The request is well formed but clashes with the current state (a duplicate, a closed workflow step). */
    public static class Conflict extends DomainError {
        public Conflict(String detail) {
            this("Conflit", detail);
        }

        public Conflict(String title, String detail) {
            super(title, detail, List.of());
        }
    }

    /** Fields in error, each with its French message; nothing was saved. */
    public static class Invalid extends DomainError {
        public Invalid(List<Violation> violations) {
            super("Données invalides", "La demande contient " + French.count(violations.size(), "erreur", "erreurs")
                    + " à corriger.", violations);
        }

        public Invalid(String field, String message) {
            this(List.of(new Violation(field, message)));
        }

        /** A whole input in error (a file, a key), with its own title. */
        public Invalid(String title, String detail, List<Violation> violations) {
            super(title, detail, violations);
        }
    }

    /** The client edited a version that is no longer the current one: nothing was overwritten. */
    public static class StaleVersion extends DomainError {
        public StaleVersion(String detail) {
            super("Version périmée", detail, List.of());
        }
    }

    /** The client did not say which version it edited. */
    public static class VersionRequired extends DomainError {
        public VersionRequired(String detail) {
            super("En-tête If-Match requis", detail, List.of());
        }
    }

    /** Input that cannot be read at all (not a field in error: the whole of it). */
    public static class Unreadable extends DomainError {
        public Unreadable(String detail) {
            super("Requête invalide", detail, List.of());
        }
    }

    /** An input (a file) larger than the code accepts. */
    public static class TooLarge extends DomainError {
        public TooLarge(String title, String detail) {
            super(title, detail, List.of());
        }
    }

    /** A file of a type the code cannot read. */
    public static class UnsupportedFormat extends DomainError {
        public UnsupportedFormat(String title, String detail) {
            super(title, detail, List.of());
        }
    }

    /** Too many attempts from the same source: try again after {@link #retryAfterSeconds()}. */
    public static class TooManyRequests extends DomainError {
        private final long retryAfterSeconds;

        public TooManyRequests(String detail, long retryAfterSeconds) {
            this("Trop de requêtes", detail, retryAfterSeconds);
        }

        public TooManyRequests(String title, String detail, long retryAfterSeconds) {
            super(title, detail, List.of());
            this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    /** Stored data that fails its own integrity check (a transmitted document altered or missing): unavailable. */
    public static class Corrupted extends DomainError {
        public Corrupted(String title, String detail) {
            super(title, detail, List.of());
        }
    }
}
