package fr.parlonsen.forum;


import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.parlonsen.web.PublicCache;
import fr.parlonsen.web.PublicCache.Rendered;
import io.vertx.ext.web.RoutingContext;

/**
 * /api/v1/public/campaigns/{c}/forums.json|.ics|.csv?department={dep}: the public calendar, no login, cacheable
 * for a minute, answered from {@link PublicCache} (ETag, Last-Modified, 304). Drafts never appear; cancelled
 * forums appear (STATUS:CANCELLED) once they had been published.
 */
@jakarta.enterprise.context.RequestScoped
@Path("/api/v1/public/campaigns/{c}")
public class PublicForumApi {
    public static final String CACHE = PublicCache.PUBLIC;

    @Inject
    PublicForumService calendar;
    @Inject
    UriInfo uri;
    @Inject
    RoutingContext routing;
    @Inject
    PublicCache cache;
    @Inject
    ObjectMapper json;

    @GET
    @Path("forums.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response json(@PathParam("c") String c, @QueryParam("department") String dep) {
        return cache.respond(routing, PublicForumPages.TOPICS, false,
                () -> Rendered.json(json, calendar.calendar(c, dep).forums()));
    }

    @GET
    @Path("forums.ics")
    @Produces("text/calendar")
    public Response ics(@PathParam("c") String c, @QueryParam("department") String dep) {
        String base = uri.getBaseUri().toString().replaceAll("/$", "");
        return cache.respond(routing, PublicForumPages.TOPICS, false, () -> Rendered
                .of(ForumCalendar.ics(calendar.calendar(c, dep), base), "text/calendar; charset=utf-8")
                .with("Content-Disposition", "inline; filename=\"forums-" + dep + ".ics\""));
    }

    @GET
    @Path("forums.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("c") String c, @QueryParam("department") String dep) {
        return cache.respond(routing, PublicForumPages.TOPICS, false, () -> Rendered
                .of(ForumCsv.csv(calendar.calendar(c, dep).forums()), "text/csv; charset=utf-8")
                .with("Content-Disposition", "attachment; filename=\"forums-" + dep + ".csv\""));
    }
}
