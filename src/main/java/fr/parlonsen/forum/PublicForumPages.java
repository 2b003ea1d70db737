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

import fr.parlonsen.web.PublicCache;
import fr.parlonsen.web.PublicCache.Rendered;
import fr.parlonsen.web.Viewer;
import io.vertx.ext.web.RoutingContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The public site, no login: a département's calendar of forums and each forum's page, with the préfecture in
 * the header. Rendered here, on the worker thread, where the header can read the département (a template handed
 * to the response would render on the I/O thread). Anonymous visitors are answered from {@link PublicCache}
 * (rendered once per forum change, on every replica); a logged-in visitor gets a page of their own.
 */
@jakarta.enterprise.context.RequestScoped
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PublicForumPages {
    /** The content topic of the public forum pages and feeds (bumped by {@link ForumService}). */
    static final List<String> TOPICS = List.of(ForumService.PUBLIC_TOPIC);

    @Inject
    PublicForumService calendar;
    @Inject
    Viewer viewer;
    @Inject
    RoutingContext routing;
    @Inject
    PublicCache cache;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance calendar(PublicForumService.Calendar cal);

        static native TemplateInstance forum(PublicForum forum);
    }

    @GET
    @Path("departements/{dep}/forums")
    public Response calendar(@PathParam("dep") String dep, @QueryParam("campagne") String campaign) {
        return cache.respond(routing, TOPICS, true, viewer.isLoggedIn(), () -> {
            PublicForumService.Calendar cal = calendar.calendar(campaign, dep);
            viewer.showDepartment(cal.department());
            return Rendered.html(Templates.calendar(cal).render());
        });
    }

    @GET
    @Path("forums/{id}")
    public Response forum(@PathParam("id") long id) {
        return cache.respond(routing, TOPICS, true, viewer.isLoggedIn(), () -> {
            PublicForum forum = calendar.forum(id);
            viewer.showDepartment(forum.department());
            return Rendered.html(Templates.forum(forum).render());
        });
    }
}
