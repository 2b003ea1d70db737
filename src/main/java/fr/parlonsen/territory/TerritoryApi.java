package fr.parlonsen.territory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import fr.parlonsen.kernel.Actor;
import fr.parlonsen.territory.TerritoryPermissions.Action;
import fr.parlonsen.territory.TerritoryViews.CantonImportResult;
import fr.parlonsen.territory.TerritoryViews.CommuneView;
import fr.parlonsen.territory.TerritoryViews.DepartmentDetail;
import fr.parlonsen.territory.TerritoryViews.DepartmentSummary;
import fr.parlonsen.web.AppException;

/** /api/v1/territories: reference geography, read-only but for the canton import. */
@jakarta.enterprise.context.RequestScoped
@Path("/api/v1/territories")
@Produces(MediaType.APPLICATION_JSON)
public class TerritoryApi {
    @Inject
    TerritoryService territory;
    @Inject
    CantonImporter importer;
    @Inject
    TerritoryPermissions permissions;
    @Inject
    Actor me;

    @GET
    @Path("departments")
    public List<DepartmentSummary> departments() {
        check(Action.READ);
        return territory.departments();
    }

    @GET
    @Path("departments/{dep}")
    public DepartmentDetail department(@PathParam("dep") String dep) {
        check(Action.READ);
        return territory.detail(dep);
    }

    @GET
    @Path("departments/{dep}/communes")
    public List<CommuneView> communes(@PathParam("dep") String dep) {
        check(Action.READ);
        return territory.communes(dep);
    }

    @POST
    @Path("cantons")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public CantonImportResult importCantons(@RestForm("cantons") FileUpload cantons,
            @RestForm("communes") FileUpload communes) throws IOException {
        check(Action.IMPORT_CANTONS);
        if (cantons == null || communes == null) {
            throw AppException.invalid(cantons == null ? "cantons" : "communes",
                    "Envoyez deux parties : « cantons » et « communes ».");
        }
        try (InputStream k = Files.newInputStream(cantons.uploadedFile());
                InputStream c = Files.newInputStream(communes.uploadedFile())) {
            return importer.importCantons(k, c);
        }
    }

    private void check(Action action) {
        if (!permissions.may(me, action)) {
            throw AppException.forbidden("Votre rôle ne permet pas cette action sur le référentiel géographique.");
        }
    }
}
