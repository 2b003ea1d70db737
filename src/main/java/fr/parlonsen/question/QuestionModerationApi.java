package fr.parlonsen.question;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import fr.parlonsen.question.QuestionForms.AnswerForm;
import fr.parlonsen.question.QuestionForms.Moderation;
import fr.parlonsen.question.QuestionForms.ModerationView;
import fr.parlonsen.security.CurrentUser;

/**
 * The moderation routes of the contract. Like every API class sharing routes under /api/v1, the class path is
 * /api/v1: Quarkus REST picks a class by its longest matching path without backtracking.
 */
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/v1")
public class QuestionModerationApi {
    @Inject
    QuestionModeration moderation;
    @Inject
    QuestionAnswers answers;
    @Inject
    CurrentUser me;

    @POST
    @Path("questions/{id}/moderation")
    @Consumes(MediaType.APPLICATION_JSON)
    public ModerationView moderate(@PathParam("id") long id, Moderation form) {
        return moderation.moderate(me, id, form);
    }

    @POST
    @Path("questions/{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    public ModerationView answer(@PathParam("id") long id, AnswerForm form) {
        return answers.answer(me, id, form);
    }

    /** GET /api/v1/campaigns/{c}/departments/{dep}/questions?status=pending: the moderator's queue. */
    @GET
    @Path("campaigns/{c}/departments/{dep}/questions")
    public List<ModerationView> queue(@PathParam("c") String campaign, @PathParam("dep") String dep,
            @QueryParam("status") String status) {
        return moderation.queue(me, campaign, dep, status);
    }
}
