package fr.parlonsen.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import fr.parlonsen.Fixtures;
import io.quarkus.test.junit.QuarkusTest;

/**
 * deploy/backup/backup.sh writes only encrypted dumps (age), and restore-test.sh restores one into a scratch
 * MariaDB and finds every table's checksum equal. Run against the test database with a key made for the test.
 */
@QuarkusTest
class EncryptedBackupTest {
    @Inject
    Fixtures fixtures;

    record Run(int code, String out) {
    }

    static Run run(Path dir, Map<String, String> env, String... cmd) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(Path.of("").toAbsolutePath().toFile())
                .redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(240, TimeUnit.SECONDS), "timed out: " + String.join(" ", cmd));
        return new Run(p.exitValue(), out);
    }

    @Test
    void a_backup_is_encrypted_and_restores_with_every_table_checksum_equal() throws Exception {
        boolean ci = "true".equals(System.getenv("CI"));
        boolean tools = Files.isExecutable(Path.of("/usr/bin/age")) && Files.isExecutable(Path.of("/usr/bin/mariadb-dump"));
        if (ci) {
            assertTrue(tools, "age and mariadb-dump are installed by deploy/test.sh");
        }
        Assumptions.assumeTrue(tools, "age ou mariadb-dump absent : deploy/test.sh les installe");
        fixtures.ensure();
        Path dir = Files.createTempDirectory("parlonsen-backup-test");
        Path key = dir.resolve("backup.key");
        assertEquals(0, run(dir, Map.of(), "age-keygen", "-o", key.toString()).code());
        String publicKey = Files.readAllLines(key).stream().filter(l -> l.startsWith("# public key: ")).findFirst()
                .orElseThrow().substring("# public key: ".length());
        Path out = dir.resolve("out");

        Run refused = run(dir, Map.of("BACKUP_DIR", out.toString()), "bash", "deploy/backup/backup.sh");
        assertTrue(refused.code() != 0 && refused.out().contains("no encryption key"), refused.out());

        Run backup = run(dir, Map.of("BACKUP_DIR", out.toString(), "BACKUP_AGE_RECIPIENTS", publicKey),
                "bash", "deploy/backup/backup.sh");
        assertEquals(0, backup.code(), backup.out());
        List<Path> files;
        try (var s = Files.list(out)) {
            files = s.sorted().toList();
        }
        Path dump = files.stream().filter(f -> f.toString().endsWith(".sql.gz.age")).findFirst().orElseThrow();
        byte[] bytes = Files.readAllBytes(dump);
        assertTrue(new String(bytes, 0, 40, StandardCharsets.US_ASCII).startsWith("age-encryption.org/v1"));
        String raw = new String(bytes, StandardCharsets.ISO_8859_1);
        assertFalse(raw.contains("CREATE TABLE") || raw.contains("password_hash"), "nothing readable in clear");

        Run restore = run(dir, Map.of("BACKUP_AGE_IDENTITY", key.toString(), "RESTORE_TEST_PORT", "9161"),
                "bash", "deploy/backup/restore-test.sh", dump.toString());
        assertEquals(0, restore.code(), restore.out());
        Matcher m = Pattern.compile("restore OK: (\\d+) tables").matcher(restore.out());
        assertTrue(m.find(), restore.out());
        assertTrue(Integer.parseInt(m.group(1)) >= 10, "every table of the schema is checked: " + m.group(1));
    }
}
