package fr.parlonsen.security;

import fr.parlonsen.web.ErrorResponses;
import fr.parlonsen.kernel.DomainError;
import fr.parlonsen.kernel.Violation;
import java.net.URI;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import fr.parlonsen.security.UserForms.CreateUser;
import fr.parlonsen.security.UserForms.UserView;
import fr.parlonsen.web.AppException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** /gestion/comptes: admin and prefecture list the accounts of their scope and create new ones. */
@RequestScoped
@Path("/gestion/comptes")
@Produces(MediaType.TEXT_HTML)
public class UserPages {
    @Inject
    UserService users;
    @Inject
    UserPermissions permissions;
    @Inject
    CurrentUser me;
    @Inject
    Validator validator;

    /** What the form shows again after an error: the user's input, never the password. */
    public record Draft(String username, String displayName, String email, String role, String department,
            String arrondissements) {
        static final Draft EMPTY = new Draft("", "", "", "facilitator", "", "");
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<UserView> users, Draft draft, List<Role> roles,
                List<Violation> errors, String created);
    }

    @GET
    public TemplateInstance list(@jakarta.ws.rs.QueryParam("cree") String created) {
        return page(Draft.EMPTY, List.of(), created);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String username, @RestForm String password, @RestForm String displayName,
            @RestForm String email, @RestForm String role, @RestForm String department,
            @RestForm String arrondissements) {
        String dep = me.has(Role.ADMIN) ? department : me.department();
        List<String> arrs = arrondissements == null || arrondissements.isBlank() ? List.of()
                : Arrays.stream(arrondissements.split("[,; ]+")).filter(s -> !s.isBlank()).toList();
        CreateUser form = new CreateUser(trim(username), password, trim(displayName), trim(email),
                role == null ? List.of() : List.of(role), trim(dep), arrs);
        Draft draft = new Draft(username, displayName, email, role, dep, arrondissements);
        List<Violation> errors = validator.validate(form).stream()
                .map(v -> new Violation(v.getPropertyPath().toString().replaceAll("\\[.*", ""), v.getMessage()))
                .sorted(java.util.Comparator.comparing(Violation::field)).toList();
        if (errors.isEmpty()) {
            try {
                users.create(me, form);
                return Response.seeOther(URI.create("/gestion/comptes?cree=" + form.username())).build();
            } catch (DomainError e) {
                errors = e.violations().isEmpty() ? List.of(new Violation("username", e.detail()))
                        : e.violations();
                if (ErrorResponses.status(e) == 403) {
                    throw e;
                }
            }
        }
        return Response.status(422).entity(page(draft, errors, null)).build();
    }

    private TemplateInstance page(Draft draft, List<Violation> errors, String created) {
        if (!permissions.mayList(me)) {
            throw AppException.forbidden("Seuls l'administrateur et la préfecture gèrent les comptes.");
        }
        List<Role> roles = me.has(Role.ADMIN) ? List.of(Role.values())
                : List.of(Role.PREFECTURE, Role.SOUS_PREFET, Role.FACILITATOR, Role.MODERATOR);
        return Templates.list(users.list(me), draft, roles, errors, created);
    }

    private static String trim(String s) {
        return s == null ? null : s.strip();
    }

}
