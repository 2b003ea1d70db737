package fr.parlonsen.territory;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import fr.parlonsen.kernel.Actor;
import fr.parlonsen.kernel.DomainError.Forbidden;
import fr.parlonsen.territory.TerritoryPermissions.Action;
import fr.parlonsen.territory.TerritoryViews.DepartmentDetail;
import fr.parlonsen.territory.TerritoryViews.DepartmentSummary;
import fr.parlonsen.web.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** /gestion/territoire: the geography of a département, as the agents see it. */
@jakarta.enterprise.context.RequestScoped
@Path("/gestion/territoire")
@Produces(MediaType.TEXT_HTML)
public class TerritoryPage {
    @Inject
    TerritoryService territory;
    @Inject
    TerritoryPermissions permissions;
    @Inject
    Actor me;
    @Inject
    Viewer viewer;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<DepartmentSummary> departments, List<Destination> destinations);

        static native TemplateInstance detail(DepartmentDetail dep);
    }

    /** A page of a département that national users reach through the chooser of this page. */
    public record Destination(String key, String label, boolean selected) {
    }

    @GET
    public Response index() {
        check();
        String home = permissions.homeDepartment(me);
        if (home != null) {
            return Response.seeOther(URI.create("/gestion/territoire/" + home)).build();
        }
        return Response.ok(Templates.index(territory.departments(), DepartmentChooserPages.destinations(null))).build();
    }

    @GET
    @Path("{dep}")
    public TemplateInstance detail(@PathParam("dep") String dep) {
        check();
        DepartmentDetail detail = territory.detail(dep);
        viewer.showDepartment(detail.code());
        return Templates.detail(detail);
    }

    void check() {
        if (!permissions.may(me, Action.READ)) {
            throw new Forbidden("Votre rôle ne permet pas de consulter le territoire.");
        }
    }
}
