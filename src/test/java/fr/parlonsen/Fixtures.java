package fr.parlonsen;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.parlonsen.security.StartupAccounts;
import fr.parlonsen.territory.CantonImporter;
import fr.parlonsen.territory.ReferenceData;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/** Test data shared by the test classes: the demo accounts and the real canton data of ../shared/data/geo. */
@ApplicationScoped
public class Fixtures {
    public static final String PASSWORD = StartupAccounts.DEMO_PASSWORD;

    @Inject
    StartupAccounts accounts;
    @Inject
    CantonImporter cantons;
    @Inject
    ReferenceData referenceData;

    private volatile boolean ready;

    /** Demo accounts and the real cantons, loaded once per test run. */
    public synchronized void ensure() {
        if (ready) {
            return;
        }
        accounts.seedDemoAccounts();
        if (referenceData.cantonCount() == 0) {
            reimportSharedCantons();
        }
        ready = true;
    }

    /** Puts the demo accounts back as seeded (names, roles, scope, enabled). */
    public void resetAccounts() {
        accounts.seedDemoAccounts();
    }

    public void reimportSharedCantons() {
        try (InputStream k = Files.newInputStream(geoDir().resolve("cantons.csv"));
                InputStream c = Files.newInputStream(geoDir().resolve("communes_cantons.csv"))) {
            cantons.importCantons(k, c);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path geoDir() {
        String env = System.getenv("PARLONSEN_GEO_DIR");
        Path dir = env != null && !env.isBlank() ? Path.of(env) : Path.of("..", "shared", "data", "geo");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("Données géographiques introuvables : " + dir.toAbsolutePath());
        }
        return dir;
    }

    public static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, PASSWORD);
    }
}
