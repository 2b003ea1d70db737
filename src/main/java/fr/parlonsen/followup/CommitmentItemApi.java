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

/** {@code GET/PUT /api/v1/commitments/{id}} (ETag, If-Match) and {@code POST /api/v1/commitments/{id}/notes}. */
@RequestScoped
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class CommitmentItemApi {
    @Inject
    CommitmentService commitments;
    @Inject
    CurrentUser me;

    @GET
    @Path("commitments/{id}")
    public Response get(@PathParam("id") long id) {
        return tagged(commitments.get(me, id));
    }

    @PUT
    @Path("commitments/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            CommitmentInput input) {
        return tagged(commitments.update(me, id, IfMatch.parse(ifMatch), input));
    }

    @POST
    @Path("commitments/{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response note(@PathParam("id") long id, NoteInput input) {
        NoteView note = commitments.addNote(me, id, input);
        return Response.created(URI.create("/api/v1/commitments/" + id + "#note-" + note.id())).entity(note)
                .build();
    }

    private static Response tagged(CommitmentView v) {
        return IfMatch.ok(v, v.version());
    }
}
