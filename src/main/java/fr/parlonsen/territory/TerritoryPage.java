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

import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.territory.TerritoryPermissions.Action;
import fr.parlonsen.territory.TerritoryViews.DepartmentDetail;
import fr.parlonsen.territory.TerritoryViews.DepartmentSummary;
import fr.parlonsen.web.AppException;
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
    CurrentUser me;
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

    private static final java.util.Map<String, String> DESTINATIONS = new java.util.LinkedHashMap<>();
    static {
        DESTINATIONS.put("territoire", "Territoire (arrondissements, cantons, communes)");
        DESTINATIONS.put("forums", "Planification des forums");
        DESTINATIONS.put("comptes-rendus", "Comptes rendus");
        DESTINATIONS.put("questions", "Questions des citoyens");
        DESTINATIONS.put("synthese", "Synthèse départementale");
        DESTINATIONS.put("calendrier", "Calendrier public");
    }

    /** The chooser's answer: the chosen page of the chosen département (a fixed list, no free path). */
    @GET
    @Path("aller")
    public Response go(@jakarta.ws.rs.QueryParam("departement") String department,
            @jakarta.ws.rs.QueryParam("vers") String to) {
        check();
        if (department == null || department.isBlank()) {
            return Response.seeOther(URI.create("/gestion/territoire" + (to == null ? "" : "?vers="
                    + java.net.URLEncoder.encode(to, java.nio.charset.StandardCharsets.UTF_8)) + "#choisir")).build();
        }
        String dep = territory.department(department.strip()).code;
        String target = switch (to == null ? "" : to) {
            case "forums" -> "/gestion/forums?departement=" + dep;
            case "comptes-rendus" -> "/gestion/comptes-rendus?departement=" + dep;
            case "questions" -> "/gestion/questions?departement=" + dep;
            case "synthese" -> "/gestion/synthese?departement=" + dep;
            case "calendrier" -> "/departements/" + dep + "/forums";
            default -> "/gestion/territoire/" + dep;
        };
        return Response.seeOther(URI.create(target)).build();
    }

    @GET
    public Response index(@jakarta.ws.rs.QueryParam("vers") String to) {
        check();
        String home = permissions.homeDepartment(me);
        if (home != null) {
            return Response.seeOther(URI.create("/gestion/territoire/" + home)).build();
        }
        String wanted = to != null && DESTINATIONS.containsKey(to) ? to : "territoire";
        List<Destination> destinations = DESTINATIONS.entrySet().stream()
                .map(e -> new Destination(e.getKey(), e.getValue(), e.getKey().equals(wanted))).toList();
        return Response.ok(Templates.index(territory.departments(), destinations)).build();
    }

    @GET
    @Path("{dep}")
    public TemplateInstance detail(@PathParam("dep") String dep) {
        check();
        DepartmentDetail detail = territory.detail(dep);
        viewer.showDepartment(detail.code());
        return Templates.detail(detail);
    }

    private void check() {
        if (!permissions.may(me, Action.READ)) {
            throw AppException.forbidden("Votre rôle ne permet pas de consulter le territoire.");
        }
    }
}
