package fr.parlonsen.web;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.territory.TerritoryService;
import fr.parlonsen.territory.TerritoryViews.DepartmentSummary;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The public home page, the accessibility statement and the signed-in dashboard. */
@jakarta.enterprise.context.RequestScoped
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePages {
    @Inject
    TerritoryService territory;
    @Inject
    CurrentUser me;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<DepartmentSummary> departments);

        static native TemplateInstance accessibility();

        static native TemplateInstance dashboard(CurrentUser me);
    }

    @GET
    public TemplateInstance home() {
        return Templates.home(territory.departments());
    }

    @GET
    @Path("accessibilite")
    public TemplateInstance accessibility() {
        return Templates.accessibility();
    }

    @GET
    @Path("gestion")
    public TemplateInstance dashboard() {
        return Templates.dashboard(me);
    }
}
