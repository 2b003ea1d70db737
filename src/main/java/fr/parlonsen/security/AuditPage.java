package fr.parlonsen.security;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import fr.parlonsen.kernel.DomainError.Forbidden;

/** /gestion/comptes/journal: the security audit trail, for the admin (the last 30 days, or since a date). */
@RequestScoped
@Path("/gestion/comptes/journal")
@Produces(MediaType.TEXT_HTML)
public class AuditPage {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(fr.parlonsen.kernel.French.PARIS);

    @Inject
    SecurityAudit audit;
    @Inject
    SecurityJobs jobs;
    @Inject
    CurrentUser me;

    public record Row(String at, String actor, String action, String target, String address, String outcome) {
    }

    public record Option(String value, String label, boolean selected) {
    }

    static final java.util.Map<String, String> LABELS = java.util.Map.of(SecurityAudit.SIGN_IN, "Connexion",
            SecurityAudit.SIGN_IN_FAILED, "Connexion refusée", SecurityAudit.SIGN_OUT, "Déconnexion",
            SecurityAudit.FORBIDDEN, "Accès refusé", SecurityAudit.USER_CREATED, "Compte créé",
            SecurityAudit.USER_UPDATED, "Compte modifié", SecurityAudit.USER_DISABLED, "Compte désactivé",
            SecurityAudit.PASSWORD_RESET, "Mot de passe changé", SecurityAudit.SYNTHESIS_EXPORTED, "Synthèse exportée");
    static final java.util.Map<String, String> OUTCOMES = java.util.Map.of("success", "réussi", "failure", "échec",
            "throttled", "bloqué (trop de tentatives)", "denied", "refusé");

    static final List<String> ACTIONS = List.of(SecurityAudit.SIGN_IN, SecurityAudit.SIGN_IN_FAILED,
            SecurityAudit.SIGN_OUT, SecurityAudit.FORBIDDEN, SecurityAudit.USER_CREATED, SecurityAudit.USER_UPDATED,
            SecurityAudit.USER_DISABLED, SecurityAudit.PASSWORD_RESET, SecurityAudit.SYNTHESIS_EXPORTED);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Row> rows, String since, boolean all, List<Option> actions,
                int retention, int max);
    }

    @GET
    public TemplateInstance list(@QueryParam("depuis") String since, @QueryParam("action") String action) {
        if (!me.has(Role.ADMIN)) {
            throw new Forbidden("Seul l'administrateur consulte le journal de sécurité.");
        }
        String a = action == null || action.isBlank() ? null : action.strip();
        List<Row> rows = audit.since(AuditApi.parseSince(since), a, 500).stream()
                .map(e -> new Row(WHEN.format(e.at()), e.actor() == null ? "—" : e.actor(),
                        LABELS.getOrDefault(e.action(), e.action()), e.target() == null ? "" : e.target(),
                        e.address() == null ? "" : e.address(), OUTCOMES.getOrDefault(e.outcome(), e.outcome())))
                .toList();
        List<Option> options = ACTIONS.stream().map(x -> new Option(x, LABELS.get(x), x.equals(a))).toList();
        return Templates.list(rows, since == null ? "" : since, a == null, options, jobs.retention(), 500);
    }
}
