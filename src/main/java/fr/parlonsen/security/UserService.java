package fr.parlonsen.security;

import static fr.parlonsen.kernel.Text.blankToNull;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.parlonsen.kernel.DomainError.Conflict;
import fr.parlonsen.kernel.DomainError.Forbidden;
import fr.parlonsen.kernel.DomainError.Invalid;
import fr.parlonsen.kernel.DomainError.NotFound;
import fr.parlonsen.kernel.Versions;
import fr.parlonsen.kernel.Violation;
import fr.parlonsen.security.UserForms.CreateUser;
import fr.parlonsen.security.UserForms.UpdateUser;
import fr.parlonsen.security.UserForms.UserView;
import fr.parlonsen.security.UserPermissions.Action;
import fr.parlonsen.territory.Department;

/** Accounts: creation, update, disabling, each checked against the permissions and the territory. */
@ApplicationScoped
public class UserService {
    @Inject
    UserPermissions permissions;
    @Inject
    Accounts accounts;
    @Inject
    jakarta.persistence.EntityManager em;
    @Inject
    fr.parlonsen.territory.TerritoryQueries territory;
    @Inject
    Sessions sessions;
    @Inject
    SecurityAudit audit;

    @Transactional
    public List<UserView> list(CurrentUser user) {
        if (!permissions.mayList(user)) {
            throw new Forbidden("Vous ne pouvez pas consulter la liste des comptes.");
        }
        String dep = permissions.scopeDepartment(user);
        List<AppUser> users = dep == null ? AppUser.listAllOrdered() : AppUser.listByDepartment(dep);
        return users.stream().filter(u -> permissions.may(user, Action.READ, u.roleSet(), u.department, u.username))
                .map(UserView::of).toList();
    }

    @Transactional
    public UserView get(CurrentUser user, String username) {
        return UserView.of(visible(user, username, Action.READ));
    }

    @Transactional
    public UserView create(CurrentUser user, CreateUser form) {
        Scope scope = checkScope(form.roles(), form.department(), form.arrondissements());
        if (!permissions.may(user, Action.CREATE, scope.roles, scope.department, form.username())) {
            throw new Forbidden("Vous ne pouvez pas créer un compte avec ces rôles dans ce département.");
        }
        if (AppUser.findByUsername(form.username()).isPresent()) {
            throw new Conflict("L'identifiant « " + form.username() + " » est déjà utilisé.");
        }
        AppUser u = new AppUser();
        u.username = form.username();
        u.passwordHash = Accounts.hash(form.password());
        u.displayName = form.displayName().strip();
        u.email = blankToNull(form.email());
        apply(u, scope);
        u.persist();
        audit.record(user.username(), SecurityAudit.USER_CREATED, u.username + " (" + u.roles + ")", "success");
        return UserView.of(u);
    }

    /**
     * {@code expectedVersion} is the If-Match of the API: missing → 428, stale → 412 (also when another update of
     * the same account commits first), and nothing is overwritten.
     */
    @Transactional
    public UserView update(CurrentUser user, String username, Integer expectedVersion, UpdateUser form) {
        AppUser u = visible(user, username, Action.UPDATE);
        fr.parlonsen.kernel.Versions.check(expectedVersion, u.version);
        try {
            AppUser.getEntityManager().lock(u, jakarta.persistence.LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        } catch (jakarta.persistence.OptimisticLockException | org.hibernate.StaleStateException e) {
            throw fr.parlonsen.kernel.Versions.stale(expectedVersion + 1);
        }
        Scope scope = checkScope(form.roles(), form.department(), form.arrondissements());
        if (!permissions.may(user, Action.UPDATE, scope.roles, scope.department, username)) {
            throw new Forbidden("Vous ne pouvez pas donner ces rôles ou ce département à ce compte.");
        }
        String before = u.roles + "|" + u.department + "|" + u.arrondissements;
        boolean wasEnabled = u.enabled;
        u.displayName = form.displayName().strip();
        u.email = blankToNull(form.email());
        boolean passwordChanged = form.password() != null && !form.password().isBlank();
        if (passwordChanged) {
            u.passwordHash = Accounts.hash(form.password());
        }
        if (form.enabled() != null) {
            u.enabled = form.enabled();
        }
        apply(u, scope);
        AppUser.flush();
        accounts.forget(username);
        boolean scopeChanged = !before.equals(u.roles + "|" + u.department + "|" + u.arrondissements);
        // a new password, a disabled account, new roles or scope: every open session of the account ends now
        if (passwordChanged || scopeChanged || (wasEnabled && !u.enabled)) {
            sessions.closeAll(username);
        }
        audit.record(user.username(), SecurityAudit.USER_UPDATED, u.username + (scopeChanged ? " (rôles : " + u.roles
                + (u.department == null ? "" : ", département " + u.department) + ")" : ""), "success");
        if (passwordChanged) {
            audit.record(user.username(), SecurityAudit.PASSWORD_RESET, u.username, "success");
        }
        if (wasEnabled && !u.enabled) {
            audit.record(user.username(), SecurityAudit.USER_DISABLED, u.username, "success");
        }
        return UserView.of(u);
    }

    /**
     * A new password for an account, set by who manages it (the accounts page): the rest of the account unchanged,
     * the same version check as {@link #update} (stale → 412), every open session of the account closed.
     */
    @Transactional
    public UserView resetPassword(CurrentUser user, String username, Integer expectedVersion, String password) {
        AppUser u = visible(user, username, Action.UPDATE);
        return update(user, username, expectedVersion, new UpdateUser(u.displayName, u.email, password,
                u.roleSet().stream().map(r -> r.code).toList(), u.department, List.copyOf(u.arrondissementSet()), null));
    }

    /** Disables or enables an account again (version checked); nobody disables their own account. */
    @Transactional
    public UserView setEnabled(CurrentUser user, String username, Integer expectedVersion, boolean enabled) {
        AppUser u = visible(user, username, enabled ? Action.UPDATE : Action.DISABLE);
        if (!enabled && u.username.equals(user.username())) {
            throw new Conflict("Vous ne pouvez pas désactiver votre propre compte.");
        }
        return update(user, username, expectedVersion, new UpdateUser(u.displayName, u.email, null,
                u.roleSet().stream().map(r -> r.code).toList(), u.department, List.copyOf(u.arrondissementSet()),
                enabled));
    }

    @Transactional
    public void disable(CurrentUser user, String username) {
        AppUser u = visible(user, username, Action.DISABLE);
        if (u.username.equals(user.username())) {
            throw new Conflict("Vous ne pouvez pas désactiver votre propre compte.");
        }
        u.enabled = false;
        accounts.forget(username);
        sessions.closeAll(username);
        audit.record(user.username(), SecurityAudit.USER_DISABLED, u.username, "success");
    }

    @Transactional
    public boolean anyEnabledAdmin() {
        return AppUser.anyEnabledAdmin();
    }

    public enum Bootstrap {
        CREATED, ADMIN_EXISTS, USERNAME_TAKEN
    }

    /**
     * The first admin, from PARLONSEN_BOOTSTRAP_ADMIN: created only when no admin account exists at all (enabled or
     * not) and the username is free. Never re-enables, promotes or changes the password of an existing account.
     */
    @Transactional
    public Bootstrap bootstrapAdmin(String username, String password) {
        if (AppUser.anyAdmin()) {
            return Bootstrap.ADMIN_EXISTS;
        }
        if (AppUser.findByUsername(username).isPresent()) {
            return Bootstrap.USERNAME_TAKEN;
        }
        AppUser u = new AppUser();
        u.username = username;
        u.passwordHash = Accounts.hash(password);
        u.displayName = "Administrateur";
        u.roles = Role.ADMIN.code;
        u.enabled = true;
        u.persist();
        return Bootstrap.CREATED;
    }

    /** Creates or refreshes an account without permission checks: demo data only. */
    @Transactional
    public void ensure(String username, String password, String displayName, Set<Role> roles, String department,
            Set<String> arrondissements) {
        AppUser u = AppUser.findByUsername(username).orElseGet(AppUser::new);
        if (u.id == null) {
            u.username = username;
            u.passwordHash = Accounts.hash(password);
        }
        u.displayName = displayName;
        u.roles = String.join(",", roles.stream().map(r -> r.code).toList());
        u.department = department;
        u.arrondissements = arrondissements.isEmpty() ? null : String.join(",", arrondissements);
        u.enabled = true;
        if (u.id == null) {
            u.persist();
        }
    }

    private AppUser visible(CurrentUser user, String username, Action action) {
        AppUser u = AppUser.findByUsername(username).orElse(null);
        if (u == null || !permissions.may(user, Action.READ, u.roleSet(), u.department, u.username)) {
            throw new NotFound("Aucun compte « " + username + " » dans votre périmètre.");
        }
        if (!permissions.may(user, action, u.roleSet(), u.department, u.username)) {
            throw new Forbidden("Vous ne pouvez pas modifier ce compte.");
        }
        return u;
    }

    record Scope(Set<Role> roles, String department, Set<String> arrondissements) {
    }

    private Scope checkScope(List<String> roleCodes, String department, List<String> arrondissements) {
        List<Violation> violations = new ArrayList<>();
        Set<Role> roles = new LinkedHashSet<>();
        for (String code : roleCodes) {
            Role.fromCode(code).ifPresentOrElse(roles::add,
                    () -> violations.add(new Violation("roles", "Rôle inconnu : « " + code
                            + " » (attendu : admin, national, prefecture, sous-prefet, facilitator, moderator).")));
        }
        boolean national = roles.stream().anyMatch(Role::isNationalScope);
        String dep = blankToNull(department);
        Set<String> arrs = new LinkedHashSet<>(arrondissements == null ? List.of() : arrondissements);
        if (national && dep != null && roles.stream().allMatch(Role::isNationalScope)) {
            violations.add(new Violation("department", "Un compte admin ou national n'est rattaché à aucun département."));
        }
        if (!national && dep == null) {
            violations.add(new Violation("department", "Le département est obligatoire pour ce rôle."));
        }
        if (dep != null && Department.findByCode(dep).isEmpty()) {
            violations.add(new Violation("department", "Département inconnu : « " + dep + " »."));
        }
        if (roles.contains(Role.SOUS_PREFET) && arrs.isEmpty()) {
            violations.add(new Violation("arrondissements", "Un sous-préfet doit avoir au moins un arrondissement."));
        }
        if (!arrs.isEmpty()) {
            if (dep == null) {
                violations.add(new Violation("arrondissements", "Des arrondissements supposent un département."));
            } else {
                for (String a : arrs) {
                    if (!territory.arrondissementIn(a, dep)) {
                        violations.add(new Violation("arrondissements",
                                "L'arrondissement « " + a + " » n'appartient pas au département " + dep + "."));
                    }
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new Invalid(violations);
        }
        return new Scope(roles, national && dep == null ? null : dep, arrs);
    }

    private static void apply(AppUser u, Scope scope) {
        u.roles = String.join(",", scope.roles.stream().map(r -> r.code).toList());
        u.department = scope.department;
        u.arrondissements = scope.arrondissements.isEmpty() ? null : String.join(",", scope.arrondissements);
    }

}
