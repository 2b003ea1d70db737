package fr.parlonsen.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each capability owns its tables: SQL written in one capability names only that capability's tables; the others
 * read them through the owner's query class ({@code MinutesQueries}, {@code ForumQueries}, …).
 *
 * <p>The owners are {@link #OWNERS}, by table name; every table created by a migration must have one. SQL that
 * crossed a boundary when this test was written is the debt listed in
 * {@code src/test/resources/architecture/cross-capability-sql.txt}, which may only shrink.
 */
class TableOwnershipTest {

    private static final Path SOURCES = Path.of("src/main/java/fr/parlonsen");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /** Table name (or prefix ending in '_') → owning capability. Longest match wins. */
    static final Map<String, String> OWNERS = Map.ofEntries(
            Map.entry("reference_dataset", "territory"), Map.entry("department", "territory"),
            Map.entry("arrondissement", "territory"), Map.entry("epci", "territory"),
            Map.entry("canton", "territory"), Map.entry("commune", "territory"),
            Map.entry("commune_canton", "territory"),
            Map.entry("app_user", "security"), Map.entry("security_", "security"),
            Map.entry("user_session", "security"), Map.entry("login_throttle", "security"),
            Map.entry("rate_limit_window", "security"), Map.entry("form_token_use", "security"),
            Map.entry("cluster_secret", "cluster"), Map.entry("public_generation", "cluster"),
            Map.entry("scheduled_run", "cluster"),
            Map.entry("campaign", "campaign"), Map.entry("campaign_", "campaign"),
            Map.entry("forum", "forum"), Map.entry("forum_", "forum"),
            Map.entry("minutes", "minutes"), Map.entry("minutes_", "minutes"),
            Map.entry("question", "question"), Map.entry("question_", "question"),
            Map.entry("synthesis", "synthesis"), Map.entry("synthesis_", "synthesis"),
            Map.entry("national_", "national"),
            Map.entry("commitment", "followup"), Map.entry("commitment_", "followup"),
            Map.entry("feedback", "followup"), Map.entry("feedback_", "followup"),
            Map.entry("forum_feedback", "followup"),
            Map.entry("followup_", "followup"));

    private static final Pattern CREATE = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?`?([a-z0-9_]+)");
    private static final Pattern STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    private static final Pattern TABLE_USE = Pattern.compile(
            "(?i)\\b(?:from|join|into|update|table)\\s+`?([a-z][a-z0-9_]*)");

    @Test
    void everyTableHasAnOwner() {
        Set<String> orphans = new TreeSet<>();
        for (String table : tables()) {
            if (owner(table) == null) {
                orphans.add(table);
            }
        }
        if (!orphans.isEmpty()) {
            throw new AssertionError("Tables sans capacité propriétaire (ajoutez-les à TableOwnershipTest.OWNERS) : "
                    + orphans);
        }
    }

    @Test
    void sqlNamesOnlyTheTablesOfItsOwnCapability() {
        Set<String> tables = tables();
        Set<String> found = new TreeSet<>();
        for (Map.Entry<Path, String> source : sources().entrySet()) {
            String capability = Layering.capabilityOf("fr.parlonsen." + SOURCES.relativize(source.getKey()).getName(0));
            Matcher literal = STRING.matcher(source.getValue());
            while (literal.find()) {
                String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
                Matcher use = TABLE_USE.matcher(text);
                while (use.find()) {
                    String table = use.group(1);
                    if (!table.equals(table.toLowerCase()) || !tables.contains(table)) {
                        continue; // JPQL entity names, or words that are not tables
                    }
                    String owner = owner(table);
                    if (owner != null && !owner.equals(capability) && !"demo".equals(capability)) {
                        found.add(capability + " -> " + table + " : "
                                + source.getKey().getFileName().toString().replace(".java", ""));
                    }
                }
            }
        }
        ArchitectureTest.Debt.check("cross-capability-sql.txt", found);
    }

    static String owner(String table) {
        String best = null;
        String owner = null;
        for (Map.Entry<String, String> e : OWNERS.entrySet()) {
            String key = e.getKey();
            boolean match = key.endsWith("_") ? table.startsWith(key) : table.equals(key);
            if (match && (best == null || key.length() > best.length())) {
                best = key;
                owner = e.getValue();
            }
        }
        return owner;
    }

    private static Set<String> tables() {
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Matcher m = CREATE.matcher(Files.readString(file));
                while (m.find()) {
                    tables.add(m.group(1).toLowerCase());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }

    private static Map<Path, String> sources() {
        Map<Path, String> sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                sources.put(file, Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sources;
    }
}
