package fr.parlonsen.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.parlonsen.security.CurrentUser;
import io.vertx.ext.web.RoutingContext;

/**
 * What the page layout needs to know about who is looking: name, the préfecture shown in the header,
 * the navigation for their roles. Templates reach it as {@code inject:viewer}.
 */
@Named("viewer")
@RequestScoped
public class Viewer {
    @Inject
    Instance<CurrentUser> currentUser;
    private CurrentUser user;
    @Inject
    RoutingContext routing;
    @Inject
    DepartmentHeadings headings;

    private String departmentCode;
    private DepartmentHeadings.Heading department;
    private boolean departmentLoaded;

    public record NavItem(String label, String href, boolean current) {
    }

    /**
     * Error pages may be rendered on the I/O thread, where the identity cannot be resolved: they then show
     * the anonymous layout rather than fail.
     */
    @jakarta.annotation.PostConstruct
    void resolve() {
        try {
            user = io.vertx.core.Context.isOnEventLoopThread() ? CurrentUser.ANONYMOUS : currentUser.get();
        } catch (RuntimeException e) {
            user = CurrentUser.ANONYMOUS;
        }
    }

    /** Public pages of one département show its préfecture in the header. */
    public void showDepartment(String code) {
        this.departmentCode = code;
        this.departmentLoaded = false;
    }

    public boolean isLoggedIn() {
        return !user.isAnonymous();
    }

    public String getName() {
        return user.displayName();
    }

    public String getUsername() {
        return user.username();
    }

    public boolean isAdmin() {
        return user.has(fr.parlonsen.security.Role.ADMIN);
    }

    public String getDepartment() {
        return user.department() == null ? "" : user.department();
    }

    /** "Rôle" or "Rôles", as many as the user has. */
    public String getRolesWord() {
        return fr.parlonsen.kernel.French.word(user.roles().size(), "Rôle", "Rôles");
    }

    public String getRoles() {
        return String.join(", ", user.roles().stream().map(r -> r.label).sorted().toList());
    }

    /** May open the forum planning of a département (every signed-in role reads it). */
    public boolean isCanPlan() {
        return !user.isAnonymous();
    }

    public boolean isCanModerate() {
        return user.hasAny(fr.parlonsen.security.Role.ADMIN, fr.parlonsen.security.Role.NATIONAL,
                fr.parlonsen.security.Role.PREFECTURE, fr.parlonsen.security.Role.MODERATOR);
    }

    public boolean isCanReadSynthesis() {
        return user.hasAny(fr.parlonsen.security.Role.ADMIN, fr.parlonsen.security.Role.NATIONAL,
                fr.parlonsen.security.Role.PREFECTURE, fr.parlonsen.security.Role.SOUS_PREFET);
    }

    /** The name of the département the page shows ("Aisne"), or its user's, or "". */
    public String getDepartmentName() {
        DepartmentHeadings.Heading d = department();
        if (d == null && user.department() != null) {
            d = headings.find(user.department()).orElse(null);
        }
        return d == null ? "" : d.name();
    }

    /** The two lines of the Marianne block: "Préfecture" / "de l'Aisne", or "République" / "Française". */
    public List<String> getBrand() {
        DepartmentHeadings.Heading d = department();
        if (d == null) {
            return List.of("République", "Française");
        }
        return List.of("Préfecture", d.withPreposition());
    }

    public String getTagline() {
        DepartmentHeadings.Heading d = department();
        return d == null ? "Vos libertés, votre sécurité : parlons-en ensemble"
                : "Vos libertés, votre sécurité : parlons-en ensemble — " + d.name() + " (" + d.code() + ")";
    }

    public List<NavItem> getNav() {
        List<NavItem> nav = new ArrayList<>();
        if (user.isAnonymous()) {
            nav.add(item("Accueil", "/"));
            return nav;
        }
        nav.add(item("Tableau de bord", "/gestion"));
        nav.add(item("Territoire", "/gestion/territoire"));
        if (!user.isNationalScope()) {
            nav.add(item("Forums", "/gestion/forums"));
        }
        nav.add(item("Comptes rendus", "/gestion/comptes-rendus"));
        if (user.hasAny(fr.parlonsen.security.Role.ADMIN, fr.parlonsen.security.Role.NATIONAL,
                fr.parlonsen.security.Role.PREFECTURE, fr.parlonsen.security.Role.MODERATOR)) {
            nav.add(item("Questions", "/gestion/questions"));
        }
        if (user.hasAny(fr.parlonsen.security.Role.PREFECTURE, fr.parlonsen.security.Role.SOUS_PREFET)) {
            nav.add(item("Synthèse", "/gestion/synthese"));
        }
        if (user.hasAny(fr.parlonsen.security.Role.ADMIN, fr.parlonsen.security.Role.NATIONAL)) {
            nav.add(item("Suivi national", "/gestion/national"));
            nav.add(item("Synthèse nationale", "/gestion/national/synthese"));
        }
        if (user.hasAny(fr.parlonsen.security.Role.ADMIN, fr.parlonsen.security.Role.PREFECTURE)) {
            nav.add(item("Comptes", "/gestion/comptes"));
        }
        return nav;
    }

    private NavItem item(String label, String href) {
        String path = routing.normalizedPath();
        boolean current = href.equals("/") || href.equals("/gestion") ? path.equals(href)
                : href.equals("/gestion/national") && path.startsWith("/gestion/national/synthese") ? false
                : path.equals(href) || path.startsWith(href + "/")
                        || (href.equals("/gestion/forums") && path.matches("/gestion/campagnes/[^/]+/departements/[^/]+/forums.*"))
                        || (href.equals("/gestion/synthese") && path.matches("/gestion/campagnes/[^/]+/departements/[^/]+/synthese.*"));
        return new NavItem(label, href, current);
    }

    private DepartmentHeadings.Heading department() {
        if (!departmentLoaded) {
            String code = departmentCode != null ? departmentCode : user.department();
            department = code == null || io.vertx.core.Context.isOnEventLoopThread() ? null
                    : headings.find(code).orElse(null);
            departmentLoaded = true;
        }
        return department;
    }
}
