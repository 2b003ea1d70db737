package fr.parlonsen.minutes;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import fr.parlonsen.minutes.MinutesReading.ForumMinutes;
import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.web.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** /gestion/comptes-rendus: the forums of a département and the state of their minutes. */
@RequestScoped
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class MinutesOverviewPage {
    @Inject
    MinutesReading minutes;
    @Inject
    CurrentUser me;
    @Inject
    Viewer viewer;
    @Inject
    fr.parlonsen.territory.TerritoryService territory;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(String department, List<ForumMinutes> forums,
                List<fr.parlonsen.territory.TerritoryViews.DepartmentSummary> departments);
    }

    @GET
    @Path("gestion/comptes-rendus")
    public TemplateInstance overview(@QueryParam("departement") String department) {
        String dep = department != null && !department.isBlank() ? department.strip() : me.department();
        List<fr.parlonsen.territory.TerritoryViews.DepartmentSummary> choices = me.isNationalScope()
                ? territory.departments() : List.of();
        if (dep == null) {
            return Templates.overview(null, List.of(), choices);
        }
        List<ForumMinutes> forums = minutes.overview(me, dep);
        viewer.showDepartment(dep);
        return Templates.overview(dep, forums, choices);
    }
}
