package fr.parlonsen.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Production start-up with the example files applied as-is, or with short secrets, is refused (unit test of the
 * start-up check: no application is started).
 */
class ExampleSecretsAtStartupTest {
    static final String GOOD_KEY = "q8J3vN0wZp5xY2rT7uK1mC4bH6dG9sLa";
    static final String GOOD_PASSWORD = "Vx7#pR2m!Lq9zT4wKc8nB1yH5dF3sJ6a";

    @Test
    void long_random_secrets_are_accepted() {
        assertDoesNotThrow(() -> StartupSecrets.check(Optional.of(GOOD_KEY), Optional.of(GOOD_KEY + "x"),
                Optional.of("admin:" + GOOD_PASSWORD), Optional.empty()));
        assertDoesNotThrow(() -> StartupSecrets.check(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty()));
    }

    @Test
    void a_short_session_key_or_bootstrap_password_is_refused() {
        var e = assertThrows(StartupSecrets.RefusedSecrets.class, () -> StartupSecrets.check(
                Optional.of("court"), Optional.empty(), Optional.empty(), Optional.empty()));
        assertTrue(e.getMessage().contains("au moins 32 caractères"), e.getMessage());
        assertThrows(StartupSecrets.RefusedSecrets.class, () -> StartupSecrets.check(Optional.empty(),
                Optional.empty(), Optional.of("admin:Motdepasse-2009!"), Optional.empty()));
        assertThrows(StartupSecrets.RefusedSecrets.class, () -> StartupSecrets.check(Optional.empty(),
                Optional.of("0123456789"), Optional.empty(), Optional.empty()));
    }

    /** Every secret-looking value in the repository's example and configuration files is refused. */
    @Test
    void every_secret_shipped_in_the_repository_is_refused() throws IOException {
        List<String> values = shippedValues();
        assertTrue(values.size() >= 5, values.toString());
        for (String v : values) {
            assertTrue(SecretPolicy.isShipped(v), "shipped value not refused: " + v);
            var e = assertThrows(StartupSecrets.RefusedSecrets.class, () -> StartupSecrets.check(Optional.of(v),
                    Optional.empty(), Optional.of("admin:" + v), Optional.empty()), v);
            assertTrue(e.getMessage().contains("valeur d'exemple"), e.getMessage());
        }
        assertFalse(SecretPolicy.isShipped(GOOD_KEY));
    }

    static final Pattern ASSIGNMENT = Pattern.compile(
            "(?im)^\\s*[#%\\w.,-]*?((?:KEY|SECRET|PASSWORD|BOOTSTRAP[_-]ADMIN)[A-Z_.-]*|encryption-key|form-secret|password|secret)\\s*[:=]\\s*\"?([^\"\\s#$]+)\"?\\s*$");

    static List<String> shippedValues() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root.resolve("deploy"))) {
            s.filter(p -> p.getFileName().toString().contains("example")).forEach(files::add);
        }
        files.add(root.resolve("src/main/resources/application.properties"));
        List<String> values = new ArrayList<>();
        for (Path f : files) {
            Matcher m = ASSIGNMENT.matcher(Files.readString(f));
            while (m.find()) {
                String v = m.group(2);
                if (v.contains(":") && m.group(1).toUpperCase().contains("BOOTSTRAP")) {
                    v = v.substring(v.indexOf(':') + 1);
                }
                if (!v.isBlank() && !v.startsWith("${") && !v.startsWith("jdbc:") && !v.equals("true")
                        && !v.equals("false") && !v.matches("[A-Z_]+")) {
                    values.add(v);
                }
            }
        }
        values.add("parlons-en-2009"); // the demo accounts' password, in the README
        return values;
    }
}
