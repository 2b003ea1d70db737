package fr.parlonsen.followup;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import fr.parlonsen.followup.IndicatorService.DepartmentIndicators;
import fr.parlonsen.followup.IndicatorService.NationalIndicators;
import fr.parlonsen.security.CurrentUser;

/** {@code GET /api/v1/campaigns/{c}/departments/{dep}/indicators}. */
@RequestScoped
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorApi {
    @Inject
    IndicatorService indicators;
    @Inject
    CurrentUser me;

    @GET
    @Path("campaigns/{c}/departments/{dep}/indicators")
    public DepartmentIndicators department(@PathParam("c") String c, @PathParam("dep") String dep) {
        return indicators.department(me, c, dep);
    }
}
