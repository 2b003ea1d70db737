package fr.parlonsen.question;

import fr.parlonsen.web.ErrorResponses;
import fr.parlonsen.kernel.DomainError;
import fr.parlonsen.kernel.Violation;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import fr.parlonsen.question.QuestionForms.SubmitQuestion;
import fr.parlonsen.question.PublicQuestionReading.PublicForm;
import fr.parlonsen.question.QuestionSubmission.FormOrigin;
import fr.parlonsen.question.QuestionSubmission.Submission;
import fr.parlonsen.web.AppException;
import fr.parlonsen.web.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;

/**
 * The public question forms, by forum (/forums/{id}/question) and by département (/departements/{dep}/question),
 * and their confirmation pages. No account; honeypot, signed fill time, rate limit, one question per form shown.
 */
@RequestScoped
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class QuestionPages {
    @Inject
    PublicQuestionReading reading;
    @Inject
    QuestionSubmission submissions;
    @Inject
    fr.parlonsen.security.FormTokens formTime;
    @Inject
    RoutingContext routing;
    @Inject
    Viewer viewer;

    /** What the user typed, given back when the form is shown again. */
    public record Typed(String text, String communeCode, String email, Long forumId) {
        static final Typed EMPTY = new Typed(null, null, null, null);
    }

    /** The form page: where it posts, the form's hidden tokens, what was typed, the messages. */
    public record FormPage(PublicForm form, String action, String issuedAt, String idempotencyKey, Typed typed,
            List<Violation> violations) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(FormPage page);

        static native TemplateInstance sent(PublicForm form);
    }

    @GET
    @Path("forums/{id}/question")
    public TemplateInstance form(@PathParam("id") long id) {
        return page(reading.publicForm(id, null), "/forums/" + id + "/question", Typed.EMPTY, List.of());
    }

    @POST
    @Path("forums/{id}/question")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("id") long id, MultivaluedMap<String, String> params) {
        return post(id, null, "/forums/" + id + "/question", params);
    }

    @GET
    @Path("forums/{id}/question/envoyee")
    public TemplateInstance sent(@PathParam("id") long id) {
        PublicForm form = reading.publicForm(id, null);
        viewer.showDepartment(form.department());
        return Templates.sent(form);
    }

    TemplateInstance page(PublicForm form, String action, Typed typed, List<Violation> violations) {
        viewer.showDepartment(form.department());
        return Templates.form(new FormPage(form, action, formTime.issue(), UUID.randomUUID().toString(), typed,
                violations));
    }

    Response post(Long forumId, String department, String action, MultivaluedMap<String, String> params) {
        Long chosenForum = parseId(params.getFirst("forumId"));
        SubmitQuestion form = new SubmitQuestion(params.getFirst("text"), blankToNull(params.getFirst("communeCode")),
                blankToNull(params.getFirst("email")), forumId == null ? chosenForum : null, params.getFirst("website"));
        try {
            submissions.submit(new Submission(forumId, department, form, fr.parlonsen.web.ClientAddress.of(routing),
                    params.getFirst("idempotencyKey"), FormOrigin.publicRoute(params.getFirst("issuedAt"))));
        } catch (DomainError e) {
            if (ErrorResponses.status(e) != 422) {
                throw e;
            }
            Typed typed = new Typed(form.text(), form.communeCode(), form.email(), chosenForum);
            return Response.status(422).entity(page(reading.publicForm(forumId, department), action, typed,
                    e.violations())).build();
        }
        return Response.seeOther(URI.create(action + "/envoyee")).build();
    }

    private static Long parseId(String s) {
        try {
            return s == null || s.isBlank() ? null : Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The département form: the forum is optional. */
    @GET
    @Path("departements/{dep}/question")
    public TemplateInstance departmentForm(@PathParam("dep") String dep) {
        return page(reading.publicForm(null, dep), "/departements/" + dep + "/question", Typed.EMPTY, List.of());
    }

    @POST
    @Path("departements/{dep}/question")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submitToDepartment(@PathParam("dep") String dep, MultivaluedMap<String, String> params) {
        return post(null, dep, "/departements/" + dep + "/question", params);
    }

    @GET
    @Path("departements/{dep}/question/envoyee")
    public TemplateInstance sentToDepartment(@PathParam("dep") String dep) {
        PublicForm form = reading.publicForm(null, dep);
        viewer.showDepartment(form.department());
        return Templates.sent(form);
    }
}
