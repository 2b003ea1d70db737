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
    /**
     * The forum page also shows the sections of other capabilities (the published questions): their topics. A
     * capability that adds a section bumps its topic ("question", "followup") when its part changes.
     */
    static final List<String> FORUM_PAGE_TOPICS = List.of(ForumService.PUBLIC_TOPIC, "question", "followup");

    @Inject
    PublicForumService calendar;
    @Inject
    Viewer viewer;
    @Inject
    RoutingContext routing;
    @Inject
    PublicCache cache;
    @Inject
    @jakarta.enterprise.inject.Any
    jakarta.enterprise.inject.Instance<PublicForumSection> sections;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance calendar(PublicForumService.Calendar cal, PublicForumService.CalendarPage page);

        static native TemplateInstance forum(PublicForum forum, java.util.List<String> sections);
    }

    @GET
    @Path("departements/{dep}/forums")
    public Response calendar(@PathParam("dep") String dep, @QueryParam("campagne") String campaign,
            @QueryParam("commune") String commune) {
        return cache.respond(routing, TOPICS, true, viewer.isLoggedIn(), () -> {
            PublicForumService.CalendarPage view = calendar.calendarPage(campaign, dep, commune);
            PublicForumService.Calendar cal = view.calendar();
            viewer.showDepartment(cal.department());
            return Rendered.html(Templates.calendar(cal, view).render());
        });
    }

    @GET
    @Path("forums/{id}")
    public Response forum(@PathParam("id") long id) {
        return cache.respond(routing, FORUM_PAGE_TOPICS, true, viewer.isLoggedIn(), () -> {
            PublicForum forum = calendar.forum(id);
            viewer.showDepartment(forum.department());
            java.util.List<String> parts = sections.stream()
                    .sorted(java.util.Comparator.comparingInt(PublicForumSection::position)).map(s -> s.html(forum))
                    .filter(h -> h != null && !h.isBlank()).toList();
            return Rendered.html(Templates.forum(forum, parts).render());
        });
    }
}
