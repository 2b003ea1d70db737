package fr.parlonsen.security;

import java.net.URI;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The login form (posted to Quarkus' j_security_check) and logout. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LoginPage {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed);
    }

    @GET
    @Path("connexion")
    public TemplateInstance login(@QueryParam("erreur") String error) {
        return Templates.login(error != null);
    }

    @POST
    @Path("deconnexion")
    public Response logout() {
        NewCookie expired = new NewCookie.Builder("parlonsen-session").path("/").maxAge(0).httpOnly(true).build();
        return Response.seeOther(URI.create("/")).cookie(expired).build();
    }
}
