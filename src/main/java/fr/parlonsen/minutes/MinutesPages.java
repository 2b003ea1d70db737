package fr.parlonsen.minutes;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import fr.parlonsen.web.ErrorResponses;
import fr.parlonsen.kernel.DomainError;
import fr.parlonsen.minutes.MinutesForms.MinutesView;
import fr.parlonsen.minutes.MinutesForms.ReopenForm;
import fr.parlonsen.minutes.MinutesFormReader.Read;
import fr.parlonsen.minutes.MinutesScreen.Conflict;
import fr.parlonsen.minutes.MinutesScreen.Edit;
import fr.parlonsen.minutes.MinutesScreen.ReadOnly;
import fr.parlonsen.minutes.MinutesReading.Page;
import fr.parlonsen.minutes.MinutesReading.Record;
import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.web.AppException;
import fr.parlonsen.web.IfMatch;
import fr.parlonsen.web.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The facilitator's minutes pages: the edit form (with autosave and the conflict screen), the import of a
 * document, the workflow buttons, the read-only page with the audit trail and the history.
 */
@RequestScoped
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class MinutesPages {
    static final String BASE = "gestion/forums/{id}/compte-rendu";

    @Inject
    MinutesReading reading;
    @Inject
    MinutesEditing editing;
    @Inject
    MinutesWorkflow workflow;
    @Inject
    MinutesImportMerge importing;
    @Inject
    CurrentUser me;
    @Inject
    Viewer viewer;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(Edit m);

        static native TemplateInstance conflict(Conflict m);

        static native TemplateInstance record(ReadOnly m);
    }

    static final Map<String, String> NOTICES = Map.of(
            "enregistre", "Compte rendu enregistré.",
            "importe", "Le document a été importé dans le brouillon : vérifiez les lignes créées et le résumé.",
            "soumis", "Compte rendu soumis pour validation.",
            "valide", "Compte rendu validé. Ses questions rejoignent les questions publiées.",
            "rouvert", "Compte rendu rouvert : il est de nouveau modifiable.");

    @GET
    @Path(BASE)
    public Response edit(@PathParam("id") long id, @QueryParam("message") String message) {
        Page page = reading.page(me, id);
        viewer.showDepartment(page.context().department());
        if (!page.context().mayEdit() || page.minutes() == null
                || !MinutesStatus.DRAFT.code.equals(page.minutes().status())) {
            return Response.seeOther(URI.create(base(id) + "/consultation"
                    + (message == null ? "" : "?message=" + message))).build();
        }
        return Response.ok(Templates.edit(new Edit(page.context(),
                MinutesScreen.of(page.minutes(), page.context().themes(), true), List.of(), notice(message))))
                .build();
    }

    @POST
    @Path(BASE)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") long id, MultivaluedMap<String, String> params) {
        Read read = MinutesFormReader.read(params);
        try {
            if (!read.unreadable().isEmpty()) {
                throw AppException.invalid(read.unreadable());
            }
            editing.save(me, id, read.version(), read.form());
            return Response.seeOther(URI.create(base(id) + "?message=enregistre")).build();
        } catch (DomainError e) {
            return formError(id, e, read, params);
        }
    }

    /** The autosave of the page's script: JSON {version} or, on failure, {status, title, detail}. */
    @POST
    @Path(BASE + "/brouillon")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response autosave(@PathParam("id") long id, MultivaluedMap<String, String> params) {
        Read read = MinutesFormReader.read(params);
        try {
            if (!read.unreadable().isEmpty()) {
                throw AppException.invalid(read.unreadable());
            }
            MinutesView v = editing.save(me, id, read.version(), read.form());
            return Response.ok(Map.of("version", v.version(), "updatedAt", String.valueOf(v.updatedAt()))).build();
        } catch (DomainError e) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", ErrorResponses.status(e));
            body.put("title", e.title());
            body.put("detail", e.detail());
            body.put("violations", e.violations());
            return Response.status(ErrorResponses.status(e)).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
        }
    }

    @POST
    @Path(BASE + "/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importFile(@PathParam("id") long id, @RestForm("fichier") FileUpload file,
            @RestForm("version") String version) throws IOException {
        if (file == null || file.uploadedFile() == null) {
            throw AppException.invalid("fichier", "Choisissez un fichier à importer.");
        }
        if (file.size() > MinutesFileReader.MAX_FILE_BYTES) {
            throw new AppException(413, "Fichier trop volumineux", "Le fichier dépasse 5 Mo.");
        }
        importing.importInto(me, id, IfMatch.parse(version), Files.readAllBytes(file.uploadedFile()));
        return Response.seeOther(URI.create(base(id) + "?message=importe")).build();
    }

    @POST
    @Path(BASE + "/soumettre")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("id") long id, MultivaluedMap<String, String> params) {
        try {
            workflow.submit(me, id, IfMatch.parse(params.getFirst("version")));
        } catch (DomainError e) {
            if (ErrorResponses.status(e) != 422) {
                throw e;
            }
            Page page = reading.page(me, id);
            viewer.showDepartment(page.context().department());
            return Response.status(422).entity(Templates.edit(new Edit(page.context(),
                    MinutesScreen.of(page.minutes(), page.context().themes(), true), e.violations(), null))).build();
        }
        return Response.seeOther(URI.create(base(id) + "/consultation?message=soumis")).build();
    }

    @POST
    @Path(BASE + "/valider")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response validate(@PathParam("id") long id, MultivaluedMap<String, String> params) {
        workflow.validate(me, id, IfMatch.parse(params.getFirst("version")));
        return Response.seeOther(URI.create(base(id) + "/consultation?message=valide")).build();
    }

    @POST
    @Path(BASE + "/rouvrir")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reopen(@PathParam("id") long id, MultivaluedMap<String, String> params) {
        workflow.reopen(me, id, IfMatch.parse(params.getFirst("version")), new ReopenForm(params.getFirst("reason")));
        return Response.seeOther(URI.create(base(id) + "/consultation?message=rouvert")).build();
    }

    @GET
    @Path(BASE + "/consultation")
    public TemplateInstance record(@PathParam("id") long id, @QueryParam("message") String message) {
        Record r = reading.record(me, id);
        viewer.showDepartment(r.context().department());
        if (r.minutes() == null) {
            throw AppException.notFound("Aucun compte rendu n'a encore été rédigé pour ce forum.");
        }
        return Templates.record(new ReadOnly(r.context(), MinutesScreen.of(r.minutes(), r.context().themes(), false),
                r.audit(), r.versions(), null, notice(message)));
    }

    @GET
    @Path(BASE + "/versions/{n}")
    public TemplateInstance version(@PathParam("id") long id, @PathParam("n") int n) {
        Page page = reading.versionPage(me, id, n);
        viewer.showDepartment(page.context().department());
        return Templates.record(new ReadOnly(page.context(),
                MinutesScreen.of(page.minutes(), page.context().themes(), false), List.of(), List.of(), n, null));
    }

    /** 412: the conflict screen, both versions; 422: the form again with its messages; nothing typed is lost. */
    private Response formError(long id, DomainError e, Read read, MultivaluedMap<String, String> params) {
        if (ErrorResponses.status(e) != 412 && ErrorResponses.status(e) != 422) {
            throw e;
        }
        Page page = reading.page(me, id);
        viewer.showDepartment(page.context().department());
        if (ErrorResponses.status(e) == 412) {
            MinutesScreen.Content yours = MinutesScreen.ofForm(read.form(), page.minutes().version(),
                    page.minutes().status(), page.context().themes());
            return Response.status(409).entity(Templates.conflict(new Conflict(page.context(),
                    MinutesScreen.of(page.minutes(), page.context().themes(), false), yours,
                    MinutesScreen.fields(params)))).build();
        }
        MinutesScreen.Content kept = MinutesScreen.ofForm(read.form(), read.version() == null ? 0 : read.version(),
                page.minutes().status(), page.context().themes());
        return Response.status(422).entity(Templates.edit(new Edit(page.context(), kept, e.violations(), null)))
                .build();
    }

    private static String notice(String key) {
        return key == null ? null : NOTICES.get(key);
    }

    static String base(long id) {
        return "/gestion/forums/" + id + "/compte-rendu";
    }
}
