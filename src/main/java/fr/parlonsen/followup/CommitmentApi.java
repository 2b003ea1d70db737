package fr.parlonsen.followup;

import java.net.URI;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import fr.parlonsen.followup.FollowupForms.CommitmentInput;
import fr.parlonsen.followup.FollowupForms.CommitmentView;
import fr.parlonsen.followup.FollowupForms.NoteInput;
import fr.parlonsen.followup.FollowupForms.NoteView;
import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.web.IfMatch;

/**
 * Commitments of a département: {@code GET/POST /api/v1/campaigns/{c}/departments/{dep}/commitments}. On
 * /api/v1 like the other API classes: Quarkus REST picks a class by its path without backtracking, so a longer
 * class path would shadow the routes it is a prefix of (/api/v1/campaigns).
 */
@RequestScoped
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class CommitmentApi {
    @Inject
    CommitmentService commitments;
    @Inject
    CurrentUser me;

    @GET
    @Path("campaigns/{c}/departments/{dep}/commitments")
    public List<CommitmentView> list(@PathParam("c") String c, @PathParam("dep") String dep) {
        return commitments.list(me, c, dep);
    }

    @POST
    @Path("campaigns/{c}/departments/{dep}/commitments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("c") String c, @PathParam("dep") String dep, CommitmentInput input) {
        CommitmentView created = commitments.create(me, c, dep, input);
        return IfMatch.created(URI.create("/api/v1/commitments/" + created.id()), created, created.version());
    }
}
