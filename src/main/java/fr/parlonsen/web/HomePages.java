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
    @Inject
    @jakarta.enterprise.inject.Any
    jakarta.enterprise.inject.Instance<DashboardSection> sections;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<DepartmentSummary> departments, String commune,
                List<TerritoryService.CommuneMatch> matches);

        static native TemplateInstance accessibility();

        static native TemplateInstance legal();

        static native TemplateInstance personalData();

        static native TemplateInstance cookies();

        static native TemplateInstance dashboard(CurrentUser me, List<DashboardSection.Block> blocks);
    }

    @GET
    public TemplateInstance home(@jakarta.ws.rs.QueryParam("commune") String commune) {
        String typed = commune == null || commune.isBlank() ? null : commune.strip();
        return Templates.home(territory.departments(), typed,
                typed == null ? List.of() : territory.searchCommunes(typed, 20));
    }

    @GET
    @Path("accessibilite")
    public TemplateInstance accessibility() {
        return Templates.accessibility();
    }

    @GET
    @Path("mentions-legales")
    public TemplateInstance legal() {
        return Templates.legal();
    }

    @GET
    @Path("donnees-personnelles")
    public TemplateInstance personalData() {
        return Templates.personalData();
    }

    @GET
    @Path("cookies")
    public TemplateInstance cookies() {
        return Templates.cookies();
    }

    @GET
    @Path("gestion")
    public TemplateInstance dashboard() {
        List<DashboardSection.Block> blocks = new java.util.ArrayList<>();
        for (DashboardSection s : sections) {
            s.block(me).ifPresent(blocks::add);
        }
        blocks.sort(java.util.Comparator.comparingInt(DashboardSection.Block::order));
        return Templates.dashboard(me, blocks);
    }
}
