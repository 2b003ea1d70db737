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

/** {@code GET /api/v1/campaigns/{c}/national/indicators}: per département and nationally. */
@RequestScoped
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class NationalIndicatorApi {
    @Inject
    IndicatorService indicators;
    @Inject
    CurrentUser me;

    @GET
    @Path("campaigns/{c}/national/indicators")
    public NationalIndicators national(@PathParam("c") String c) {
        return indicators.national(me, c);
    }
}
