package fr.parlonsen.followup;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import fr.parlonsen.followup.FollowupForms.CommitmentView;
import io.vertx.ext.web.RoutingContext;

/**
 * Open data of the follow-up, no account: the published commitments of a département as JSON, CSV and an Atom
 * feed of their progress notes. Personal data masked; never an unpublished commitment. Cacheable a minute.
 */
@RequestScoped
@Path("/api/v1/public/campaigns/{c}")
public class PublicFollowupApi {
    static final String CACHE = "public, max-age=60";

    @Inject
    CommitmentService commitments;
    @Inject
    UriInfo uri;
    @Inject
    RoutingContext routing;

    @GET
    @Path("departments/{dep}/commitments.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response json(@PathParam("c") String c, @PathParam("dep") String dep) {
        List<CommitmentView> list = commitments.published(c, dep);
        return cached(Response.ok(list, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")));
    }

    @GET
    @Path("departments/{dep}/commitments.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("c") String c, @PathParam("dep") String dep) {
        return cached(Response.ok(OpenData.csv(commitments.published(c, dep)), "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"engagements-" + dep + ".csv\""));
    }

    @GET
    @Path("departments/{dep}/commitments.atom")
    @Produces("application/atom+xml")
    public Response atom(@PathParam("c") String c, @PathParam("dep") String dep) {
        CommitmentService.Scope scope = commitments.scope(c, dep);
        String base = uri.getBaseUri().toString().replaceAll("/$", "");
        String self = base + "/api/v1/public/campaigns/" + c + "/departments/" + dep + "/commitments.atom";
        return cached(Response.ok(OpenData.atom(commitments.published(c, dep), dep, scope.department().name, base,
                self), "application/atom+xml; charset=utf-8"));
    }

    private Response cached(Response.ResponseBuilder builder) {
        routing.response().headers().set("Cache-Control", CACHE);
        return builder.build();
    }
}
