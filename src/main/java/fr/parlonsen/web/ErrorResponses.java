package fr.parlonsen.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

/**
 * Turns every failure into a clear answer: RFC 7807 problem+json under /api, a French DSFR page elsewhere.
 * Bad input never becomes a 500, and a 500 never shows a stack trace.
 */
public class ErrorResponses {
    private static final Logger LOG = Logger.getLogger(ErrorResponses.class);

    @Inject
    UriInfo uriInfo;

    @ServerExceptionMapper
    public Response app(AppException e) {
        Response r = respond(e.status(), e.title(), e.detail(), e.violations());
        if (e.headers().isEmpty()) {
            return r;
        }
        Response.ResponseBuilder withHeaders = Response.fromResponse(r);
        e.headers().forEach(withHeaders::header);
        return withHeaders.build();
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        List<AppException.Violation> violations = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            violations.add(new AppException.Violation(fieldName(v.getPropertyPath().toString()), v.getMessage()));
        }
        violations.sort(Comparator.comparing(AppException.Violation::field));
        return respond(422, "Données invalides", "La demande contient " + fr.parlonsen.kernel.French.count(violations.size(), "erreur", "erreurs") + " à corriger.",
                violations);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        String where = e.getLocation() == null ? "" : " (ligne " + e.getLocation().getLineNr() + ", colonne "
                + e.getLocation().getColumnNr() + ")";
        return respond(400, "Requête invalide", "Le corps de la requête n'est pas un JSON valide" + where + ".", List.of());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(403, "Accès refusé", "Vos droits ne permettent pas cette action.", List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        return respond(status, titleFor(status), detailFor(status), List.of());
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e) {
        Throwable cause = rootCause(e);
        if (cause instanceof AppException app) {
            return app(app);
        }
        if (cause instanceof ConstraintViolationException cv) {
            return validation(cv);
        }
        if (overloaded(e)) {
            return respond(503, "Service momentanément surchargé",
                    "Trop de demandes simultanées : réessayez dans quelques secondes. Rien n'a été perdu.", List.of());
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "Erreur inattendue, référence %s", reference);
        return respond(500, "Erreur inattendue",
                "Une erreur inattendue s'est produite. Rien de ce qui était déjà enregistré n'est perdu. Référence : "
                        + reference + ".",
                List.of());
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
            if (t instanceof AppException || t instanceof ConstraintViolationException) {
                return t;
            }
        }
        return e;
    }

    Response respond(int status, String title, String detail, List<AppException.Violation> violations) {
        String path = uriInfo == null ? "" : "/" + uriInfo.getPath().replaceFirst("^/", "");
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
                .entity(ErrorPages.Templates.error(status, title, detail, violations).render()).build();
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
