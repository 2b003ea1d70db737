package fr.parlonsen;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The external programs some tests drive (Debian's Chromium, LibreOffice). On a developer machine a missing one skips
 * the test with its reason; in CI ({@code CI=true}) it fails it, so that a green CI always means the test ran.
 */
public final class RequiredTools {

    private RequiredTools() {
    }

    public static void require(boolean present, String what) {
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(what + " — obligatoire quand CI=true (deploy/test.sh l'installe)");
        }
        Assumptions.assumeTrue(present, what);
    }
}
