package fr.parlonsen.forum;

import java.net.URI;
import java.util.List;

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

import fr.parlonsen.web.IfMatch;
import fr.parlonsen.forum.ForumForms.CancelInput;
import fr.parlonsen.forum.ForumForms.ForumInput;
import fr.parlonsen.forum.ForumForms.ForumSummary;
import fr.parlonsen.forum.ForumForms.ForumView;
import fr.parlonsen.security.CurrentUser;

/**
 * Forum planning, as in the contract: /api/v1/campaigns/{c}/departments/{dep}/forums and coverage,
 * /api/v1/forums/{id} (ETag, If-Match), publish, cancel, and held ({@code POST /api/v1/forums/{id}/held}:
 * published → held). The input is validated by the service, all at once, so that one 422 lists every field.
 */
@jakarta.enterprise.context.RequestScoped
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class ForumApi {
    @Inject
    ForumService forums;
    @Inject
    CoverageService coverage;
    @Inject
    CurrentUser me;

    @GET
    @Path("campaigns/{c}/departments/{dep}/forums")
    public List<ForumSummary> list(@PathParam("c") String c, @PathParam("dep") String dep) {
        return forums.list(me, c, dep);
    }

    @POST
    @Path("campaigns/{c}/departments/{dep}/forums")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("c") String c, @PathParam("dep") String dep, ForumInput form) {
        ForumView created = forums.create(me, c, dep, form);
        return IfMatch.created(URI.create("/api/v1/forums/" + created.id()), created, created.version());
    }

    @GET
    @Path("campaigns/{c}/departments/{dep}/coverage")
    public Coverage coverage(@PathParam("c") String c, @PathParam("dep") String dep) {
        return coverage.coverage(me, c, dep);
    }

    @GET
    @Path("forums/{id}")
    public Response get(@PathParam("id") long id) {
        return withTag(forums.get(me, id));
    }

    @PUT
    @Path("forums/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            ForumInput form) {
        return withTag(forums.update(me, id, IfMatch.parse(ifMatch), form));
    }

    @POST
    @Path("forums/{id}/publish")
    @Consumes(MediaType.WILDCARD)
    public Response publish(@PathParam("id") long id) {
        return withTag(forums.publish(me, id));
    }

    @POST
    @Path("forums/{id}/held")
    @Consumes(MediaType.WILDCARD)
    public Response held(@PathParam("id") long id) {
        return withTag(forums.hold(me, id));
    }

    @POST
    @Path("forums/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response cancel(@PathParam("id") long id, CancelInput form) {
        return withTag(forums.cancel(me, id, form));
    }

    private static Response withTag(ForumView view) {
        return IfMatch.ok(view, view.version());
    }
}
