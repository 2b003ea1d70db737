package fr.parlonsen.territory;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import fr.parlonsen.territory.TerritoryPage.Destination;

/**
 * /gestion/territoire/aller: the département chooser of national users. Without a département it shows the chooser
 * (the territory index) with the wanted page preselected; with one it opens that page of that département (a fixed
 * list of targets, no free path).
 */
@RequestScoped
@Path("/gestion/territoire/aller")
@Produces(MediaType.TEXT_HTML)
public class DepartmentChooserPages {
    private static final Map<String, String> DESTINATIONS = new LinkedHashMap<>();
    static {
        DESTINATIONS.put("territoire", "Territoire (arrondissements, cantons, communes)");
        DESTINATIONS.put("forums", "Planification des forums");
        DESTINATIONS.put("comptes-rendus", "Comptes rendus");
        DESTINATIONS.put("questions", "Questions des citoyens");
        DESTINATIONS.put("synthese", "Synthèse départementale");
        DESTINATIONS.put("calendrier", "Calendrier public");
    }

    @Inject
    TerritoryPage page;
    @Inject
    TerritoryService territory;

    static List<Destination> destinations(String wanted) {
        String w = wanted != null && DESTINATIONS.containsKey(wanted) ? wanted : "territoire";
        return DESTINATIONS.entrySet().stream().map(e -> new Destination(e.getKey(), e.getValue(), e.getKey().equals(w)))
                .toList();
    }

    @GET
    public Response go(@QueryParam("departement") String department, @QueryParam("vers") String to) {
        page.check();
        if (department == null || department.isBlank()) {
            return Response.ok(TerritoryPage.Templates.index(territory.departments(), destinations(to))).build();
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
}
