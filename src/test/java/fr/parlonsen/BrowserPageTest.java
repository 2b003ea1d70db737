package fr.parlonsen;

import java.net.URL;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;

import io.quarkus.test.common.http.TestHTTPResource;

/**
 * What every page test driven in Chromium starts with: the app's address, the demo accounts and reference data,
 * and Chromium itself (a failure in CI, a skip elsewhere, see {@link RequiredTools}). Runs before the subclass's
 * own {@code @BeforeEach}.
 */
public abstract class BrowserPageTest {
    @TestHTTPResource("/")
    protected URL base;
    @Inject
    protected Fixtures fixtures;

    @BeforeEach
    void accountsDataAndChromium() {
        fixtures.ensure();
        RequiredTools.require(Browser.available(), "Chromium absent : deploy/test.sh l'installe");
    }
}
