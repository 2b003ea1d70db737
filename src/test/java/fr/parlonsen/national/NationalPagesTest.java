package fr.parlonsen.national;

import fr.parlonsen.RequiredTools;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;



import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

import fr.parlonsen.Browser;
import fr.parlonsen.BrowserPageTest;
import fr.parlonsen.Fixtures;
import io.quarkus.test.junit.QuarkusTest;

/** The national team reads the progress page in a real browser: sorting, filters, badges, CSV link, axe-core. */
@QuarkusTest
class NationalPagesTest extends BrowserPageTest {
    static final String C = "national-page";
    static boolean ready;

    @BeforeEach
    void setUp() {
        if (!ready) {
            Departments.campaignLike2009(C, "2009-05-22");
            Departments.heldForum(C, "02", "Forum de Laon", "0209");
            ready = true;
        }
    }

    @Test
    void a_prefecture_is_refused_the_page() {
        RequiredTools.require(Browser.available(), "Chromium absent : deploy/test.sh l'installe");
        try (Browser browser = Browser.open(base.toString())) {
            browser.login("prefecture-02", Fixtures.PASSWORD);
            var response = browser.page().navigate(base.toString().replaceAll("/$", "") + "/gestion/national?campagne=" + C);
            assertEquals(403, response.status());
            browser.assertAccessible();
        }
    }

    @Test
    void the_national_team_sorts_and_filters_the_departements() {
        RequiredTools.require(Browser.available(), "Chromium absent : deploy/test.sh l'installe");
        try (Browser browser = Browser.open(base.toString())) {
            browser.login("national", Fixtures.PASSWORD);
            Page page = browser.go("/gestion/national?campagne=" + C);
            assertEquals("Suivi national de la consultation", page.locator("h1").innerText());
            assertEquals(101, page.locator("table tbody tr").count());
            assertTrue(page.locator("table").innerText().contains("En retard"), "lateness in words, not colour only");
            assertTrue(page.locator("a[href*='/gestion/national/avancement.csv']").count() == 1);
            // the download the page links to opens with the page session (no Basic prompt)
            com.microsoft.playwright.APIResponse csv = page.request().get(java.net.URI.create(page.url()).resolve(
                    page.locator("a[href*='/gestion/national/avancement.csv']").getAttribute("href")).toString());
            assertEquals(200, csv.status());
            assertTrue(csv.headers().get("content-type").startsWith("text/csv"));
            assertTrue(page.locator("ul.pe-legend li").count() >= 6);
            browser.assertAccessible();

            page.locator("th a", new Page.LocatorOptions().setHasText("Forums prévus")).click();
            assertTrue(page.url().contains("tri=forums") && page.url().contains("ordre=asc"), page.url());
            assertEquals("ascending", page.locator("th[aria-sort]").getAttribute("aria-sort"));
            page.locator("th a", new Page.LocatorOptions().setHasText("Forums prévus")).click();
            assertEquals("descending", page.locator("th[aria-sort]").getAttribute("aria-sort"));
            assertTrue(page.locator("table tbody tr").first().innerText().startsWith("Aisne (02)"),
                    page.locator("table tbody tr").first().innerText());

            page.selectOption("#filtre-region", "32");
            page.locator("#filtre-retard").check(new com.microsoft.playwright.Locator.CheckOptions().setForce(true));
            page.locator("#filtres button[type=submit]").click();
            assertTrue(page.url().contains("region=32") && page.url().contains("retard=1"), page.url());
            String table = page.locator("table tbody").innerText();
            assertTrue(table.contains("Aisne (02)") && !table.contains("Isère (38)"), table);
            browser.assertAccessible();
        }
    }
}
