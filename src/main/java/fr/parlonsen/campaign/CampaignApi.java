package fr.parlonsen.campaign;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import fr.parlonsen.campaign.CampaignForms.CampaignView;
import fr.parlonsen.campaign.CampaignForms.CreateCampaign;
import fr.parlonsen.security.CurrentUser;

/**
 * /api/v1/campaigns, as in the contract. {c} is the id or the code of a campaign. The class sits on /api/v1 so
 * that the routes other classes hang below a campaign (/api/v1/campaigns/{c}/departments/...) still match.
 */
@jakarta.enterprise.context.RequestScoped
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CampaignApi {
    @Inject
    CampaignService campaigns;
    @Inject
    CurrentUser me;

    @GET
    @Path("campaigns")
    public List<CampaignView> list() {
        return campaigns.list(me);
    }

    @GET
    @Path("campaigns/{c}")
    public CampaignView get(@PathParam("c") String c) {
        return campaigns.get(me, c);
    }

    @POST
    @Path("campaigns")
    public Response create(@Valid @NotNull(message = "Le corps de la requête est obligatoire.") CreateCampaign form) {
        CampaignView created = campaigns.create(me, form);
        return Response.created(URI.create("/api/v1/campaigns/" + created.id())).entity(created).build();
    }
}
