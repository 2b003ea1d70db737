package fr.parlonsen.minutes;

import fr.parlonsen.RequiredTools;
import static fr.parlonsen.Fixtures.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

import fr.parlonsen.Browser;
import fr.parlonsen.Fixtures;
import fr.parlonsen.ForumFixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * In headless Chromium: a facilitator types minutes, the page is killed without saving, and the text is found again
 * (from the browser's copy when the server was unreachable, from the autosave otherwise); axe-core on the pages.
 */
@QuarkusTest
class MinutesBrowserTest {
    @TestHTTPResource("/")
    URL base;
    @Inject
    Fixtures fixtures;
    @Inject
    ForumFixtures forums;

    long forum;
    String path;

    @BeforeEach
    void setUp() {
        fixtures.ensure();
        RequiredTools.require(Browser.available(), "Chromium absent : deploy/test.sh l'installe");
        forum = forums.heldAisneForum();
        path = "/gestion/forums/" + forum + "/compte-rendu";
    }

    @Test
    void typed_minutes_survive_a_killed_page_from_local_storage_then_from_the_autosave() {
        try (Browser browser = Browser.open(base.toString())) {
            browser.login("animateur-02", Fixtures.PASSWORD);
            Page page = browser.go(path);
            browser.assertAccessible();

            // the server is unreachable while typing; the page is then closed without saving
            browser.context().setOffline(true);
            page.locator("#summary").fill("Compte rendu tapé pendant une coupure du réseau.");
            page.locator("#proposals-0-text").fill("Une proposition gardée dans le navigateur.");
            page.locator("[data-add-row=proposals]").click();
            page.locator("#proposals-2-text").fill("Une troisième ligne ajoutée par le bouton.");
            page.waitForFunction("() => Object.keys(localStorage).some(k => k.startsWith('parlonsen:compte-rendu:"
                    + forum + ":'))");
            page.close();
            browser.context().setOffline(false);

            Page again = browser.context().newPage();
            again.navigate(base.toString().replaceAll("/$", "") + path);
            assertTrue(again.locator("#brouillon-local").isVisible(), "notice « Brouillon local restauré »");
            assertTrue(again.locator("#brouillon-local").innerText().contains("Brouillon local restauré"));
            assertEquals("Compte rendu tapé pendant une coupure du réseau.", again.locator("#summary").inputValue());
            assertEquals("Une troisième ligne ajoutée par le bouton.", again.locator("#proposals-2-text").inputValue());

            // back online, the autosave (every ~10 s) stores it on the server
            again.waitForFunction("() => document.getElementById('version-affichee').textContent !== '0'", null,
                    new Page.WaitForFunctionOptions().setTimeout(25_000));
            as("animateur-02").get("/api/v1/forums/" + forum + "/minutes").then().statusCode(200)
                    .body("summary", org.hamcrest.Matchers.equalTo("Compte rendu tapé pendant une coupure du réseau."))
                    .body("proposals.size()", org.hamcrest.Matchers.equalTo(2));

            // typed online, the page killed once the autosave ran: a fresh browser finds it on the server
            again.locator("#weaknesses-0-text").fill("Un point faible sauvegardé automatiquement.");
            again.waitForFunction("() => document.getElementById('etat-sauvegarde').textContent.includes('version 2')",
                    null, new Page.WaitForFunctionOptions().setTimeout(25_000));
            again.close();
            browser.newContext();
            browser.login("animateur-02", Fixtures.PASSWORD);
            Page fresh = browser.go(path);
            assertEquals("Un point faible sauvegardé automatiquement.", fresh.locator("#weaknesses-0-text").inputValue());
            assertTrue(fresh.locator("#brouillon-local").isHidden());
            browser.assertAccessible();

            // the conflict screen: someone else saved meanwhile
            as("animateur-02").contentType("application/json").header("If-Match", "\"2\"")
                    .body("{\"summary\":\"Version enregistrée ailleurs\"}").put("/api/v1/forums/" + forum + "/minutes")
                    .then().statusCode(200);
            fresh.locator("#summary").fill("Ma version à moi");
            fresh.locator("#enregistrer").click();
            fresh.waitForLoadState();
            assertTrue(fresh.locator("h1").innerText().contains("rien n'est perdu"), fresh.locator("h1").innerText());
            assertTrue(fresh.locator("#leur-version").innerText().contains("Version enregistrée ailleurs"));
            assertTrue(fresh.locator("#votre-version").innerText().contains("Ma version à moi"));
            browser.assertAccessible();

            browser.go(path + "/consultation");
            browser.assertAccessible();
        }
    }

    @Test
    void a_local_copy_typed_on_an_older_version_leads_to_the_conflict_screen_not_to_a_loss() {
        try (Browser browser = Browser.open(base.toString())) {
            browser.login("animateur-02", Fixtures.PASSWORD);
            Page page = browser.go(path);
            browser.context().setOffline(true);
            page.locator("#summary").fill("Saisi hors ligne sur la version 0");
            page.waitForFunction("() => Object.keys(localStorage).some(k => k.startsWith('parlonsen:compte-rendu:"
                    + forum + ":'))");
            page.close();
            browser.context().setOffline(false);
            // meanwhile someone else saves version 1
            as("animateur-02").contentType("application/json").header("If-Match", "\"0\"")
                    .body("{\"summary\":\"Enregistré par un collègue\"}").put("/api/v1/forums/" + forum + "/minutes")
                    .then().statusCode(200);

            Page again = browser.context().newPage();
            again.navigate(base.toString().replaceAll("/$", "") + path);
            assertTrue(again.locator("#brouillon-local").innerText().contains("version 0"),
                    again.locator("#brouillon-local").innerText());
            assertEquals("Saisi hors ligne sur la version 0", again.locator("#summary").inputValue());
            again.locator("#enregistrer").click();
            again.waitForLoadState();
            assertTrue(again.locator("#leur-version").innerText().contains("Enregistré par un collègue"));
            assertTrue(again.locator("#votre-version").innerText().contains("Saisi hors ligne sur la version 0"));
            as("animateur-02").get("/api/v1/forums/" + forum + "/minutes").then()
                    .body("summary", org.hamcrest.Matchers.equalTo("Enregistré par un collègue"));
        }
    }
}
