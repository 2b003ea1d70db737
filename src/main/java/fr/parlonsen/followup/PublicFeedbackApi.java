package fr.parlonsen.followup;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import fr.parlonsen.followup.FollowupForms.FeedbackFormView;
import fr.parlonsen.followup.FollowupForms.FeedbackInput;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET/POST /api/v1/public/forums/{id}/feedback}: the form's definition (with a form token) and an
 * anonymous answer → 202. Same abuse rules as the question forms; a device cookie keeps one answer per device.
 */
@RequestScoped
@Path("/api/v1/public")
@Produces(MediaType.APPLICATION_JSON)
public class PublicFeedbackApi {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    FeedbackService feedback;
    @Inject
    RoutingContext routing;

    @GET
    @Path("forums/{id}/feedback")
    public Response form(@PathParam("id") long id) {
        FeedbackFormView form = feedback.form(id, true);
        routing.response().headers().set("Cache-Control", "no-store");
        return Response.ok(form).build();
    }

    @POST
    @Path("forums/{id}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(@PathParam("id") long id, @CookieParam(FeedbackService.DEVICE_COOKIE) String device,
            FeedbackInput input) {
        String dev = validDevice(device) ? device : null;
        var accepted = feedback.submit(new FeedbackService.Submission(id, input, client(routing), dev, false,
                Instant.now()));
        Response.ResponseBuilder r = Response.status(202).entity(accepted);
        if (dev == null) {
            r.header("Set-Cookie", deviceCookie(newDevice(), routing));
        }
        return r.build();
    }

    static boolean validDevice(String d) {
        return d != null && d.matches("[A-Za-z0-9_-]{16,64}");
    }

    static String newDevice() {
        byte[] b = new byte[18];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** A year-long, HTTP-only cookie: the device's answers are recognised, nothing else is learnt from it. */
    static String deviceCookie(String value, RoutingContext routing) {
        boolean secure = routing.request().isSSL();
        return FeedbackService.DEVICE_COOKIE + "=" + value + "; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax"
                + (secure ? "; Secure" : "");
    }

    /** The connection's address (as the question forms count it). */
    static String client(RoutingContext routing) {
        return routing.request().remoteAddress() == null ? "?" : routing.request().remoteAddress().host();
    }
}
