package fr.parlonsen.security;

import java.net.URI;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import fr.parlonsen.security.UserForms.CreateUser;
import fr.parlonsen.security.UserForms.UpdateUser;
import fr.parlonsen.security.UserForms.UserView;
import fr.parlonsen.territory.TerritoryService;
import fr.parlonsen.territory.TerritoryViews.ArrondissementView;
import fr.parlonsen.territory.TerritoryViews.DepartmentSummary;
import fr.parlonsen.kernel.DomainError;
import fr.parlonsen.kernel.Violation;
import fr.parlonsen.web.ErrorResponses;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * /gestion/comptes: admin and prefecture list the accounts of their scope, create new ones, and on each account's
 * page edit it, reset its password and disable or enable it. Each write is one form and one command; the account's
 * version travels in the form, so a change made meanwhile by someone else is refused (409) with the typed values
 * kept, never overwritten.
 */
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
    @Inject
    TerritoryService territory;

    /** What the form shows again after an error: the user's input, never the password. */
    public record Draft(String username, String displayName, String email, List<String> roles, String department,
            List<String> arrondissements) {
        static final Draft EMPTY = new Draft("", "", "", List.of("facilitator"), "", List.of());

        public boolean hasRole(String code) {
            return roles != null && roles.contains(code);
        }

        public boolean hasArrondissement(String code) {
            return arrondissements != null && arrondissements.contains(code);
        }
    }

    /** The lists the forms choose from: roles this user may give, départements, the département's arrondissements. */
    public record Choices(List<Role> roles, List<DepartmentSummary> departments, List<ArrondissementView> arrondissements,
            boolean chooseDepartment) {
    }

    /** One account's page: the stored account, the edit form as typed, the outcome of the last write. */
    public record Account(UserView user, Draft draft, Choices choices, List<Violation> errors,
            String errorTitle, String notice, boolean self) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<UserView> users, Draft draft, Choices choices,
                List<Violation> errors, String created);

        static native TemplateInstance account(Account page);
    }

    @GET
    public TemplateInstance list(@QueryParam("cree") String created) {
        return page(Draft.EMPTY, List.of(), created);
    }

    /**
     * The arrondissements of a département, for the account forms' script (static/account-form.js), which lists
     * them as soon as a département is chosen; without script the form is sent and comes back with them.
     */
    @GET
    @Path("departements/{dep}/arrondissements")
    @Produces(MediaType.APPLICATION_JSON)
    public List<ArrondissementView> arrondissements(@PathParam("dep") String dep) {
        if (!permissions.mayList(me) || !me.has(Role.ADMIN)) {
            throw fr.parlonsen.web.AppException.forbidden("Seul l'administrateur choisit le département d'un compte.");
        }
        if (dep == null || !territory.exists(dep)) {
            throw fr.parlonsen.web.AppException.notFound("Le département « " + dep + " » n'existe pas.");
        }
        return territory.detail(dep).arrondissements();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String username, @RestForm String password, @RestForm String displayName,
            @RestForm String email, @RestForm String role, @RestForm String department,
            @RestForm List<String> arrondissements) {
        String dep = me.has(Role.ADMIN) ? department : me.department();
        List<String> arrs = clean(arrondissements);
        CreateUser form = new CreateUser(trim(username), password, trim(displayName), trim(email),
                role == null ? List.of() : List.of(role), trim(dep), arrs);
        Draft draft = new Draft(username, displayName, email, role == null ? List.of() : List.of(role), dep, arrs);
        List<Violation> errors = violations(form);
        if (errors.isEmpty()) {
            try {
                users.create(me, form);
                return Response.seeOther(URI.create("/gestion/comptes?cree=" + form.username())).build();
            } catch (DomainError e) {
                if (ErrorResponses.status(e) == 403) {
                    throw e;
                }
                errors = e.violations().isEmpty() ? List.of(new Violation("username", e.detail()))
                        : e.violations();
            }
        }
        return Response.status(422).entity(page(draft, errors, null)).build();
    }

    @GET
    @Path("{username}")
    public TemplateInstance account(@PathParam("username") String username, @QueryParam("fait") String done) {
        UserView u = users.get(me, username);
        String notice = done == null ? null : switch (done) {
            case "modifie" -> "Le compte est enregistré.";
            case "mot-de-passe" -> "Le mot de passe est changé. Les sessions ouvertes de ce compte sont fermées : "
                    + "communiquez le nouveau mot de passe à son titulaire par un autre canal que la messagerie.";
            case "desactive" -> "Le compte est désactivé : ses sessions sont fermées et il ne peut plus se connecter.";
            case "active" -> "Le compte est réactivé : il peut de nouveau se connecter.";
            default -> null;
        };
        return accountPage(u, draftOf(u), List.of(), null, notice);
    }

    @POST
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("username") String username, @RestForm String version,
            @RestForm String displayName, @RestForm String email, @RestForm List<String> roles,
            @RestForm String department, @RestForm List<String> arrondissements) {
        UserView current = users.get(me, username);
        String dep = me.has(Role.ADMIN) ? department : current.department();
        List<String> arrs = clean(arrondissements);
        List<String> roleCodes = clean(roles);
        UpdateUser form = new UpdateUser(trim(displayName), trim(email), null, roleCodes, trim(dep), arrs, null);
        Draft typed = new Draft(username, displayName, email, roleCodes, dep, arrs);
        return write(current, typed, violations(form), () -> users.update(me, username, version(version), form),
                "Le compte n'a pas été enregistré", "modifie");
    }

    @POST
    @Path("{username}/mot-de-passe")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resetPassword(@PathParam("username") String username, @RestForm String version,
            @RestForm String password, @RestForm String confirmation) {
        UserView current = users.get(me, username);
        List<Violation> errors = new java.util.ArrayList<>();
        if (password == null || password.length() < 12 || password.length() > 128) {
            errors.add(new Violation("password", "Le mot de passe doit faire de 12 à 128 caractères."));
        } else if (!password.equals(confirmation)) {
            errors.add(new Violation("confirmation", "Les deux mots de passe saisis sont différents."));
        }
        return write(current, draftOf(current), errors,
                () -> users.resetPassword(me, username, version(version), password),
                "Le mot de passe n'a pas été changé", "mot-de-passe");
    }

    @POST
    @Path("{username}/etat")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setEnabled(@PathParam("username") String username, @RestForm String version,
            @RestForm String enabled, @RestForm String confirm) {
        UserView current = users.get(me, username);
        boolean enable = "1".equals(enabled) || "true".equals(enabled);
        List<Violation> errors = enable || "1".equals(confirm) || "on".equals(confirm) ? List.of()
                : List.of(new Violation("confirm",
                        "Cochez la case pour confirmer la désactivation du compte."));
        return write(current, draftOf(current), errors, () -> users.setEnabled(me, username, version(version), enable),
                enable ? "Le compte n'a pas été réactivé" : "Le compte n'a pas été désactivé",
                enable ? "active" : "desactive");
    }

    /** Runs a write of the account page: back to it with its message, or the page again with why it was refused. */
    private Response write(UserView current, Draft typed, List<Violation> errors, Runnable command,
            String errorTitle, String done) {
        if (errors.isEmpty()) {
            try {
                command.run();
                return Response.seeOther(URI.create("/gestion/comptes/" + current.username() + "?fait=" + done))
                        .build();
            } catch (DomainError e) {
                if (ErrorResponses.status(e) == 403 || ErrorResponses.status(e) == 404) {
                    throw e;
                }
                if (ErrorResponses.status(e) == 412 || ErrorResponses.status(e) == 428) {
                    UserView fresh = users.get(me, current.username());
                    return Response.status(409).entity(accountPage(fresh, typed, List.of(new Violation(
                            "version", "Ce compte a été modifié par quelqu'un d'autre pendant que vous le modifiiez : "
                                    + "rien n'a été enregistré. Vos saisies sont conservées ci-dessous, face à la "
                                    + "version actuelle ; vérifiez-les puis enregistrez à nouveau.")),
                            errorTitle, null)).build();
                }
                errors = e.violations().isEmpty() ? List.of(new Violation("displayName", e.detail()))
                        : e.violations();
            }
        }
        return Response.status(422).entity(accountPage(current, typed, errors, errorTitle, null)).build();
    }

    private TemplateInstance accountPage(UserView u, Draft draft, List<Violation> errors,
            String errorTitle, String notice) {
        return Templates.account(new Account(u, draft, choices(draft.department()), errors, errorTitle, notice,
                u.username().equals(me.username())));
    }

    private TemplateInstance page(Draft draft, List<Violation> errors, String created) {
        if (!permissions.mayList(me)) {
            throw fr.parlonsen.web.AppException.forbidden("Seuls l'administrateur et la préfecture gèrent les comptes.");
        }
        String dep = me.has(Role.ADMIN) ? draft.department() : me.department();
        return Templates.list(users.list(me), draft, choices(dep), errors, created);
    }

    private Choices choices(String department) {
        List<Role> roles = me.has(Role.ADMIN) ? List.of(Role.values())
                : List.of(Role.PREFECTURE, Role.SOUS_PREFET, Role.FACILITATOR, Role.MODERATOR);
        String dep = department == null || department.isBlank() ? null : department.strip();
        List<ArrondissementView> arrs = dep == null || !territory.exists(dep) ? List.of()
                : territory.detail(dep).arrondissements();
        return new Choices(roles, me.has(Role.ADMIN) ? territory.departments() : List.of(), arrs, me.has(Role.ADMIN));
    }

    private static Draft draftOf(UserView u) {
        return new Draft(u.username(), u.displayName(), u.email(), u.roles(), u.department(), u.arrondissements());
    }

    private List<Violation> violations(Object form) {
        return validator.validate(form).stream()
                .map(v -> new Violation(v.getPropertyPath().toString().replaceAll("\\[.*", ""),
                        v.getMessage()))
                .sorted(java.util.Comparator.comparing(Violation::field)).toList();
    }

    /** The version the form was read at; -1 (never matches) when unreadable, null when absent. */
    private static Integer version(String v) {
        return fr.parlonsen.web.IfMatch.parse(v);
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of() : values.stream().filter(s -> s != null && !s.isBlank()).map(String::strip)
                .distinct().toList();
    }

    private static String trim(String s) {
        return s == null ? null : s.strip();
    }
}
