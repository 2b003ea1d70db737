package fr.parlonsen.security;

import fr.parlonsen.RequiredTools;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

import fr.parlonsen.Browser;
import fr.parlonsen.Fixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** The prefecture creates the accounts of its facilitators and moderators from the « Comptes » page. */
@QuarkusTest
class UserPagesTest {
    @TestHTTPResource("/")
    URL base;
    @Inject
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures.ensure();
        RequiredTools.require(Browser.available(), "Chromium absent : deploy/test.sh l'installe");
    }

    @Test
    void the_prefecture_creates_a_facilitator_and_sees_french_errors_first() {
        try (Browser browser = Browser.open(base.toString())) {
            browser.login("prefecture-02", Fixtures.PASSWORD);
            Page page = browser.go("/gestion/comptes");
            assertTrue(page.locator("#table-comptes").innerText().contains("animateur-02"));
            assertTrue(!page.locator("#table-comptes").innerText().contains("animateur-38"), "no other département");
            browser.assertAccessible();

            page.locator("#champ-username").fill("Mauvais Identifiant");
            page.locator("#champ-password").fill("court");
            page.locator("#champ-displayName").fill("Julie Animatrice");
            page.locator("form[action='/gestion/comptes'] button[type=submit]").click();
            page.waitForLoadState();
            String errors = page.locator("#erreurs").innerText();
            assertTrue(errors.contains("Identifiant") && errors.contains("Mot de passe"), errors);
            assertTrue(page.locator("#champ-displayName").inputValue().equals("Julie Animatrice"), "input kept");
            browser.assertAccessible();

            page.locator("#champ-username").fill("julie.animatrice");
            page.locator("#champ-password").fill("un-mot-de-passe-solide");
            page.locator("form[action='/gestion/comptes'] button[type=submit]").click();
            page.waitForLoadState();
            assertTrue(page.locator("[role=status]").innerText().contains("julie.animatrice"));
            assertTrue(page.locator("#table-comptes").innerText().contains("Julie Animatrice"));
        }
    }

    @Test
    void a_facilitator_may_not_open_the_accounts_page() {
        try (Browser browser = Browser.open(base.toString())) {
            browser.login("animateur-02", Fixtures.PASSWORD);
            Page page = browser.go("/gestion/comptes");
            assertTrue(page.locator("h1").innerText().contains("Accès refusé"));
        }
    }
}
