package fr.parlonsen.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;


import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import fr.parlonsen.Browser;
import fr.parlonsen.BrowserPageTest;
import fr.parlonsen.Fixtures;
import io.quarkus.test.junit.QuarkusTest;

/** Each role's dashboard says what to do next for that role, and each to-do leads to a page where it is done. */
@QuarkusTest
class DashboardPagesTest extends BrowserPageTest {
    @Test
    void each_role_sees_the_blocks_of_its_work_and_every_todo_opens_its_page() {
        check("prefecture-02", List.of("planification", "comptes-rendus", "questions", "synthese"), List.of("national"));
        check("sous-prefet-02", List.of("planification", "comptes-rendus"), List.of("questions", "synthese", "national"));
        check("animateur-02", List.of("comptes-rendus"), List.of("planification", "questions", "synthese"));
        check("moderateur-02", List.of("questions"), List.of("planification", "comptes-rendus", "synthese"));
        check("national", List.of("national"), List.of("planification", "comptes-rendus", "questions", "synthese"));
    }

    @Test
    void the_sous_prefet_sees_the_forums_of_their_arrondissement_and_the_facilitator_the_minutes_to_enter() {
        try (Browser browser = Browser.open(base.toString())) {
            Page page = browser.login("sous-prefet-02", Fixtures.PASSWORD);
            browser.go("/gestion");
            assertTrue(page.locator("#planification").innerText().contains("de votre arrondissement"));
            assertTrue(page.locator("#planification").innerText().contains("Soissons"), "the arrondissement's figure");

            browser.newContext();
            page = browser.login("animateur-02", Fixtures.PASSWORD);
            browser.go("/gestion");
            String minutes = page.locator("#comptes-rendus").innerText();
            assertTrue(minutes.contains("forums animés") || minutes.contains("forum animé"), minutes);
            assertTrue(page.locator("#comptes-rendus-a-faire, #comptes-rendus-a-jour").count() == 1, minutes);
        }
    }

    private void check(String user, List<String> shown, List<String> hidden) {
        try (Browser browser = Browser.open(base.toString())) {
            Page page = browser.login(user, Fixtures.PASSWORD);
            browser.go("/gestion");
            assertTrue(page.title().contains("Tableau de bord"), page.title());
            for (String id : shown) {
                Locator block = page.locator("section#" + id);
                assertEquals(1, block.count(), user + " sees the block " + id);
                assertEquals(1, page.locator("#" + id + "-a-faire, #" + id + "-a-jour").count(),
                        user + " : " + id + " says what to do or that all is done");
            }
            for (String id : hidden) {
                assertEquals(0, page.locator("section#" + id).count(), user + " does not see the block " + id);
            }
            String text = page.locator("main").innerText();
            assertTrue(!text.contains("(s)") && !text.matches("(?s).*\\d\\.\\d.*"), text);
            browser.assertAccessible();
            page.setViewportSize(390, 844);
            browser.assertAccessible();
            assertTrue((Boolean) page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
                    user + " : no horizontal scroll at 390 px");
            page.setViewportSize(1280, 900);
            List<String> links = page.locator("section.pe-dashboard-block a").all().stream()
                    .map(a -> a.getAttribute("href")).distinct().toList();
            for (String href : links) {
                com.microsoft.playwright.Response r = page.navigate(base.toString().replaceAll("/$", "") + href);
                // null: the link only moved within the page already open (planning, then planning#liste)
                assertTrue(r == null || r.status() < 400, user + " : " + href + " → " + (r == null ? "" : r.status()));
            }
        }
    }
}
