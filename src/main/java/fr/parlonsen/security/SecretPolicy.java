package fr.parlonsen.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a production secret must be: at least 32 characters, and none of the values shipped in this repository
 * (examples, demo, tests: {@code security/shipped-secrets.txt}). Pure: the start-up check and its tests call it.
 */
public final class SecretPolicy {
    public static final int MIN_LENGTH = 32;
    private static final Set<String> SHIPPED = load();

    private SecretPolicy() {
    }

    /** One secret to check: its name as an operator sets it, its value (absent: not configured). */
    public record Secret(String variable, Optional<String> value, boolean lengthRequired) {
    }

    /** The problems, in French, one per refused secret; empty when every configured secret is acceptable. */
    public static List<String> problems(List<Secret> secrets) {
        List<String> out = new ArrayList<>();
        for (Secret s : secrets) {
            String v = s.value().map(String::strip).orElse("");
            if (v.isEmpty()) {
                continue;
            }
            if (isShipped(v)) {
                out.add(s.variable() + " a une valeur d'exemple publiée dans le dépôt : choisissez une valeur "
                        + "aléatoire (par exemple « openssl rand -base64 48 »).");
            } else if (s.lengthRequired() && v.length() < MIN_LENGTH) {
                out.add(s.variable() + " doit compter au moins " + MIN_LENGTH + " caractères (il en a " + v.length()
                        + ").");
            }
        }
        return out;
    }

    /** True for a value shipped in the repository, or one that still says it must be replaced. */
    public static boolean isShipped(String value) {
        String v = value.strip();
        String lower = v.toLowerCase(java.util.Locale.ROOT);
        return SHIPPED.contains(v) || SHIPPED.contains(lower) || lower.contains("change-me") || lower.contains("changeme")
                || lower.startsWith("replace-with") || lower.contains("example");
    }

    /** The password part of {@code PARLONSEN_BOOTSTRAP_ADMIN=username:password}. */
    public static Optional<String> bootstrapPassword(Optional<String> spec) {
        return spec.filter(s -> s.indexOf(':') > 0).map(s -> s.substring(s.indexOf(':') + 1));
    }

    static Set<String> shipped() {
        return SHIPPED;
    }

    private static Set<String> load() {
        Set<String> values = new LinkedHashSet<>();
        try (InputStream in = SecretPolicy.class.getResourceAsStream("/security/shipped-secrets.txt")) {
            if (in == null) {
                throw new IllegalStateException("security/shipped-secrets.txt absent du paquet");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null;) {
                String v = line.strip();
                if (!v.isEmpty() && !v.startsWith("#")) {
                    values.add(v);
                    values.add(v.toLowerCase(java.util.Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(values);
    }
}
