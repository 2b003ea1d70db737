package fr.parlonsen.minutes;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import fr.parlonsen.minutes.MinutesForms.AuditEntry;
import fr.parlonsen.minutes.MinutesForms.MinutesForm;
import fr.parlonsen.minutes.MinutesForms.MinutesView;
import fr.parlonsen.minutes.MinutesForms.ReopenForm;
import fr.parlonsen.minutes.MinutesForms.VersionSummary;
import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.web.IfMatch;

/** /api/v1/forums/{id}/minutes, as in the contract, plus the history and the audit trail. */
@RequestScoped
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class MinutesApi {
    @Inject
    MinutesReading reading;
    @Inject
    MinutesEditing editing;
    @Inject
    MinutesWorkflow workflow;
    @Inject
    MinutesHistory history;
    @Inject
    CurrentUser me;

    @GET
    @Path("forums/{id}/minutes")
    public Response get(@PathParam("id") long id) {
        return withTag(reading.get(me, id));
    }

    @PUT
    @Path("forums/{id}/minutes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            MinutesForm form) {
        return withTag(editing.save(me, id, IfMatch.parse(ifMatch), form));
    }

    @POST
    @Path("forums/{id}/minutes/submit")
    public Response submit(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withTag(workflow.submit(me, id, IfMatch.parse(ifMatch)));
    }

    @POST
    @Path("forums/{id}/minutes/validate")
    public Response validate(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withTag(workflow.validate(me, id, IfMatch.parse(ifMatch)));
    }

    @POST
    @Path("forums/{id}/minutes/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reopen(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            ReopenForm form) {
        return withTag(workflow.reopen(me, id, IfMatch.parse(ifMatch), form));
    }

    @GET
    @Path("forums/{id}/minutes/versions")
    public List<VersionSummary> versions(@PathParam("id") long id) {
        return history.versions(me, id);
    }

    /** The minutes exactly as they were at version n (the JSON saved then). */
    @GET
    @Path("forums/{id}/minutes/versions/{n}")
    public Response version(@PathParam("id") long id, @PathParam("n") int n) {
        return Response.ok(history.versionSnapshot(me, id, n), MediaType.APPLICATION_JSON_TYPE)
                .tag(IfMatch.tag(n)).build();
    }

    @GET
    @Path("forums/{id}/minutes/audit")
    public List<AuditEntry> audit(@PathParam("id") long id) {
        return history.audit(me, id);
    }

    private static Response withTag(MinutesView view) {
        return IfMatch.ok(view, view.version());
    }
}
