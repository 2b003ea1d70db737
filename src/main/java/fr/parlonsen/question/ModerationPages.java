package fr.parlonsen.question;

import java.net.URI;

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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import fr.parlonsen.campaign.TopicSuggestions;
import fr.parlonsen.question.QuestionForms.AnswerForm;
import fr.parlonsen.question.QuestionForms.Moderation;
import fr.parlonsen.question.QuestionForms.ModerationView;
import fr.parlonsen.question.QuestionModeration.ModerationScreen;
import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.web.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** /gestion/questions: the moderators' queue, with publish, reject (with a reason) and answer forms. */
@RequestScoped
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ModerationPages {
    @Inject
    QuestionModeration moderation;
    @Inject
    QuestionAnswers answers;
    @Inject
    QuestionPermissions permissions;
    @Inject
    CurrentUser me;
    @Inject
    Viewer viewer;
    @Inject
    fr.parlonsen.campaign.CampaignService campaigns;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(ModerationScreen page, String notice);
    }

    @GET
    @Path("gestion/questions")
    public Response queue(@QueryParam("departement") String department, @QueryParam("statut") String status,
            @QueryParam("campagne") String campaign, @QueryParam("message") String message) {
        String dep = department != null && !department.isBlank() ? department.strip()
                : permissions.homeDepartment(me);
        if (dep == null) {
            return Response.seeOther(URI.create("/gestion/territoire/aller?vers=questions")).build();
        }
        String wanted = status == null ? "pending" : status;
        String ref = campaign != null && !campaign.isBlank() ? campaign.strip()
                : campaigns.current().map(c -> String.valueOf(c.id))
                        .orElseThrow(() -> new fr.parlonsen.kernel.DomainError.NotFound("Aucune campagne n'existe encore."));
        ModerationScreen page = moderation.moderationScreen(me, ref, dep, wanted.equals("all") ? null : wanted);
        viewer.showDepartment(dep);
        return Response.ok(Templates.queue(page, "ok".equals(message) ? "Décision enregistrée." : null)).build();
    }

    @POST
    @Path("gestion/questions/{id}/moderation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response moderate(@PathParam("id") long id, MultivaluedMap<String, String> params) {
        String topic = params.getFirst("topic");
        boolean none = TopicSuggestions.NO_TOPIC_CHOICE.equals(topic); // "Aucun sous-thème"
        ModerationView q = moderation.moderate(me, id, new Moderation(params.getFirst("decision"),
                params.getFirst("reason"), none ? null : topic, none ? TopicSuggestions.CHOSEN : null));
        return back(q, params.getFirst("campagne"));
    }

    @POST
    @Path("gestion/questions/{id}/reponse")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("id") long id, MultivaluedMap<String, String> params) {
        return back(answers.answer(me, id, new AnswerForm(params.getFirst("text"))), params.getFirst("campagne"));
    }

    /** Back to the queue of the same campaign (the forms carry it; a malformed one is dropped). */
    private static Response back(ModerationView q, String campaign) {
        String keep = campaign != null && campaign.matches("[A-Za-z0-9_-]{1,40}") ? "&campagne=" + campaign : "";
        return Response.seeOther(URI.create("/gestion/questions?departement=" + q.department() + keep
                + "&message=ok#question-" + q.id())).build();
    }
}
