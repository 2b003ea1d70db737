package fr.parlonsen.synthesis;

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
                boolean mayEdit, String job, String error, Map<Long, String> forumTitles);
    }

    @GET
    @Path("gestion/synthese")
    public Response home(@jakarta.ws.rs.QueryParam("departement") String department) {
        Campaign c = campaigns.current().orElseThrow(() -> AppException.notFound("Aucune campagne en cours."));
        String dep = department != null && department.matches("[0-9AB]{2,3}") ? department : me.department();
        if (dep == null) {
            throw AppException.notFound("Choisissez un département depuis le suivi national.");
        }
        return Response.seeOther(URI.create(base(c.code, dep))).build();
    }

    @GET
    @Path("gestion/campagnes/{c}/departements/{dep}/synthese")
    public Response page(@PathParam("c") String c, @PathParam("dep") String dep, @QueryParam("tache") String job) {
        return render(c, dep, job, null, 200);
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
    public Response validate(@PathParam("c") String c, @PathParam("dep") String dep) {
        return act(c, dep, () -> syntheses.validate(me, c, dep));
    }

    @POST
    @Path("gestion/campagnes/{c}/departements/{dep}/synthese/transmettre")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response transmit(@PathParam("c") String c, @PathParam("dep") String dep) {
        return act(c, dep, () -> syntheses.transmit(me, c, dep));
    }

    @POST
    @Path("gestion/campagnes/{c}/departements/{dep}/synthese/elements/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response item(@PathParam("c") String c, @PathParam("dep") String dep, @PathParam("id") long id,
            @RestForm String action, @RestForm String text, @RestForm String reason, @RestForm List<String> sources,
            @RestForm int revision) {
        return act(c, dep, () -> {
            SynthesisView view = syntheses.get(me, c, dep, null);
            Edit edit = switch (action == null ? "" : action) {
                case "reecrire" -> SynthesisPageEdits.rewrite(view, id, text == null ? "" : text);
                case "supprimer" -> SynthesisPageEdits.delete(view, id, reason);
                case "confirmer-theme" -> SynthesisPageEdits.confirmTopic(view, id);
                case "monter" -> SynthesisPageEdits.move(view, id, -1);
                case "descendre" -> SynthesisPageEdits.move(view, id, 1);
                case "fusionner" -> SynthesisPageEdits.mergeWithNext(view, id);
                case "scinder" -> SynthesisPageEdits.split(view, id, Set.copyOf(sources == null ? List.of() : sources));
                default -> throw AppException.badRequest("Action inconnue.");
            };
            syntheses.edit(me, c, dep, "\"" + revision + "\"", edit);
        });
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

    private Response act(String c, String dep, Runnable action) {
        try {
            action.run();
            return Response.seeOther(URI.create(base(c, dep))).build();
        } catch (AppException e) {
            if (e.status() == 403 || e.status() == 404) {
                throw e;
            }
            String message = e.violations().isEmpty() ? e.detail()
                    : String.join(" ", e.violations().stream().map(AppException.Violation::message).toList());
            return render(c, dep, null, message, e.status());
        }
    }

    private Response render(String c, String dep, String job, String error, int status) {
        viewer.showDepartment(dep);
        SynthesisView view;
        try {
            view = syntheses.get(me, c, dep, null);
        } catch (AppException e) {
            if (e.status() != 404 || !permissions.may(me, SynthesisPermissions.Action.READ, dep)) {
                throw e;
            }
            view = null;
        }
        boolean mayEdit = permissions.may(me, SynthesisPermissions.Action.EDIT, dep);
        Campaign campaign = campaigns.find(c);
        Map<Long, String> titles = sources.forumTitles(campaign.id, dep);
        return Response.status(status).entity(Templates.page(c, dep, view, mayEdit, job, error, titles)).build();
    }

    static String base(String c, String dep) {
        return "/gestion/campagnes/" + c + "/departements/" + dep + "/synthese";
    }
}
