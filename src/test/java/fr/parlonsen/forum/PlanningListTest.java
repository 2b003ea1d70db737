package fr.parlonsen.forum;

import static fr.parlonsen.Fixtures.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;


import org.junit.jupiter.api.Test;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

import fr.parlonsen.Browser;
import fr.parlonsen.BrowserPageTest;
import fr.parlonsen.Fixtures;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The planning page puts the forums first: a sous-préfet opens it on their arrondissement, the préfecture filters
 * and sorts it with a plain GET form (no script needed), downloads exactly the filtered rows as CSV, and acts on a
 * row (publish, mark held) to come back to the same filtered list. A commune that does not exist is named in a
 * French error. axe-core at 1280 and 390 px.
 */
@QuarkusTest
class PlanningListTest extends BrowserPageTest {
    @Test
    void the_list_comes_first_filtered_sorted_exported_and_acted_on_without_javascript() {
        long campaign = Plans.newCampaign();
        Map<String, Object> soissons = Plans.forum("Forum de Soissons", "2009-04-03", "0216");
        ((Map<String, Object>) soissons.get("venue")).put("communeCode", "02722");
        long s = Plans.create("prefecture-02", campaign, soissons);
        long g = Plans.create("prefecture-02", campaign, Plans.forum("Forum de Guise", "2009-04-20", "0209"));
        as("prefecture-02").post("/api/v1/forums/" + g + "/publish").then().statusCode(200);
        String list = "/gestion/campagnes/" + campaign + "/departements/02/forums";

        try (Browser browser = Browser.open(base.toString())) {
            Page page = browser.login("sous-prefet-02", Fixtures.PASSWORD);
            browser.go(list);
            assertEquals("024", page.inputValue("#filtre-arrondissement"), "a sous-préfet sees their arrondissement");
            String table = page.locator("#table-forums").innerText();
            assertTrue(table.contains("Forum de Soissons") && !table.contains("Forum de Guise"), table);
            assertTrue(page.locator("#nombre-forums").innerText().contains("1 forum sur 2"));
            assertTrue(page.locator("#liste").boundingBox().y < page.locator("#couverture").boundingBox().y,
                    "the list comes before the coverage");
            browser.assertAccessible();

            browser.newContext();
            page = browser.login("prefecture-02", Fixtures.PASSWORD);
            browser.go(list);
            assertEquals(2, page.locator("#table-forums tbody tr").count());
            // the GET form, as a browser without script sends it
            page.selectOption("#filtre-statut", "published");
            Page p = page;
            p.waitForNavigation(() -> p.locator("button:has-text('Appliquer les filtres')").click());
            assertTrue(page.url().contains("statut=published"), page.url());
            table = page.locator("#table-forums").innerText();
            assertTrue(table.contains("Forum de Guise") && !table.contains("Forum de Soissons"), table);
            assertTrue(page.locator("#table-forums thead a:has-text('Lieu')").getAttribute("href")
                    .contains("statut=published"), "sort links keep the filter");

            APIResponse csv = browser.context().request().get(base.toString().replaceAll("/$", "")
                    + page.locator("#export-csv").getAttribute("href"));
            assertEquals(200, csv.status());
            String text = new String(csv.body(), StandardCharsets.UTF_8);
            assertTrue(text.startsWith("\uFEFFDate;Début;Fin;Forum;Statut"), text);
            assertTrue(text.contains("Forum de Guise") && !text.contains("Forum de Soissons"), text);
            assertTrue(text.contains("2009-04-20;19 h 30;21 h 30"), text);

            // a row action comes back to the same filtered list
            p.waitForNavigation(() -> p.locator("#forum-" + g + " button:has-text('Marquer comme tenu')").click());
            assertTrue(page.url().contains("statut=published") && page.url().contains("tenu=" + g), page.url());
            assertTrue(page.locator("main").innerText().contains("Le forum est marqué comme tenu."));
            assertEquals(0, page.locator("#table-forums").count(), "Guise is held now: no published forum left");

            // by commune, sorted by commune, at 390 px too
            browser.go(list + "?commune=soissons&tri=commune");
            table = page.locator("#table-forums").innerText();
            assertTrue(table.contains("Forum de Soissons") && !table.contains("Forum de Guise"), table);
            p.waitForNavigation(() -> p.locator("#forum-" + s + " button:has-text('Publier')").click());
            assertTrue(page.url().contains("publie=" + s) && page.url().contains("tri=commune"), page.url());
            assertTrue(page.locator("#forum-" + s).textContent().contains("Publié"));
            browser.assertAccessible();
            page.setViewportSize(390, 844);
            browser.assertAccessible();
            page.setViewportSize(1280, 900);

            Response refused = page.navigate(base.toString().replaceAll("/$", "") + list
                    + "?commune=Soisson-sur-Mer&du=2009-13-01");
            assertEquals(400, refused.status());
            String summary = page.locator("#resume-erreurs").innerText();
            assertTrue(summary.contains("Commune inconnue dans le département : « Soisson-sur-Mer »"), summary);
            assertTrue(summary.contains("illisible"), summary);
            assertEquals("Soisson-sur-Mer", page.inputValue("#filtre-commune"), "what was typed is kept");
            assertEquals(2, page.locator("#table-forums tbody tr").count(), "the other filters still apply");
            browser.assertAccessible();
        }
    }

    @Test
    void the_venue_commune_is_typed_and_invitee_rows_are_added_with_or_without_script() {
        long campaign = Plans.newCampaign();
        String create = "/gestion/campagnes/" + campaign + "/departements/02/forums";
        Map<String, String> form = new java.util.LinkedHashMap<>(Map.of("title", "Forum de Soissons",
                "startsAt", "2009-04-15T18:30", "endsAt", "2009-04-15T20:30", "venueName", "Salle des fêtes",
                "venueCommune", "Soisson-sur-Mer", "catchmentKind", "cantons", "cantons", "0216", "emptyRows", "3"));
        fr.parlonsen.PageSession session = fr.parlonsen.PageSession.login("prefecture-02");

        // without script: "Ajouter un invité" sends the form, which comes back with one more row, nothing saved
        Map<String, String> adding = new java.util.LinkedHashMap<>(form);
        adding.put("action", "ajouter-invite");
        io.restassured.response.Response added = session.post(create, adding);
        assertEquals(200, added.statusCode());
        assertTrue(added.body().asString().contains("id=\"invitees-3-name\""), "a fourth empty row");
        assertTrue(added.body().asString().contains("value=\"Soisson-sur-Mer\""), "what was typed is kept");
        assertEquals(0, as("prefecture-02").get("/api/v1/campaigns/" + campaign + "/departments/02/forums")
                .jsonPath().getList("$").size(), "nothing saved");

        io.restassured.response.Response refused = session.post(create, form);
        assertEquals(422, refused.statusCode());
        String body = refused.body().asString();
        assertTrue(body.contains("Commune inconnue dans le département : « Soisson-sur-Mer »"), body);
        assertFalse(body.contains("fait 5 caractères"), "one message, not the code format's too");

        form.put("venueCommune", "soissons");
        assertEquals(303, session.post(create, form).statusCode());
        assertEquals("02722", as("prefecture-02").get("/api/v1/campaigns/" + campaign + "/departments/02/forums")
                .jsonPath().getString("[0].venue.communeCode"), "the name typed is read as its code");

        try (Browser browser = Browser.open(base.toString())) {
            Page page = browser.login("prefecture-02", Fixtures.PASSWORD);
            browser.go(create + "/nouveau");
            assertEquals("communes-du-departement", page.getAttribute("#venue-communeCode", "list"));
            assertTrue(page.locator("#communes-du-departement option[value='Soissons (02722)']").count() == 1);
            int rows = page.locator("[data-invitee-row]").count();
            page.locator("button:has-text('Ajouter un invité')").click();
            assertEquals(rows + 1, page.locator("[data-invitee-row]").count(), "a row added in place");
            assertEquals("invitees-" + rows + "-name", page.evaluate("document.activeElement.id"));
            assertTrue(page.locator("#legende-invite-" + rows).innerText().contains("n° " + (rows + 1)));
            browser.assertAccessible();
            page.setViewportSize(390, 844);
            browser.assertAccessible();
        }
    }
}
