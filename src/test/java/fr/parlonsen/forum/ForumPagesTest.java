package fr.parlonsen.forum;

import static fr.parlonsen.Fixtures.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;


import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

import fr.parlonsen.Browser;
import fr.parlonsen.BrowserPageTest;
import fr.parlonsen.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A sous-préfète plans a forum through the pages in a real browser: errors are summarised and her input kept,
 * the forum then shows in the list and the coverage grows; a stale form overwrites nothing. axe-core on each page.
 */
@QuarkusTest
class ForumPagesTest extends BrowserPageTest {
    static int covered(Page page) {
        return Integer.parseInt(page.locator("#communes-couvertes").innerText().split("/")[0].replaceAll("\\D", ""));
    }

    @Test
    void a_sous_prefete_plans_a_forum_in_soissons_and_sees_the_coverage_grow() {
        try (Browser browser = Browser.open(base.toString())) {
            browser.login("sous-prefet-02", Fixtures.PASSWORD);
            Page page = browser.go("/gestion/forums");
            assertTrue(page.url().matches(".*/gestion/campagnes/\\d+/departements/02/forums"), page.url());

            browser.go("/gestion/campagnes/2009/departements/02/forums");
            int before = covered(page);
            assertTrue(page.locator("#table-cantons").innerText().contains("Soissons-1"));
            assertEquals(21, page.locator("#carte-cantons svg path[data-code]").count(), "the 21 cantons are drawn");
            assertTrue(page.locator("#legende-carte-cantons").innerText().contains("Non couvert"));
            browser.assertAccessible();
            browser.screenshot("planification-aisne");

            page.waitForNavigation(() -> page.locator("a:has-text('Planifier un forum')").click());
            assertTrue(page.locator("h1").innerText().contains("Planifier un forum"));
            browser.assertAccessible();

            // first try: a title too long and no catchment chosen
            page.fill("#title", "F".repeat(205));
            page.fill("#startsAt", "2009-04-15T18:30");
            page.fill("#endsAt", "2009-04-15T17:00");
            page.fill("#venue-name", "Salle des fêtes de Soissons");
            page.fill("#venue-communeCode", "Soissons (02722)");
            page.fill("#invitees-0-name", "Mme la Maire");
            page.fill("#invitees-0-email", "pas-une-adresse");
            Response refused = page.waitForNavigation(() -> page.locator("button:has-text('Enregistrer le forum')").click());
            assertEquals(422, refused.status());
            String summary = page.locator("#resume-erreurs").innerText();
            assertTrue(summary.contains("200 caractères"), summary);
            assertTrue(summary.contains("La fin doit être postérieure au début"), summary);
            assertTrue(summary.contains("Choisissez au moins un canton"), summary);
            assertTrue(summary.contains("adresse électronique"), summary);
            assertEquals(1, page.locator("#resume-erreurs a[href='#title']").count(), "each message links to its field");
            assertEquals("Salle des fêtes de Soissons", page.inputValue("#venue-name"), "input kept");
            assertEquals("Soissons (02722)", page.inputValue("#venue-communeCode"));
            assertEquals("Mme la Maire", page.inputValue("#invitees-0-name"));
            assertTrue(page.locator("#title-erreur").isVisible());
            browser.assertAccessible();
            browser.screenshot("forum-formulaire-erreurs");

            // corrected
            page.fill("#title", "Forum de Soissons");
            page.fill("#endsAt", "2009-04-15T20:30");
            page.fill("#invitees-0-email", "maire@soissons.example");
            // DSFR draws its own boxes: people click the labels
            page.locator("label[for=zone-cantons]").click();
            page.locator("label[for=canton-0216]").click();
            page.locator("label[for=animateur-animateur-02]").click();
            assertTrue(page.isChecked("#canton-0216"));
            page.waitForCondition(() -> page.locator("#apercu-zone").innerText().contains("commune"));
            assertTrue(page.locator("#apercu-zone").innerText().contains("couvre 15 commune"),
                    page.locator("#apercu-zone").innerText());
            page.waitForNavigation(() -> page.locator("button:has-text('Enregistrer le forum')").click());
            assertTrue(page.url().matches(".*/gestion/forums/\\d+\\?enregistre=1"), page.url());
            assertTrue(page.locator("h1").innerText().contains("Forum de Soissons"));
            assertEquals("Brouillon", page.locator("#statut").textContent().strip());
            String id = page.url().replaceAll(".*/gestion/forums/(\\d+).*", "$1");
            browser.assertAccessible();

            browser.go("/gestion/campagnes/2009/departements/02/forums");
            assertTrue(page.locator("#table-forums").innerText().contains("Forum de Soissons"));
            assertTrue(covered(page) > before, "coverage grows");
            browser.screenshot("forum-planification");

            // someone else changes the forum while the sous-préfète edits it: nothing is overwritten
            browser.go("/gestion/forums/" + id + "/modifier");
            page.fill("#title", "Forum de Soissons (ma version)");
            as("prefecture-02").contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(Map.of("title", "Forum de Soissons (version du cabinet)", "startsAt", "2009-04-15T18:30",
                            "endsAt", "2009-04-15T20:30", "venue", Map.of("name", "Salle des fêtes", "communeCode", "02722"),
                            "catchment", Map.of("cantons", java.util.List.of("0216"))))
                    .put("/api/v1/forums/" + id).then().statusCode(200);
            Response conflict = page.waitForNavigation(() -> page.locator("button:has-text('Enregistrer le forum')").click());
            assertEquals(409, conflict.status());
            assertTrue(page.locator("#conflit-version").innerText().contains("version du cabinet"));
            assertEquals("Forum de Soissons (ma version)", page.inputValue("#title"));
            browser.assertAccessible();
            as("prefecture-02").get("/api/v1/forums/" + id).then().body("title",
                    org.hamcrest.Matchers.equalTo("Forum de Soissons (version du cabinet)"));

            // publish, then the public pages
            browser.go("/gestion/forums/" + id);
            page.waitForNavigation(() -> page.locator("button:has-text('Publier')").click());
            assertEquals("Publié", page.locator("#statut").textContent().strip());
            assertTrue(page.locator(".avertissement").count() > 0, "a past date is warned about");

            browser.newContext();
            Page pub = browser.go("/departements/02/forums?campagne=2009");
            assertTrue(pub.locator("#calendrier").innerText().contains("Forum de Soissons"));
            assertTrue(pub.locator(".fr-header__brand").textContent().contains("de l'Aisne"));
            browser.assertAccessible();
            browser.go("/forums/" + id);
            assertTrue(pub.locator("#quand").innerText().contains("mercredi 15 avril 2009"));
            assertTrue(pub.locator("#quand").innerText().contains("18 h 30"));
            browser.assertAccessible();
        }
    }

    @Test
    void cancelling_a_forum_asks_for_a_confirmation_and_keeps_the_reason_when_refused() {
        long campaign = Plans.newCampaign();
        long id = Plans.create("prefecture-02", campaign, Plans.forum("Forum de Guise", "2009-04-20", "0209"));
        try (Browser browser = Browser.open(base.toString())) {
            Page page = browser.login("prefecture-02", Fixtures.PASSWORD);
            browser.go("/gestion/forums/" + id);
            assertEquals(1, page.locator("#confirm-annulation[required]").count(), "the browser asks first");
            page.fill("#reason", "Salle indisponible ce soir-là.");
            // without the box ticked (a browser that ignores required): refused, the reason kept
            page.evaluate("document.getElementById('confirm-annulation').removeAttribute('required')");
            Response refused = page.waitForNavigation(() -> page.locator("button:has-text('Annuler ce forum')").click());
            assertEquals(422, refused.status());
            assertTrue(page.locator("#erreurs-annulation").innerText().contains("confirmer"));
            assertEquals("Salle indisponible ce soir-là.", page.locator("#reason").inputValue());
            browser.assertAccessible();
            page.locator("#confirm-annulation").check(new com.microsoft.playwright.Locator.CheckOptions().setForce(true));
            page.waitForNavigation(() -> page.locator("button:has-text('Annuler ce forum')").click());
            assertTrue(page.locator("main").innerText().contains("Motif d'annulation : Salle indisponible ce soir-là."));
        }
    }
}
