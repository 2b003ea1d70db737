package fr.parlonsen.forum;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
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

import fr.parlonsen.web.ErrorResponses;
import fr.parlonsen.kernel.DomainError;
import fr.parlonsen.forum.ForumForms.CancelInput;
import fr.parlonsen.forum.ForumForms.ForumView;
import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.web.AppException;
import fr.parlonsen.kernel.Violation;
import fr.parlonsen.web.FieldErrors;
import fr.parlonsen.web.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The planning pages: a département's forums with their coverage, the form to plan or change a forum (kept as
 * typed when it has errors, refused without overwriting when someone else changed the forum meanwhile) and a
 * forum's page with its status buttons. Post/Redirect/Get throughout. The class sits on "/" (routes under
 * /gestion/...) so that /gestion itself still reaches the dashboard.
 */
@jakarta.enterprise.context.RequestScoped
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ForumPages {
    private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");
    @Inject
    ForumScreens screens;
    @Inject
    PlanningScreen planning;
    @Inject
    ForumService forums;
    @Inject
    InvitationService invitations;
    @Inject
    CurrentUser me;
    @Inject
    Viewer viewer;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance planning(PlanningScreen.Planning page);

        static native TemplateInstance form(ForumScreens.Form page);

        static native TemplateInstance detail(ForumScreens.Detail page);
    }

    @GET
    @Path("gestion/forums")
    public Response home(@QueryParam("departement") String department) {
        return Response.seeOther(URI.create(screens.home(me, department))).build();
    }

    /**
     * The planning list, filtered and sorted by GET parameters (statut, arrondissement, canton, commune, du, au,
     * tri); a parameter that cannot be read gives 400 with the page, its message and the rest of the filter.
     * {@code publie}/{@code tenu}: the forum a row action just changed (notice).
     */
    @GET
    @Path("gestion/campagnes/{c}/departements/{dep}/forums")
    public Response planning(@PathParam("c") String c, @PathParam("dep") String dep,
            @QueryParam("statut") String status, @QueryParam("arrondissement") String arrondissement,
            @QueryParam("canton") String canton, @QueryParam("commune") String commune,
            @QueryParam("du") String from, @QueryParam("au") String to, @QueryParam("tri") String sort,
            @QueryParam("publie") String published, @QueryParam("tenu") String held) {
        List<String> notices = new ArrayList<>();
        if (published != null) notices.add("Le forum est publié : il apparaît dans le calendrier public.");
        if (held != null) notices.add("Le forum est marqué comme tenu.");
        PlanningScreen.Planning page = planning.planning(me, c, dep,
                new PlanningFilter.Raw(status, arrondissement, canton, commune, from, to, sort), notices);
        viewer.showDepartment(dep);
        return Response.status(page.filter().hasViolations() ? 400 : 200).type(HTML)
                .entity(Templates.planning(page).render()).build();
    }

    /** The filtered list as CSV (semicolons, UTF-8 with a byte order mark), with the page session. */
    @GET
    @Path("gestion/campagnes/{c}/departements/{dep}/forums.csv")
    @Produces("text/csv")
    public Response planningCsv(@PathParam("c") String c, @PathParam("dep") String dep,
            @QueryParam("statut") String status, @QueryParam("arrondissement") String arrondissement,
            @QueryParam("canton") String canton, @QueryParam("commune") String commune,
            @QueryParam("du") String from, @QueryParam("au") String to, @QueryParam("tri") String sort) {
        String csv = planning.planningCsv(me, c, dep,
                new PlanningFilter.Raw(status, arrondissement, canton, commune, from, to, sort));
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"forums-" + dep + ".csv\"").build();
    }

    @GET
    @Path("gestion/campagnes/{c}/departements/{dep}/forums/nouveau")
    public TemplateInstance newForm(@PathParam("c") String c, @PathParam("dep") String dep) {
        ForumPageForm blank = new ForumPageForm();
        blank.catchmentKind = CatchmentKind.CANTONS.code;
        return Templates.form(screens.newForm(me, c, dep, blank, FieldErrors.NONE));
    }

    @POST
    @Path("gestion/campagnes/{c}/departements/{dep}/forums")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@PathParam("c") String c, @PathParam("dep") String dep, @BeanParam ForumPageForm form) {
        if (form.isAddingInvitee()) {
            return Response.ok(Templates.form(screens.newForm(me, c, dep, form, FieldErrors.NONE)).render(), HTML)
                    .build();
        }
        screens.read(dep, form);
        try {
            ForumView created = forums.create(me, c, dep, form.toInput(), form.readingViolations());
            return Response.seeOther(URI.create("/gestion/forums/" + created.id() + "?enregistre=1")).build();
        } catch (DomainError e) {
            if (ErrorResponses.status(e) != 422) {
                throw e;
            }
            return Response.status(422).type(HTML).entity(Templates.form(screens.newForm(me, c, dep, form,
                    new FieldErrors(e.violations()))).render()).build();
        }
    }

    /** The form's live preview of a catchment (static/forum-planning.js). */
    @GET
    @Path("gestion/departements/{dep}/zone")
    @Produces(MediaType.APPLICATION_JSON)
    public ForumScreens.Preview preview(@PathParam("dep") String dep, @QueryParam("kind") String kind,
            @QueryParam("codes") List<String> codes) {
        return screens.preview(me, dep, kind, codes == null ? List.of() : codes);
    }

    @GET
    @Path("gestion/forums/{id}")
    public TemplateInstance detail(@PathParam("id") long id, @QueryParam("enregistre") String saved,
            @QueryParam("publie") String published, @QueryParam("statut") String status) {
        List<String> notices = new ArrayList<>();
        if (saved != null) notices.add("Le forum est enregistré.");
        if (published != null) notices.add("Le forum est publié : il apparaît dans le calendrier public.");
        if (status != null) notices.add("Le statut du forum est mis à jour.");
        ForumScreens.Detail page = screens.detail(me, id, notices);
        viewer.showDepartment(page.forum().department());
        return Templates.detail(page);
    }

    @GET
    @Path("gestion/forums/{id}/modifier")
    public TemplateInstance editForm(@PathParam("id") long id) {
        return Templates.form(screens.editForm(me, id, null, FieldErrors.NONE, false));
    }

    @POST
    @Path("gestion/forums/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") long id, @BeanParam ForumPageForm form) {
        if (form.isAddingInvitee()) {
            return Response.ok(Templates.form(screens.editForm(me, id, form, FieldErrors.NONE, false)).render(), HTML)
                    .build();
        }
        screens.readFor(id, form);
        try {
            forums.update(me, id, form.versionNumber(), form.toInput(), form.readingViolations());
            return Response.seeOther(URI.create("/gestion/forums/" + id + "?enregistre=1")).build();
        } catch (DomainError e) {
            boolean stale = ErrorResponses.status(e) == 412 || ErrorResponses.status(e) == 428;
            if (ErrorResponses.status(e) != 422 && !stale) {
                throw e;
            }
            List<Violation> violations = stale ? List.of() : e.violations();
            return Response.status(stale ? 409 : 422).type(HTML).entity(Templates.form(screens.editForm(me, id, form,
                    new FieldErrors(violations), stale)).render()).build();
        }
    }

    @GET
    @Path("gestion/forums/{id}/invitations/{invitee}.docx")
    public Response invitationDocx(@PathParam("id") long id, @PathParam("invitee") long invitee) {
        return download(invitations.letter(me, id, invitee, InvitationService.Format.DOCX));
    }

    @GET
    @Path("gestion/forums/{id}/invitations/{invitee}.pdf")
    public Response invitationPdf(@PathParam("id") long id, @PathParam("invitee") long invitee) {
        return download(invitations.letter(me, id, invitee, InvitationService.Format.PDF));
    }

    private static Response download(InvitationService.Download d) {
        return Response.ok(d.content(), d.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + d.filename() + "\"").build();
    }

    /** {@code retour}: the planning list the row action was taken from (its filter kept), else the forum's page. */
    @POST
    @Path("gestion/forums/{id}/publier")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@PathParam("id") long id, @RestForm String retour) {
        forums.publish(me, id);
        return Response.seeOther(URI.create(back(retour, "publie", id, "/gestion/forums/" + id + "?publie=1"))).build();
    }

    @POST
    @Path("gestion/forums/{id}/tenu")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response held(@PathParam("id") long id, @RestForm String retour) {
        forums.hold(me, id);
        return Response.seeOther(URI.create(back(retour, "tenu", id, "/gestion/forums/" + id + "?statut=1"))).build();
    }

    private static final java.util.regex.Pattern PLANNING = java.util.regex.Pattern.compile(
            "/gestion/campagnes/[0-9A-Za-z_-]{1,40}/departements/[0-9AB]{2,3}/forums(\\?[A-Za-z0-9%=&._+*-]{0,500})?");

    /** Only a planning list of this application (no other host, no other path): else {@code fallback}. */
    static String back(String retour, String notice, long id, String fallback) {
        if (retour == null || !PLANNING.matcher(retour).matches()) {
            return fallback;
        }
        return retour + (retour.contains("?") ? "&" : "?") + notice + "=" + id;
    }

    @POST
    @Path("gestion/forums/{id}/annuler")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@PathParam("id") long id, @RestForm String reason, @RestForm String confirm) {
        List<String> errors = new ArrayList<>();
        if (!"1".equals(confirm) && !"on".equals(confirm)) {
            errors.add("Cochez la case pour confirmer l'annulation : elle est définitive.");
        }
        if (errors.isEmpty()) {
            try {
                forums.cancel(me, id, new CancelInput(reason));
                return Response.seeOther(URI.create("/gestion/forums/" + id + "?statut=1")).build();
            } catch (AppException e) {
                if (e.status() != 422 && e.status() != 409) {
                    throw e;
                }
                errors.addAll(e.violations().isEmpty() ? List.of(e.detail())
                        : e.violations().stream().map(Violation::message).toList());
            }
        }
        ForumScreens.Detail page = screens.detail(me, id, List.of(),
                new ForumScreens.CancelForm(reason == null ? "" : reason, errors));
        viewer.showDepartment(page.forum().department());
        return Response.status(422).type(HTML).entity(Templates.detail(page).render()).build();
    }
}
