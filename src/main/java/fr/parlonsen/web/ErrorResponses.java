package fr.parlonsen.web;

import fr.parlonsen.kernel.Violation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.quarkus.security.ForbiddenException;

import fr.parlonsen.kernel.DomainError;
import fr.parlonsen.kernel.DomainError.TooManyRequests;

/**
 * Turns every failure into a clear answer: RFC 7807 problem+json under /api, a French DSFR page elsewhere.
 * Bad input never becomes a 500, and a 500 never shows a stack trace.
 */
public class ErrorResponses {
    private static final Logger LOG = Logger.getLogger(ErrorResponses.class);

    @Inject
    UriInfo uriInfo;

    /** Every domain error (and a resource's {@link AppException}): the one place where a kind becomes a status. */
    @ServerExceptionMapper
    public Response domain(DomainError e) {
        Response r = respond(status(e), e.title(), e.detail(), e.violations());
        Map<String, String> headers = new LinkedHashMap<>();
        if (e instanceof TooManyRequests t) {
            headers.put("Retry-After", String.valueOf(t.retryAfterSeconds()));
        }
        if (e instanceof AppException a) {
            headers.putAll(a.headers());
        }
        if (headers.isEmpty()) {
            return r;
        }
        Response.ResponseBuilder withHeaders = Response.fromResponse(r);
        headers.forEach(withHeaders::header);
        return withHeaders.build();
    }

    /** Each kind of domain error → its HTTP status; the one table of it. */
    private static final Map<Class<?>, Integer> STATUS = Map.ofEntries(
            Map.entry(DomainError.Unreadable.class, 400), Map.entry(DomainError.Forbidden.class, 403),
            Map.entry(DomainError.NotFound.class, 404), Map.entry(DomainError.Conflict.class, 409),
            Map.entry(DomainError.StaleVersion.class, 412), Map.entry(DomainError.TooLarge.class, 413),
            Map.entry(DomainError.UnsupportedFormat.class, 415), Map.entry(DomainError.Invalid.class, 422),
            Map.entry(DomainError.VersionRequired.class, 428), Map.entry(TooManyRequests.class, 429),
            Map.entry(DomainError.Corrupted.class, 503)); // one document unavailable, the server is sound

    /** The HTTP status of a domain error, for the API, the pages, and the pages that show a form again. */
    public static int status(DomainError e) {
        if (e instanceof AppException a) {
            return a.status();
        }
        for (Class<?> kind = e.getClass(); kind != null && kind != DomainError.class; kind = kind.getSuperclass()) {
            Integer status = STATUS.get(kind);
            if (status != null) {
                return status;
            }
        }
        return 400; // a kind added later without a status: the client's input, never a 500
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            violations.add(new Violation(fieldName(v.getPropertyPath().toString()), v.getMessage()));
        }
        violations.sort(Comparator.comparing(Violation::field));
        return respond(422, "Données invalides", "La demande contient " + fr.parlonsen.kernel.French.count(violations.size(), "erreur", "erreurs") + " à corriger.",
                violations);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        String where = e.getLocation() == null ? "" : " (ligne " + e.getLocation().getLineNr() + ", colonne "
                + e.getLocation().getColumnNr() + ")";
        String why = e.getMessage() != null && e.getMessage().startsWith("Duplicate field")
                ? " : un même champ y figure deux fois" : "";
        return respond(400, "Requête invalide", "Le corps de la requête n'est pas un JSON valide" + where + why + ".",
                List.of());
    }

    /** A JSON value of the wrong type, a null in a list, a missing creator value: named by its field. */
    @ServerExceptionMapper
    public Response jsonMapping(com.fasterxml.jackson.databind.JsonMappingException e) {
        String field = jsonPath(e);
        String detail = e instanceof com.fasterxml.jackson.databind.exc.InvalidNullException
                ? "Valeur vide (null) non admise"
                : "Valeur illisible ou de type inattendu";
        if (field.isEmpty()) {
            return respond(400, "Requête invalide", detail + " dans le corps de la requête.", List.of());
        }
        return respond(400, "Requête invalide", detail + " : champ « " + field + " ».",
                List.of(new Violation(field, detail + ".")));
    }

    /** Quarkus REST has its own mapper (an empty 400) for this subtype: ours answers with a problem. */
    @ServerExceptionMapper
    public Response jsonMismatch(com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
        return jsonMapping(e);
    }

    static String jsonPath(com.fasterxml.jackson.databind.JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (com.fasterxml.jackson.databind.JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                out.append('[').append(r.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(403, "Accès refusé", "Vos droits ne permettent pas cette action.", List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof com.fasterxml.jackson.databind.JsonMappingException m) {
                return jsonMapping(m);
            }
            if (t instanceof JsonProcessingException j) {
                return json(j);
            }
        }
        if (status >= 500) {
            return unexpected(e);
        }
        return respond(status, titleFor(status), detailFor(status), List.of());
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e) {
        Throwable cause = rootCause(e);
        if (cause instanceof DomainError domain) {
            return domain(domain);
        }
        if (cause instanceof ConstraintViolationException cv) {
            return validation(cv);
        }
        java.util.Optional<Faults.Fault> fault = Faults.classify(e, conditional());
        if (fault.isPresent()) {
            Faults.Fault f = fault.get();
            if (f.status() >= 500) {
                LOG.warnf("%s (%s) : %s", f.title(), path(), String.valueOf(rootMessage(e)));
            } else {
                LOG.debugf(e, "Requête refusée (%d) : %s", f.status(), path());
            }
            Response r = respond(f.status(), f.title(), f.detail(), List.of());
            return f.retryAfter() > 0 && f.status() != 503
                    ? Response.fromResponse(r).header("Retry-After", String.valueOf(f.retryAfter())).build() : r;
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "Erreur inattendue, référence %s", reference);
        return respond(500, "Erreur inattendue",
                "Une erreur inattendue s'est produite. Rien de ce qui était déjà enregistré n'est perdu. Référence : "
                        + reference + ".",
                List.of());
    }

    @Inject
    HttpHeaders requestHeaders;

    private boolean conditional() {
        try {
            return requestHeaders != null && requestHeaders.getHeaderString("If-Match") != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private String path() {
        try {
            return uriInfo == null ? "" : "/" + uriInfo.getPath().replaceFirst("^/", "");
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    /** No database connection came free in time: a load peak, not a bug. */
    static boolean overloaded(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException
                    || (t.getMessage() != null && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout"))) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            if (t instanceof DomainError || t instanceof ConstraintViolationException) {
                return t;
            }
        }
        return e;
    }

    Response respond(int status, String title, String detail, List<Violation> violations) {
        String path = path();
        Response.ResponseBuilder builder = Response.status(status);
        if (status == 503) {
            builder.header("Retry-After", "5");
        }
        if (status == 401 && path.startsWith("/api/")) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Parlons-en\"");
        }
        if (path.startsWith("/api/")) {
            return builder.type(Problem.MEDIA_TYPE)
                    .entity(Problem.of(status, title, detail, path, violations)).build();
        }
        return builder.type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(ErrorScreen.Templates.error(status, title, detail, violations).render()).build();
    }

    static String titleFor(int status) {
        return switch (status) {
            case 400 -> "Requête invalide";
            case 401 -> "Authentification requise";
            case 403 -> "Accès refusé";
            case 404 -> "Page introuvable";
            case 405 -> "Méthode non autorisée";
            case 406 -> "Format non disponible";
            case 409 -> "Conflit";
            case 412 -> "Version périmée";
            case 413 -> "Contenu trop volumineux";
            case 415 -> "Type de contenu non pris en charge";
            case 422 -> "Données invalides";
            case 428 -> "En-tête If-Match requis";
            case 429 -> "Trop de requêtes";
            default -> "Requête refusée";
        };
    }

    static String detailFor(int status) {
        return switch (status) {
            case 404 -> "La page ou la ressource demandée n'existe pas ou a été déplacée.";
            case 405 -> "Cette adresse n'accepte pas cette méthode HTTP.";
            case 406 -> "Le format demandé n'est pas disponible pour cette ressource.";
            case 413 -> "Le contenu envoyé dépasse la taille autorisée.";
            case 415 -> "Le type de contenu envoyé n'est pas pris en charge par cette adresse.";
            default -> "La requête n'a pas pu être traitée.";
        };
    }

    static String fieldName(String propertyPath) {
        // "create.form.title" -> "title"; keep nested paths after the parameter: "create.form.venue.name" -> "venue.name"
        String[] parts = propertyPath.split("\\.");
        if (parts.length >= 3) {
            return String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length));
        }
        return parts[parts.length - 1];
    }
}
