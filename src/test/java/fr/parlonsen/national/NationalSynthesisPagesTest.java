package fr.parlonsen.national;

import static fr.parlonsen.Fixtures.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

import fr.parlonsen.Browser;
import fr.parlonsen.BrowserPageTest;
import fr.parlonsen.Fixtures;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The national team builds and reads the national synthesis in the app: draft from the transmitted departmental
 * syntheses, points with their départements, links to each departmental synthesis, documents, the assessment form
 * refused without loss when someone else changed the synthesis meanwhile.
 */
@QuarkusTest
class NationalSynthesisPagesTest extends BrowserPageTest {
    static final String C = "national-synthese-page";
    static boolean ready;

    @BeforeEach
    void setUp() {
        if (!ready) {
            Departments.campaignLike2009(C, "2009-05-22");
            long forum = Departments.heldForum(C, "02", "Forum de Chauny", "0209");
            Departments.validatedMinutes("02", forum, 80, List.of(), List.of("La brigade répond vite."),
                    List.of("Peu de patrouilles la nuit."), List.of("Ouvrir le commissariat le samedi matin."));
            Departments.transmit(C, "02");
            ready = true;
        }
    }

    @Test
    void the_national_team_builds_the_draft_reads_it_and_keeps_its_text_on_a_conflict() {
        try (Browser browser = Browser.open(base.toString())) {
            Page page = browser.login("national", Fixtures.PASSWORD);
            browser.go("/gestion/national/synthese?campagne=" + C);
            assertEquals("Synthèse nationale", page.locator("h1").innerText());
            if (page.locator("#pas-de-synthese").count() == 1) {
                assertTrue(page.locator("#pas-de-synthese").innerText().contains("1 synthèse départementale a été transmise"),
                        page.locator("#pas-de-synthese").innerText());
                browser.assertAccessible();
            }
            page.waitForNavigation(() -> page.locator("#form-brouillon button").click());
            assertTrue(page.locator("#message-succes").innerText().contains("brouillon"));
            String text = page.locator("main").innerText();
            assertTrue(text.contains("Ouvrir le commissariat le samedi matin."), text);
            assertTrue(text.contains("Relevé dans 1 département (Aisne)"), text);
            assertTrue(!text.contains("(s)") && !text.matches("(?s).*\\d\\.\\d.*"), text);
            browser.assertAccessible();
            page.setViewportSize(390, 844);
            browser.assertAccessible();
            assertTrue((Boolean) page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth"));
            page.setViewportSize(1280, 900);

            // each departmental synthesis it is built from is a link to its page
            String href = page.locator("a:has-text('Synthèse : Aisne')").getAttribute("href");
            assertEquals(200, page.request().get(base.toString().replaceAll("/$", "") + href).status(), href);
            // the documents open with the page session
            String odt = page.locator("a[href*='/gestion/national/synthese/document.odt']").getAttribute("href");
            var doc = page.request().get(base.toString().replaceAll("/$", "") + odt);
            assertEquals(200, doc.status());
            assertTrue(doc.headers().get("content-type").startsWith("application/vnd.oasis.opendocument.text"));

            page.fill("#assessment", "La consultation a mobilisé les habitants.");
            page.fill("#signatory-name", "Claire Déléguée");
            page.waitForNavigation(() -> page.locator("#enregistrer-appreciation").click());
            assertTrue(page.locator("#message-succes").innerText().contains("appréciation"));

            // someone else saves meanwhile: the form's revision is stale, nothing is overwritten, the text stays
            String etag = as("admin").get("/api/v1/campaigns/" + C + "/national/synthesis").then().statusCode(200)
                    .extract().header("ETag");
            as("admin").contentType("application/json").header("If-Match", etag)
                    .body("{\"assessment\":\"Texte de l'administrateur.\"}")
                    .put("/api/v1/campaigns/" + C + "/national/synthesis").then().statusCode(200);
            page.fill("#assessment", "Mon texte à ne pas perdre.");
            var refused = page.waitForNavigation(() -> page.locator("#enregistrer-appreciation").click());
            assertEquals(409, refused.status());
            assertTrue(page.locator("#message-erreur").innerText().contains("modifiée par quelqu'un d'autre"));
            assertEquals("Mon texte à ne pas perdre.", page.locator("#assessment").inputValue());
            browser.assertAccessible();
            assertEquals("Texte de l'administrateur.", as("admin").get("/api/v1/campaigns/" + C + "/national/synthesis")
                    .then().statusCode(200).extract().jsonPath().getString("assessment"));
        }
    }

    @Test
    void a_prefecture_is_refused_the_national_synthesis_page() {
        try (Browser browser = Browser.open(base.toString())) {
            browser.login("prefecture-02", Fixtures.PASSWORD);
            var response = browser.page().navigate(base.toString().replaceAll("/$", "")
                    + "/gestion/national/synthese?campagne=" + C);
            assertEquals(403, response.status());
        }
    }
}
