package fr.parlonsen.architecture;


import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The capability layering, written down ({@link Layering}) and enforced on the compiled classes.
 *
 * <p>Each rule lists what breaks it. The arrows and HTTP uses that the code had when the rule was written are the
 * known debt of {@code src/test/resources/architecture/*.txt}: a violation listed there is tolerated, a new one
 * fails the build, and an entry that no longer occurs fails too (so the list only shrinks). Fixing debt means
 * deleting its line.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(Layering.ROOT);
    }

    @Test
    void capabilitiesUseOnlyTheCapabilitiesTheDesignAllows() {
        Set<String> found = new TreeSet<>();
        for (JavaClass origin : classes) {
            String from = Layering.capabilityOf(origin.getPackageName());
            if (from == null) {
                continue;
            }
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                String to = Layering.capabilityOf(dependency.getTargetClass().getPackageName());
                if (to != null && !to.equals(from) && !Layering.allows(from, to)) {
                    found.add(from + " -> " + to + " : " + origin.getSimpleName() + " -> "
                            + dependency.getTargetClass().getSimpleName());
                }
            }
        }
        Debt.check("capability-arrows.txt", found);
    }

    @Test
    void everyCapabilityIsKnownToTheLayering() {
        Set<String> unknown = classes.stream().map(JavaClass::getPackageName)
                .filter(p -> p.startsWith(Layering.ROOT + "."))
                .map(p -> p.substring(Layering.ROOT.length() + 1).split("\\.")[0])
                .filter(c -> !Layering.ALLOWED.containsKey(c))
                .collect(Collectors.toCollection(TreeSet::new));
        if (!unknown.isEmpty()) {
            throw new AssertionError("Capacités absentes de Layering.ALLOWED : " + unknown
                    + " — ajoutez-les avec les capacités qu'elles peuvent utiliser");
        }
    }

    @Test
    void httpTypesStayInResourcesAndWeb() {
        Set<String> found = new TreeSet<>();
        for (JavaClass origin : classes) {
            if (Layering.mayUseHttp(origin)) {
                continue;
            }
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                String target = dependency.getTargetClass().getName();
                if (Layering.isHttpType(target)) {
                    found.add(origin.getName() + " -> " + dependency.getTargetClass().getSimpleName());
                }
            }
        }
        Debt.check("http-outside-resources.txt", found);
    }

    @Test
    void domainCodeThrowsDomainErrorsNotHttpOnes() {
        Set<String> found = new TreeSet<>();
        for (JavaClass origin : classes) {
            if (Layering.mayUseHttp(origin)) {
                continue;
            }
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                if (dependency.getTargetClass().getName().equals(Layering.ROOT + ".web.AppException")) {
                    found.add(origin.getName().replaceAll("\\$.*", ""));
                }
            }
        }
        Debt.check("http-errors-in-domain.txt", found);
    }

    /**
     * One naming scheme for pages: a class named {@code …Page} or {@code …Pages} is a resource (JAX-RS serves it,
     * {@code @Path}); the model it gives a template is a {@code …Screen} (never a resource). So {@code MinutesPages}
     * (the routes) and {@code MinutesScreen} (what the minutes form shows) cannot be mistaken for each other.
     */
    @Test
    void pagesAreResourcesAndScreensAreTheirModels() {
        Set<String> wrong = new TreeSet<>();
        for (JavaClass type : classes) {
            if (type.isNestedClass() || type.isAnonymousClass() || !type.getName().startsWith(Layering.ROOT + ".")) {
                continue;
            }
            String simple = type.getSimpleName();
            boolean resource = type.isAnnotatedWith("jakarta.ws.rs.Path");
            if ((simple.endsWith("Page") || simple.endsWith("Pages")) && !resource) {
                wrong.add(type.getName() + " : nommée comme une ressource (…Page/…Pages) sans en être une (@Path)"
                        + " — un modèle d'écran se nomme …Screen");
            }
            if (simple.endsWith("Screen") && resource) {
                wrong.add(type.getName() + " : un modèle d'écran (…Screen) ne sert pas de routes");
            }
        }
        if (!wrong.isEmpty()) {
            throw new AssertionError(String.join("\n", wrong));
        }
    }

    /** Lines a use-case service may have: one that grows past it gets split by use case (aim: under 250). */
    static final int SERVICE_LINES = 300;

    /**
     * Services split by use case stay readable at once: a class with {@code @Transactional} methods (that is not a
     * resource) has at most {@link #SERVICE_LINES} lines. The services that were larger when the rule was written
     * are the debt of {@code large-services.txt}.
     */
    @Test
    void useCaseServicesStaySmall() {
        Set<String> found = new TreeSet<>();
        for (JavaClass type : classes) {
            if (type.isNestedClass() || type.isAnnotatedWith("jakarta.ws.rs.Path") || type.getMethods().stream()
                    .noneMatch(m -> m.isAnnotatedWith("jakarta.transaction.Transactional"))) {
                continue;
            }
            Path source = Path.of("src/main/java", type.getName().replace('.', '/') + ".java");
            try {
                if (Files.exists(source) && Files.readAllLines(source).size() > SERVICE_LINES) {
                    found.add(type.getName());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Debt.check("large-services.txt", found);
    }

    /** Known debt: a sorted list of violations in a resource file, which may only shrink. */
    static final class Debt {
        private static final Path DIR = Path.of("src/test/resources/architecture");

        static void check(String file, Set<String> found) {
            Path path = DIR.resolve(file);
            if (Boolean.getBoolean("architecture.record")) {
                write(path, found);
                return;
            }
            Set<String> known = read(path);
            List<String> added = found.stream().filter(v -> !known.contains(v)).toList();
            List<String> fixed = known.stream().filter(v -> !found.contains(v)).toList();
            List<String> problems = new ArrayList<>();
            if (!added.isEmpty()) {
                problems.add("Nouvelles dépendances interdites par la conception (" + added.size() + ") :\n  "
                        + String.join("\n  ", added));
            }
            if (!fixed.isEmpty()) {
                problems.add("Dette résorbée, retirez ces lignes de " + path + " (" + fixed.size() + ") :\n  "
                        + String.join("\n  ", fixed));
            }
            if (!problems.isEmpty()) {
                throw new AssertionError(String.join("\n", problems));
            }
        }

        private static Set<String> read(Path path) {
            if (!Files.exists(path)) {
                return Set.of();
            }
            try (Stream<String> lines = Files.lines(path)) {
                return lines.map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                        .collect(Collectors.toCollection(TreeSet::new));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void write(Path path, Set<String> found) {
            try {
                Files.createDirectories(path.getParent());
                List<String> lines = new ArrayList<>();
                lines.add("# Known architecture debt (" + path.getFileName() + "): may only shrink. See ArchitectureTest.");
                lines.addAll(found);
                Files.write(path, lines);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
