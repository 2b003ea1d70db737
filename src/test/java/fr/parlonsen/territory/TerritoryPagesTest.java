package fr.parlonsen.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;



import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

import fr.parlonsen.Browser;
import fr.parlonsen.BrowserPageTest;
import fr.parlonsen.Fixtures;
import io.quarkus.test.junit.QuarkusTest;

/** A prefecture agent logs in and reads their département, in a real browser, checked with axe-core. */
@QuarkusTest
class TerritoryPagesTest extends BrowserPageTest {
    @Test
    void a_prefecture_agent_logs_in_and_sees_the_cantons_of_their_department() {
        try (Browser browser = Browser.open(base.toString())) {
            browser.go("/");
            browser.assertAccessible();
            browser.go("/gestion/territoire");
            assertTrue(browser.page().url().contains("/connexion"), () -> "anonymous users are sent to the login page, not " + browser.page().url());
            browser.assertAccessible();

            browser.login("prefecture-02", Fixtures.PASSWORD);
            Page page = browser.go("/gestion/territoire");
            assertTrue(page.url().endsWith("/gestion/territoire/02"), page.url());
            assertEquals("Aisne (02)", page.locator("h1").innerText());
            assertTrue(page.locator(".fr-header__brand").textContent().contains("Préfecture"));
            assertTrue(page.locator(".fr-header__brand").textContent().contains("de l'Aisne"));
            assertEquals(21, page.locator("#table-cantons tbody tr").count());
            assertTrue(page.locator("#table-cantons").innerText().contains("Laon-1"));
            browser.assertAccessible();
            browser.screenshot("territoire-aisne");

            browser.go("/gestion/territoire/75");
            assertTrue(page.locator("#sans-cantons").innerText().contains("arrondissement"));
            browser.assertAccessible();
        }
    }

    @Test
    void a_wrong_password_and_an_unknown_user_get_the_same_french_message() {
        try (Browser browser = Browser.open(base.toString())) {
            String wrong = browser.login("prefecture-02", "mauvais-mot-de-passe").locator("[role=alert]").innerText();
            browser.newContext();
            String unknown = browser.login("personne-inconnue", "mauvais-mot-de-passe").locator("[role=alert]").innerText();
            assertEquals(wrong, unknown);
            assertTrue(wrong.contains("Identifiant ou mot de passe incorrect"));
            browser.assertAccessible();
        }
    }
}
