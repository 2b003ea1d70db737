package fr.parlonsen.forum;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import fr.parlonsen.web.Viewer;
import io.vertx.ext.web.RoutingContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The public site, no login: a département's calendar of forums and each forum's page, with the préfecture in
 * the header. Cacheable for a minute. Rendered here, on the worker thread, where the header can read the
 * département (a template handed to the response would render on the I/O thread).
 */
@jakarta.enterprise.context.RequestScoped
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PublicForumPages {
    @Inject
    PublicForumService calendar;
    @Inject
    Viewer viewer;
    @Inject
    RoutingContext routing;
    @Inject
    @jakarta.enterprise.inject.Any
    jakarta.enterprise.inject.Instance<PublicForumSection> sections;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance calendar(PublicForumService.Calendar cal, PublicForumService.CalendarPage page);

        static native TemplateInstance forum(PublicForum forum, java.util.List<String> sections);
    }

    /** Anonymous visitors all see the same calendar page: it is rendered at most once every 30 seconds. */
    static final java.time.Duration ANONYMOUS_PAGE_TTL = java.time.Duration.ofSeconds(30);
    private static final java.util.Map<String, RenderedPage> ANONYMOUS_PAGES = new java.util.concurrent.ConcurrentHashMap<>();

    record RenderedPage(String html, long expiresAt) {
    }

    /** A forum changed: the next visitor gets a fresh page. */
    static void invalidate() {
        ANONYMOUS_PAGES.clear();
    }

    @GET
    @Path("departements/{dep}/forums")
    public Response calendar(@PathParam("dep") String dep, @QueryParam("campagne") String campaign,
            @QueryParam("commune") String commune) {
        String key = campaign + "|" + dep + "|" + commune;
        RenderedPage page = viewer.isLoggedIn() ? null : ANONYMOUS_PAGES.get(key);
        if (page == null || page.expiresAt() < System.currentTimeMillis()) {
            PublicForumService.CalendarPage view = calendar.calendarPage(campaign, dep, commune);
            PublicForumService.Calendar cal = view.calendar();
            viewer.showDepartment(cal.department());
            page = new RenderedPage(Templates.calendar(cal, view).render(),
                    System.currentTimeMillis() + ANONYMOUS_PAGE_TTL.toMillis());
            if (!viewer.isLoggedIn()) {
                if (ANONYMOUS_PAGES.size() > 500) {
                    ANONYMOUS_PAGES.clear();
                }
                ANONYMOUS_PAGES.put(key, page);
            }
        }
        return PublicForumApi.cached(routing, Response.ok(page.html(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")));
    }

    @GET
    @Path("forums/{id}")
    public Response forum(@PathParam("id") long id) {
        PublicForum forum = calendar.forum(id);
        viewer.showDepartment(forum.department());
        java.util.List<String> parts = sections.stream()
                .sorted(java.util.Comparator.comparingInt(PublicForumSection::position)).map(s -> s.html(forum))
                .filter(h -> h != null && !h.isBlank()).toList();
        return PublicForumApi.cached(routing, Response.ok(Templates.forum(forum, parts).render(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")));
    }
}
