package fr.parlonsen.security;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import fr.parlonsen.web.AppException;

/** {@code GET /api/v1/audit?type=security&since=…}: the security events, newest first (admin only). */
@RequestScoped
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditApi {
    static final int MAX = 5000;

    @Inject
    SecurityAudit audit;
    @Inject
    CurrentUser me;

    @GET
    public List<SecurityAudit.Event> events(@QueryParam("type") String type, @QueryParam("since") String since,
            @QueryParam("action") String action) {
        if (!me.has(Role.ADMIN)) {
            throw AppException.forbidden("Seul l'administrateur consulte le journal de sécurité.");
        }
        if (type != null && !type.isBlank() && !"security".equals(type)) {
            throw AppException.invalid("type", "Type de journal inconnu : « " + type + " » (attendu : security).");
        }
        return audit.since(parseSince(since), action == null || action.isBlank() ? null : action.strip(), MAX);
    }

    /** An ISO instant or offset date-time ({@code 2009-03-16T18:30:00+01:00}), or a date ({@code 2009-03-16}, UTC). */
    static Instant parseSince(String since) {
        if (since == null || since.isBlank()) {
            return null;
        }
        String s = since.strip();
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(s);
            } catch (DateTimeParseException e2) {
                try {
                    return java.time.LocalDate.parse(s).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
                } catch (DateTimeParseException e3) {
                    throw AppException.invalid("since", "Date invalide : « " + s + " » (attendu : ISO 8601, par "
                            + "exemple 2009-03-16 ou 2009-03-16T18:30:00+01:00).");
                }
            }
        }
    }
}
