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

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.parlonsen.web.PublicCache;
import fr.parlonsen.web.PublicCache.Rendered;
import io.vertx.ext.web.RoutingContext;

/**
 * Open data of the follow-up, no account: the published commitments of a département as JSON, CSV and an Atom
 * feed of their progress notes. Personal data masked; never an unpublished commitment. Answered from
 * {@link PublicCache} (rendered again when a commitment changes, on every replica); cacheable a minute.
 */
@RequestScoped
@Path("/api/v1/public/campaigns/{c}")
public class PublicFollowupApi {
    static final String CACHE = PublicCache.PUBLIC;
    static final List<String> TOPICS = List.of(CommitmentService.PUBLIC_TOPIC);

    @Inject
    CommitmentService commitments;
    @Inject
    UriInfo uri;
    @Inject
    RoutingContext routing;
    @Inject
    PublicCache cache;
    @Inject
    ObjectMapper json;

    @GET
    @Path("departments/{dep}/commitments.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response json(@PathParam("c") String c, @PathParam("dep") String dep) {
        return cache.respond(routing, TOPICS, false, () -> Rendered.json(json, commitments.published(c, dep)));
    }

    @GET
    @Path("departments/{dep}/commitments.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("c") String c, @PathParam("dep") String dep) {
        return cache.respond(routing, TOPICS, false, () -> Rendered
                .of(OpenData.csv(commitments.published(c, dep)), "text/csv; charset=utf-8")
                .with("Content-Disposition", "attachment; filename=\"engagements-" + dep + ".csv\""));
    }

    @GET
    @Path("departments/{dep}/commitments.atom")
    @Produces("application/atom+xml")
    public Response atom(@PathParam("c") String c, @PathParam("dep") String dep) {
        String base = uri.getBaseUri().toString().replaceAll("/$", "");
        String self = base + "/api/v1/public/campaigns/" + c + "/departments/" + dep + "/commitments.atom";
        return cache.respond(routing, TOPICS, false, () -> {
            CommitmentService.Scope scope = commitments.scope(c, dep);
            return Rendered.of(OpenData.atom(commitments.published(c, dep), dep, scope.department().name, base, self),
                    "application/atom+xml; charset=utf-8");
        });
    }
}
