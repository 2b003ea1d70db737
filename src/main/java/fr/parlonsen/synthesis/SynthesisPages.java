package fr.parlonsen.synthesis;

import fr.parlonsen.web.ErrorResponses;
import fr.parlonsen.kernel.DomainError;
import fr.parlonsen.kernel.Violation;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import fr.parlonsen.campaign.Campaign;
import fr.parlonsen.campaign.CampaignService;
import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.synthesis.SynthesisForms.Edit;
import fr.parlonsen.synthesis.SynthesisViews.SynthesisView;
import fr.parlonsen.web.AppException;
import fr.parlonsen.web.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The synthesis as prefecture staff work on it. Routed from "/" like the other page classes: Quarkus REST
 * picks a class by its longest path without backtracking, so a "/gestion" class would hide the dashboard.
 * Build, rewrite, merge, split, reorder, delete, validate, transmit. */
@RequestScoped
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SynthesisPages {
    @Inject
    SynthesisService syntheses;
    @Inject
    SynthesisJobs jobs;
    @Inject
    SynthesisPermissions permissions;
    @Inject
    CampaignService campaigns;
    @Inject
    SynthesisSources sources;
    @Inject
    CurrentUser me;
    @Inject
    Viewer viewer;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(String campaign, String department, SynthesisView synthesis,
                boolean mayEdit, String job, String error, Map<Long, String> forumTitles, SynthesisBoard board,
                Readiness readiness, String done);
    }

    /**
     * What is still missing before the préfet validates: held forums whose minutes are not validated (their points
     * are not in the synthesis) and citizens' questions waiting for moderation.
     */
    public record Readiness(List<String> forumsWithoutMinutes, int questionsWaiting) {
        public boolean ready() {
            return forumsWithoutMinutes.isEmpty() && questionsWaiting == 0;
        }
    }

    @GET
    @Path("gestion/synthese")
    public Response home(@jakarta.ws.rs.QueryParam("departement") String department) {
        Campaign c = campaigns.current().orElseThrow(() -> AppException.notFound("Aucune campagne en cours."));
        String dep = department != null && department.matches("[0-9AB]{2,3}") ? department : me.department();
        if (dep == null) {
            return Response.seeOther(URI.create("/gestion/territoire/aller?vers=synthese")).build();
        }
        return Response.seeOther(URI.create(base(c.code, dep))).build();
    }

    @GET
    @Path("gestion/campagnes/{c}/departements/{dep}/synthese")
    public Response page(@PathParam("c") String c, @PathParam("dep") String dep, @QueryParam("tache") String job,
            @QueryParam("section") String section, @QueryParam("theme") String theme,
            @QueryParam("sousTheme") String topic, @QueryParam("q") String q, @QueryParam("fait") String done) {
        return render(c, dep, job, null, 200, new SynthesisBoard.Filters(section, theme, topic, q), done);
    }

    @POST
    @Path("gestion/campagnes/{c}/departements/{dep}/synthese/brouillon")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response build(@PathParam("c") String c, @PathParam("dep") String dep) {
        if (!permissions.may(me, SynthesisPermissions.Action.BUILD, dep)) {
            throw AppException.forbidden("Seule la préfecture du département construit la synthèse.");
        }
        SynthesisJobs.Job job = jobs.startDraft(me, c, dep);
        return Response.seeOther(URI.create(base(c, dep) + "?tache=" + job.id())).build();
    }

    @GET
    @Path("gestion/taches/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public SynthesisJobs.Job job(@PathParam("id") String id) {
        return jobs.get(me, id);
    }

    @POST
    @Path("gestion/campagnes/{c}/departements/{dep}/synthese/valider")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response validate(@PathParam("c") String c, @PathParam("dep") String dep, @RestForm String confirmer) {
        if (!"oui".equals(confirmer) && permissions.may(me, SynthesisPermissions.Action.VALIDATE, dep)) {
            return render(c, dep, null, "Cochez la case de confirmation pour valider la synthèse.", 422);
        }
        return act(c, dep, () -> syntheses.validate(me, c, dep), "validee");
    }

    @POST
    @Path("gestion/campagnes/{c}/departements/{dep}/synthese/transmettre")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response transmit(@PathParam("c") String c, @PathParam("dep") String dep, @RestForm String confirmer) {
        if (!"oui".equals(confirmer) && permissions.may(me, SynthesisPermissions.Action.TRANSMIT, dep)) {
            return render(c, dep, null, "Cochez la case de confirmation pour transmettre : la transmission est "
                    + "définitive.", 422);
        }
        return act(c, dep, () -> syntheses.transmit(me, c, dep), "transmise");
    }

    @POST
    @Path("gestion/campagnes/{c}/departements/{dep}/synthese/elements/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response item(@PathParam("c") String c, @PathParam("dep") String dep, @PathParam("id") long id,
            @RestForm String action, @RestForm String text, @RestForm String reason, @RestForm List<String> sources,
            @RestForm int revision, @RestForm String label, @RestForm String representative,
            @RestForm String target) {
        return act(c, dep, () -> {
            if (!permissions.may(me, SynthesisPermissions.Action.EDIT, dep)) { // before reading the form
                throw new DomainError.Forbidden("Votre rôle ne permet pas cette action sur la synthèse.");
            }
            SynthesisView view = syntheses.get(me, c, dep, null);
            Edit edit = switch (action == null ? "" : action) {
                case "reecrire" -> SynthesisPageEdits.rewrite(view, id, text == null ? "" : text);
                case "supprimer" -> SynthesisPageEdits.delete(view, id, reason);
                case "confirmer-theme" -> SynthesisPageEdits.confirmTopic(view, id);
                case "aucun-theme" -> SynthesisPageEdits.noTopic(view, id);
                case "monter" -> SynthesisPageEdits.move(view, id, -1);
                case "descendre" -> SynthesisPageEdits.move(view, id, 1);
                case "fusionner" -> SynthesisPageEdits.mergeWithNext(view, id);
                case "scinder" -> SynthesisPageEdits.split(view, id, Set.copyOf(sources == null ? List.of() : sources));
                case "renommer" -> SynthesisPageEdits.rename(view, id, label, representative);
                case "deplacer" -> SynthesisPageEdits.moveSources(view, id,
                        Set.copyOf(sources == null ? List.of() : sources), groupNumber(target));
                case "fusionner-dans" -> SynthesisPageEdits.mergeInto(view, id, groupNumber(target));
                default -> throw AppException.badRequest("Action inconnue.");
            };
            syntheses.edit(me, c, dep, revision, edit);
        });
    }

    /** The préfet's assessment and the signatory, printed at the end of the documents. */
    @POST
    @Path("gestion/campagnes/{c}/departements/{dep}/synthese/appreciation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response assessment(@PathParam("c") String c, @PathParam("dep") String dep, @RestForm String assessment,
            @RestForm String signatoryName, @RestForm String signatoryTitle, @RestForm int revision) {
        return act(c, dep, () -> syntheses.edit(me, c, dep, revision,
                new Edit(null, assessment == null ? "" : assessment,
                        new SynthesisForms.SignatoryEdit(signatoryName, signatoryTitle))), "appreciation");
    }

    @GET
    @Path("gestion/campagnes/{c}/departements/{dep}/synthese/document.{format:pdf|docx|odt}")
    @Produces({ "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.oasis.opendocument.text", MediaType.TEXT_HTML })
    public Response document(@PathParam("c") String c, @PathParam("dep") String dep,
            @PathParam("format") String format, @QueryParam("version") Integer version) {
        SynthesisExports.Document doc = syntheses.export(me, c, dep, version, format);
        return Response.ok(doc.bytes(), doc.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + doc.filename() + "\"").build();
    }

    private static long groupNumber(String target) {
        try {
            return Long.parseLong(target == null ? "" : target.strip().replaceFirst("^n°\\s*", ""));
        } catch (NumberFormatException e) {
            throw AppException.invalid("target", "Indiquez le numéro du groupe de destination (un nombre).");
        }
    }

    private Response act(String c, String dep, Runnable action) {
        return act(c, dep, action, null);
    }

    /** Runs the action, then back to the page with {@code ?fait=done} for its success message. */
    private Response act(String c, String dep, Runnable action, String done) {
        try {
            action.run();
            return Response.seeOther(URI.create(base(c, dep) + (done == null ? "" : "?fait=" + done))).build();
        } catch (DomainError e) {
            if (ErrorResponses.status(e) == 403 || ErrorResponses.status(e) == 404) {
                throw e;
            }
            String message = e.violations().isEmpty() ? e.detail()
                    : String.join(" ", e.violations().stream().map(Violation::message).toList());
            return render(c, dep, null, message, ErrorResponses.status(e), new SynthesisBoard.Filters(null, null, null, null), null);
        }
    }

    private Response render(String c, String dep, String job, String error, int status) {
        return render(c, dep, job, error, status, new SynthesisBoard.Filters(null, null, null, null), null);
    }

    private Response render(String c, String dep, String job, String error, int status,
            SynthesisBoard.Filters filters, String done) {
        viewer.showDepartment(dep);
        SynthesisView view;
        try {
            view = syntheses.get(me, c, dep, null);
        } catch (DomainError e) {
            if (ErrorResponses.status(e) != 404 || !permissions.may(me, SynthesisPermissions.Action.READ, dep)) {
                throw e;
            }
            view = null;
        }
        boolean mayEdit = permissions.may(me, SynthesisPermissions.Action.EDIT, dep);
        Campaign campaign = campaigns.find(c);
        Map<Long, String> titles = sources.forumTitles(campaign.id, dep);
        SynthesisBoard board = view == null ? null : syntheses.board(campaign, view, filters, titles)
                .forPage(base(c, dep), mayEdit && !"transmitted".equals(view.status()));
        Readiness readiness = new Readiness(sources.forumRows(campaign.id, dep).stream()
                .filter(f -> f.held() && !f.minutesValidated()).map(SynthesisSources.ForumRow::title).toList(),
                sources.pendingQuestions(campaign.id, dep));
        String doneKnown = done == null ? null : switch (done) {
            case "validee", "transmise", "appreciation" -> done;
            default -> null;
        };
        return Response.status(status).entity(Templates.page(c, dep, view, mayEdit, job, error, titles, board,
                readiness, doneKnown)).build();
    }

    static String base(String c, String dep) {
        return "/gestion/campagnes/" + c + "/departements/" + dep + "/synthese";
    }
}
