package fr.parlonsen.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The API's routes, read from the resources themselves (every {@code @Path} class and its HTTP methods), not from
 * a hand-kept list: a route added under {@code /api/v1} outside {@code /api/v1/public} is checked here the day it
 * is written. The per-role expectations of a route are in {@link AuthorizationMatrixTest} and in each
 * capability's permissions test ({@code ForumPermissionsTest}, …), where each permissions class's actions are
 * specified one by one.
 */
@QuarkusTest
class ApiRoutesTest {
    record Route(String method, String template) {
        String concrete() {
            Matcher m = Pattern.compile("\\{([a-zA-Z]+)(?::[^}]*)?}").matcher(template);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, SAMPLE.getOrDefault(m.group(1), "1"));
            }
            m.appendTail(out);
            return out.toString();
        }

        boolean isPublic() {
            return template.startsWith("/api/v1/public/");
        }
    }

    /** A plausible value for each path parameter: the request must reach the authentication check, nothing more. */
    static final Map<String, String> SAMPLE = Map.of("c", "2009", "dep", "02", "id", "1", "n", "1",
            "username", "animateur-02", "format", "pdf");

    static List<Route> routes() {
        List<Route> out = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.parlonsen")) {
            if (!type.isAnnotatedWith(Path.class)) {
                continue;
            }
            String base = type.getAnnotationOfType(Path.class).value();
            for (JavaMethod method : type.getMethods()) {
                String verb = verb(method);
                if (verb == null) {
                    continue;
                }
                String sub = method.isAnnotatedWith(Path.class) ? method.getAnnotationOfType(Path.class).value() : "";
                String template = ("/" + base + "/" + sub).replaceAll("/+", "/");
                if (template.length() > 1 && template.endsWith("/")) {
                    template = template.substring(0, template.length() - 1);
                }
                if (template.startsWith("/api/")) {
                    out.add(new Route(verb, template));
                }
            }
        }
        return out;
    }

    private static String verb(JavaMethod method) {
        if (method.isAnnotatedWith(GET.class)) {
            return "GET";
        }
        if (method.isAnnotatedWith(POST.class)) {
            return "POST";
        }
        if (method.isAnnotatedWith(PUT.class)) {
            return "PUT";
        }
        if (method.isAnnotatedWith(DELETE.class)) {
            return "DELETE";
        }
        return method.isAnnotatedWith(PATCH.class) ? "PATCH" : null;
    }

    @Test
    void the_routes_are_read_from_the_resources() {
        List<Route> routes = routes();
        assertTrue(routes.size() >= 40, "routes de l'API trouvées : " + routes.size());
        assertTrue(routes.contains(new Route("PUT", "/api/v1/forums/{id}")), routes.toString());
        assertTrue(routes.stream().anyMatch(Route::isPublic), routes.toString());
    }

    @Test
    void every_private_api_route_answers_401_to_an_anonymous_caller() {
        TreeSet<String> wrong = new TreeSet<>();
        int checked = 0;
        for (Route r : routes()) {
            if (r.isPublic()) {
                continue; // permitted by quarkus.http.auth.permission.public-api: anonymous by design
            }
            var request = given().contentType("application/json");
            if (!r.method().equals("GET") && !r.method().equals("DELETE")) {
                request = request.body("{}");
            }
            int status = request.request(r.method(), r.concrete()).statusCode();
            checked++;
            if (status != 401) {
                wrong.add(r.method() + " " + r.template() + " → " + status);
            }
        }
        assertTrue(checked >= 30, "routes privées vérifiées : " + checked);
        assertEquals(new TreeSet<String>(), wrong, "routes privées ouvertes sans authentification");
    }
}
