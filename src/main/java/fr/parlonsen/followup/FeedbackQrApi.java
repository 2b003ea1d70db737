package fr.parlonsen.followup;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import fr.parlonsen.export.QrCode;
import fr.parlonsen.forum.ForumQueries.ForumFacts;
import fr.parlonsen.security.CurrentUser;

/** {@code GET /api/v1/forums/{id}/feedback/qr.png} and {@code .svg}: the QR code of the public feedback link. */
@RequestScoped
@Path("/api/v1")
public class FeedbackQrApi {
    @Inject
    FeedbackService feedback;
    @Inject
    CurrentUser me;

    @GET
    @Path("forums/{id}/feedback/qr.png")
    @Produces("image/png")
    public Response png(@PathParam("id") long id) {
        ForumFacts f = feedback.forumFor(me, id);
        return Response.ok(QrCode.of(feedback.url(f.id())).png(10), "image/png")
                .header("Content-Disposition", "inline; filename=\"avis-forum-" + id + ".png\"").build();
    }

    @GET
    @Path("forums/{id}/feedback/qr.svg")
    @Produces("image/svg+xml")
    public Response svg(@PathParam("id") long id) {
        ForumFacts f = feedback.forumFor(me, id);
        String url = feedback.url(f.id());
        return Response.ok(QrCode.of(url).svg("QR code du formulaire d'avis : " + url), "image/svg+xml").build();
    }
}
