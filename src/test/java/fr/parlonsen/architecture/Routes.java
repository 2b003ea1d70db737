package fr.parlonsen.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Every route of the application, read from the resources (each {@code @Path} class and its HTTP methods), and the
 * permission each one declares in {@code src/test/resources/architecture/route-permissions.txt}.
 */
public final class Routes {
    private Routes() {
    }

    public static final Path TABLE = Path.of("src/test/resources/architecture/route-permissions.txt");

    /** One route: its HTTP method, its path template, the resource class and method that serve it. */
    public record Route(String method, String template, String resource) {
        public String key() {
            return method + " " + template;
        }

        /** The template with a sample value for each path parameter ({@code {dep}} → 02, others from the map). */
        public String concrete(Map<String, String> samples) {
            Matcher m = Pattern.compile("\\{([a-zA-Z]+)(?::([^}]*))?}").matcher(template);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String value = m.group(2) != null ? m.group(2).split("\\|")[0] : samples.getOrDefault(m.group(1), "1");
                m.appendReplacement(out, Matcher.quoteReplacement(value));
            }
            m.appendTail(out);
            return out.toString();
        }

        public boolean isPage() {
            return !template.startsWith("/api/");
        }
    }

    private static final List<String> VERBS = List.of("GET", "POST", "PUT", "DELETE", "PATCH");

    public static List<Route> all() {
        List<Route> out = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(Layering.ROOT)) {
            if (!type.isAnnotatedWith("jakarta.ws.rs.Path")) {
                continue;
            }
            String base = type.getAnnotationOfType(jakarta.ws.rs.Path.class).value();
            for (JavaMethod method : type.getMethods()) {
                String verb = VERBS.stream().filter(v -> method.isAnnotatedWith("jakarta.ws.rs." + v)).findFirst()
                        .orElse(null);
                if (verb == null) {
                    continue;
                }
                String sub = method.isAnnotatedWith("jakarta.ws.rs.Path")
                        ? method.getAnnotationOfType(jakarta.ws.rs.Path.class).value() : "";
                String template = ("/" + base + "/" + sub).replaceAll("/+", "/");
                if (template.length() > 1 && template.endsWith("/")) {
                    template = template.substring(0, template.length() - 1);
                }
                out.add(new Route(verb, template, type.getSimpleName() + "." + method.getName()));
            }
        }
        return out;
    }

    /** The declared permission of each route, by {@link Route#key()}, in the order of the table. */
    public static Map<String, String> declared() {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> duplicates = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(TABLE)) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String[] parts = l.split("\\s+");
                if (parts.length != 3) {
                    throw new IllegalStateException("Ligne illisible de " + TABLE + " : « " + line + " »");
                }
                if (out.put(parts[0] + " " + parts[1], parts[2]) != null) {
                    duplicates.add(parts[0] + " " + parts[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!duplicates.isEmpty()) {
            throw new IllegalStateException("Routes déclarées deux fois dans " + TABLE + " : " + duplicates);
        }
        return out;
    }
}
