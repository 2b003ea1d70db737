package fr.parlonsen.territory;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import fr.parlonsen.territory.TerritoryViews.DepartmentSummary;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The public home page: the départements and the search of a commune, to find one's préfecture's forums. Its
 * template stays with the other home pages' ({@code templates/HomePages/home.html}).
 */
@RequestScoped
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePage {
    @Inject
    TerritoryService territory;

    @CheckedTemplate(basePath = "HomePages")
    static class Templates {
        static native TemplateInstance home(List<DepartmentSummary> departments, String commune,
                List<TerritoryService.CommuneMatch> matches);
    }

    @GET
    public TemplateInstance home(@QueryParam("commune") String commune) {
        String typed = commune == null || commune.isBlank() ? null : commune.strip();
        return Templates.home(territory.departments(), typed,
                typed == null ? List.of() : territory.searchCommunes(typed, 20));
    }
}
