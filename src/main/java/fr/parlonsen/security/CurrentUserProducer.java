package fr.parlonsen.security;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import io.quarkus.security.identity.SecurityIdentity;

@ApplicationScoped
public class CurrentUserProducer {
    static final String ATTR_DISPLAY_NAME = "displayName";
    static final String ATTR_DEPARTMENT = "department";
    static final String ATTR_ARRONDISSEMENTS = "arrondissements";

    @Inject
    SecurityIdentity identity;

    /**
     * Dependent: a new value at each injection. Inject it only into request-scoped beans (page and API
     * resources are {@code @RequestScoped}); services receive the CurrentUser as a parameter.
     */
    @Produces
    @jakarta.enterprise.context.Dependent
    public CurrentUser currentUser() {
        return from(identity);
    }

    @SuppressWarnings("unchecked")
    public static CurrentUser from(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return CurrentUser.ANONYMOUS;
        }
        Set<Role> roles = identity.getRoles().stream().map(Role::fromCode).flatMap(java.util.Optional::stream)
                .collect(Collectors.toUnmodifiableSet());
        Set<String> arrs = identity.getAttribute(ATTR_ARRONDISSEMENTS);
        return new CurrentUser(identity.getPrincipal().getName(), identity.getAttribute(ATTR_DISPLAY_NAME), roles,
                identity.getAttribute(ATTR_DEPARTMENT), arrs == null ? Set.of() : arrs);
    }
}
