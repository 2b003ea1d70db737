package fr.parlonsen.question;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import fr.parlonsen.question.QuestionForms.PublicQuestion;
import fr.parlonsen.question.QuestionForms.SubmitQuestion;
import fr.parlonsen.question.QuestionSubmission.FormOrigin;
import fr.parlonsen.question.QuestionSubmission.Submission;
import fr.parlonsen.question.QuestionSubmission.Submitted;
import fr.parlonsen.web.PublicCache;
import fr.parlonsen.web.PublicCache.Rendered;
import io.vertx.ext.web.RoutingContext;

/**
 * The public question routes of the contract: no account, rate-limited, Idempotency-Key honoured. Full class paths,
 * one class on /api/v1/public (Quarkus REST picks a class by its longest matching path without backtracking).
 */
@RequestScoped
@Path("/api/v1/public")
@Produces(MediaType.APPLICATION_JSON)
public class PublicQuestionApi {
    @Inject
    PublicQuestionReading reading;
    @Inject
    QuestionSubmission submissions;
    @Inject
    RoutingContext routing;
    @Inject
    PublicCache cache;
    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

    @Inject
    fr.parlonsen.security.FormTokens formTokens;

    /** The body of a public submission: the question and its single-use token. */
    public record ApiQuestion(String text, String token, String communeCode, String email, Long forumId,
            String website) {
        SubmitQuestion form() {
            return new SubmitQuestion(text, communeCode, email, forumId, website);
        }
    }

    /** {@code {token, notBefore}}: a signed, single-use token, accepted from notBefore (a few seconds on). */
    public record Token(String token, java.time.Instant notBefore) {
    }

    @GET
    @Path("forums/{id}/questions/token")
    public Response token(@PathParam("id") long id) {
        reading.publicForm(id, null); // 404 for a forum that takes no questions
        return token();
    }

    @GET
    @Path("departments/{dep}/questions/token")
    public Response departmentToken(@PathParam("dep") String dep) {
        reading.publicForm(null, dep);
        return token();
    }

    private Response token() {
        fr.parlonsen.security.FormTokens.Issued t = formTokens.issueWithNotBefore();
        return Response.ok(new Token(t.token(), t.notBefore())).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("forums/{id}/questions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submitToForum(@PathParam("id") long id, @HeaderParam("Idempotency-Key") String key,
            ApiQuestion body) {
        return accepted(submissions.submit(new Submission(id, null, body == null ? null : body.form(), client(routing),
                key, FormOrigin.publicRoute(body == null ? null : body.token()))));
    }

    /** Answered from {@link PublicCache}: rendered again when a question or a forum changes. */
    @GET
    @Path("forums/{id}/questions")
    public Response published(@PathParam("id") long id) {
        return cache.respond(routing, TOPICS, false, () -> {
            List<PublicQuestion> list = reading.published(id);
            try {
                return new Rendered(json.writeValueAsBytes(list), "application/json;charset=UTF-8", java.util.Map.of());
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static final List<String> TOPICS = List.of(PublicQuestionReading.PUBLIC_TOPIC, fr.parlonsen.forum.ForumService.PUBLIC_TOPIC);

    /** The client's address: X-Forwarded-For counts only from a trusted proxy. */
    static String client(RoutingContext routing) {
        return fr.parlonsen.web.ClientAddress.of(routing);
    }

    static Response accepted(Submitted s) {
        return Response.status(s.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(s.body()).build();
    }

    /** POST /api/v1/public/departments/{dep}/questions: the département form, the forum optional. */
    @POST
    @Path("departments/{dep}/questions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submitToDepartment(@PathParam("dep") String dep, @HeaderParam("Idempotency-Key") String key,
            ApiQuestion body) {
        return accepted(submissions.submit(new Submission(null, dep, body == null ? null : body.form(), client(routing),
                key, FormOrigin.publicRoute(body == null ? null : body.token()))));
    }
}
