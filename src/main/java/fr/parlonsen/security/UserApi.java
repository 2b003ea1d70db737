package fr.parlonsen.security;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import fr.parlonsen.security.UserForms.CreateUser;
import fr.parlonsen.security.UserForms.UpdateUser;
import fr.parlonsen.security.UserForms.UserView;

/** /api/v1/users, as in the contract. */
@jakarta.enterprise.context.RequestScoped
@Path("/api/v1/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserApi {
    @Inject
    UserService users;
    @Inject
    CurrentUser me;

    @GET
    public List<UserView> list() {
        return users.list(me);
    }

    @POST
    public Response create(@Valid @NotNull(message = "Le corps de la requête est obligatoire.") CreateUser form) {
        UserView created = users.create(me, form);
        return Response.created(URI.create("/api/v1/users/" + created.username())).entity(created).build();
    }

    @GET
    @Path("{username}")
    public Response get(@PathParam("username") String username) {
        return withTag(users.get(me, username));
    }

    /** Replaces an account: If-Match with the ETag read (missing: 428, stale: 412). */
    @PUT
    @Path("{username}")
    public Response update(@PathParam("username") String username, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") UpdateUser form) {
        return withTag(users.update(me, username, fr.parlonsen.web.IfMatch.parse(ifMatch), form));
    }

    private static Response withTag(UserView view) {
        return fr.parlonsen.web.IfMatch.ok(view, view.version());
    }

    @DELETE
    @Path("{username}")
    public Response disable(@PathParam("username") String username) {
        users.disable(me, username);
        return Response.noContent().build();
    }
}
