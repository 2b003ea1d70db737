package fr.parlonsen.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import java.util.Map;
import java.util.Set;

/**
 * The design, as data: which capability may use which. Read it top-down as layers:
 * <ol>
 * <li>{@code kernel}: domain errors, versions, clock and Paris time, text helpers; uses nothing.</li>
 * <li>{@code cluster}: state shared by every replica (content generations, once-per-cluster jobs, shared
 * secrets, retries); uses only the kernel, usable by every capability.</li>
 * <li>{@code analysis} (French text, grouping, topic suggestion) and {@code export} (document writers): pure
 * libraries, use only the kernel.</li>
 * <li>{@code territory}: reference data; it sees who is asking as a {@code kernel.Actor} (which
 * {@code security.CurrentUser} implements), not as security's types.</li>
 * <li>{@code security}: accounts and roles, scoped to territories.</li>
 * <li>{@code campaign}, then {@code forum}, {@code minutes}, {@code question}: the consultation, each reading the
 * ones before it.</li>
 * <li>{@code synthesis}, then {@code national} and {@code followup}: built from what came before.</li>
 * <li>{@code web}: the HTTP shell (layout, error mapping to HTTP, page helpers), used by every capability's
 * resources, and itself using only the kernel and security (who is signed in); what it must know of a capability
 * it declares as an interface that the capability implements ({@code web.DepartmentHeadings}, {@code
 * web.DashboardSection}).</li>
 * <li>{@code demo}: demonstration data, loaded only in the demo profile, may use every capability.</li>
 * </ol>
 */
final class Layering {

    static final String ROOT = "fr.parlonsen";

    private static final Set<String> BASE = Set.of("kernel", "web");

    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("kernel", Set.of()),
            Map.entry("cluster", Set.of("kernel")),
            Map.entry("analysis", Set.of("kernel")),
            Map.entry("export", Set.of("kernel")),
            Map.entry("web", Set.of("kernel", "security")),
            Map.entry("territory", Set.of("export")),
            Map.entry("security", Set.of("territory")),
            Map.entry("campaign", Set.of("analysis", "security")),
            Map.entry("forum", Set.of("export", "territory", "security", "campaign")),
            Map.entry("minutes", Set.of("analysis", "export", "territory", "security", "campaign", "forum")),
            Map.entry("question", Set.of("analysis", "territory", "security", "campaign", "forum", "minutes")),
            Map.entry("synthesis", Set.of("analysis", "export", "territory", "security", "campaign", "forum",
                    "minutes", "question")),
            Map.entry("national", Set.of("analysis", "export", "territory", "security", "campaign", "forum",
                    "minutes", "question", "synthesis")),
            Map.entry("followup", Set.of("analysis", "export", "territory", "security", "campaign", "forum",
                    "minutes", "question", "synthesis")),
            Map.entry("demo", Set.of("analysis", "export", "territory", "security", "campaign", "forum", "minutes",
                    "question", "synthesis", "national", "followup")));

    private Layering() {
    }

    /** The capability a package belongs to ({@code fr.parlonsen.forum.x → forum}), or null outside the project. */
    static String capabilityOf(String packageName) {
        if (!packageName.startsWith(ROOT + ".")) {
            return null;
        }
        return packageName.substring(ROOT.length() + 1).split("\\.")[0];
    }

    static boolean allows(String from, String to) {
        if (to.equals("kernel") || (to.equals("cluster") && !from.equals("kernel")) || (to.equals("web") && !from.equals("kernel") && !BASE.contains(from)
                && !from.equals("analysis") && !from.equals("export"))) {
            return true;
        }
        return ALLOWED.getOrDefault(from, Set.of()).contains(to);
    }

    /**
     * JAX-RS and Vert.x HTTP types: they belong in resources (classes named *Api, *Pages, *Resource, or any class
     * that JAX-RS serves, annotated {@code @Path}), HTTP filters and mechanisms ({@link #isHttpFilter}), form
     * bindings ({@link #isFormBinding}) and web.
     */
    static boolean isHttpType(String className) {
        return className.startsWith("jakarta.ws.rs.") || className.startsWith("org.jboss.resteasy.reactive.")
                || className.startsWith("io.vertx.core.http.") || className.startsWith("io.vertx.ext.web.");
    }

    static boolean mayUseHttp(JavaClass type) {
        String capability = capabilityOf(type.getPackageName());
        if ("web".equals(capability)) {
            return true;
        }
        String name = type.getName();
        String top = name.contains("$") ? name.substring(0, name.indexOf('$')) : name;
        JavaClass outer = type;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        if (outer.isAnnotatedWith("jakarta.ws.rs.Path")) {
            return true; // a resource by what it is, whatever its name (LoginPage, NationalPage…)
        }
        if (isHttpFilter(outer)) {
            return true;
        }
        String simple = top.substring(top.lastIndexOf('.') + 1);
        if (isFormBinding(outer)) {
            return true;
        }
        return simple.endsWith("Api") || simple.endsWith("Pages") || simple.endsWith("Resource")
                || simple.endsWith("Filter") || simple.endsWith("Mapper");
    }

    /**
     * HTTP by what it is, not by its name: a filter installed on the Vert.x router (a method observing
     * {@code Router}: the API's media types, the cache policy, the audit of 403s) or an HTTP authentication
     * mechanism (the session cookie). Their job is to read and write requests and responses; they hold no domain
     * rule, so they are counted with the resources rather than as debt.
     */
    static boolean isHttpFilter(JavaClass type) {
        boolean installsOnRouter = type.getMethods().stream().anyMatch(m -> m.getParameters().stream()
                .anyMatch(p -> p.getRawType().getName().equals("io.vertx.ext.web.Router")
                        && p.isAnnotatedWith("jakarta.enterprise.event.Observes")));
        boolean mechanism = type.getAllRawInterfaces().stream().anyMatch(
                i -> i.getName().equals("io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism"));
        return installsOnRouter || mechanism;
    }

    /**
     * A form bound by JAX-RS ({@code @RestForm} fields, such as {@code ForumPageForm}): the shape of a page's form,
     * read by its resource; the {@code @RestForm} annotations are its only HTTP part (any other HTTP type in it
     * still counts).
     */
    static boolean isFormBinding(JavaClass type) {
        return type.getFields().stream().anyMatch(f -> f.isAnnotatedWith("org.jboss.resteasy.reactive.RestForm"))
                && type.getDirectDependenciesFromSelf().stream()
                        .map(d -> d.getTargetClass().getName()).filter(Layering::isHttpType)
                        .allMatch("org.jboss.resteasy.reactive.RestForm"::equals);
    }
}
