package fr.parlonsen.forum;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.vertx.ext.web.RoutingContext;

/**
 * /api/v1/public/campaigns/{c}/forums.json|.ics|.csv?department={dep}: the public calendar, no login, cacheable
 * for a minute. Drafts never appear; cancelled forums appear (STATUS:CANCELLED) once they had been published.
 */
@jakarta.enterprise.context.RequestScoped
@Path("/api/v1/public/campaigns/{c}")
public class PublicForumApi {
    public static final String CACHE = "public, max-age=60";

    @Inject
    PublicForumService calendar;
    @Inject
    UriInfo uri;
    @Inject
    RoutingContext routing;

    @GET
    @Path("forums.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response json(@PathParam("c") String c, @QueryParam("department") String dep) {
        List<PublicForum> forums = calendar.calendar(c, dep).forums();
        return cached(routing, Response.ok(forums, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")));
    }

    @GET
    @Path("forums.ics")
    @Produces("text/calendar")
    public Response ics(@PathParam("c") String c, @QueryParam("department") String dep) {
        String base = uri.getBaseUri().toString().replaceAll("/$", "");
        return cached(routing, Response.ok(ForumCalendar.ics(calendar.calendar(c, dep), base), "text/calendar; charset=utf-8")
                .header("Content-Disposition", "inline; filename=\"forums-" + dep + ".ics\""));
    }

    @GET
    @Path("forums.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("c") String c, @QueryParam("department") String dep) {
        return cached(routing, Response.ok(ForumCsv.csv(calendar.calendar(c, dep).forums()), "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"forums-" + dep + ".csv\""));
    }

    /**
     * Public, cacheable a minute: replaces the no-store that {@code SecurityHeaders} puts on every response
     * (set on the HTTP response itself, so that there is one Cache-Control header, not two).
     */
    static Response cached(RoutingContext routing, Response.ResponseBuilder builder) {
        routing.response().headers().set("Cache-Control", CACHE);
        return builder.build();
    }
}
