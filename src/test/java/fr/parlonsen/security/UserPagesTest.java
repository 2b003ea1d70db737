package fr.parlonsen.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;



import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

import fr.parlonsen.Browser;
import fr.parlonsen.BrowserPageTest;
import fr.parlonsen.Fixtures;
import io.quarkus.test.junit.QuarkusTest;

/** The prefecture creates the accounts of its facilitators and moderators from the « Comptes » page. */
@QuarkusTest
class UserPagesTest extends BrowserPageTest {
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

    @Test
    void the_prefecture_edits_an_account_resets_its_password_and_disables_it_without_losing_a_concurrent_edit() {
        String login = "compte.page." + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        try (Browser browser = Browser.open(base.toString())) {
            Page page = browser.login("prefecture-02", Fixtures.PASSWORD);
            browser.go("/gestion/comptes");
            page.locator("#champ-username").fill(login);
            page.locator("#champ-password").fill("un-mot-de-passe-solide");
            page.locator("#champ-displayName").fill("Paul Modéré");
            page.selectOption("#champ-roles", "moderator");
            page.locator("form[action='/gestion/comptes'] button[type=submit]").click();
            page.waitForLoadState();
            assertTrue(page.locator("[role=status]").innerText().contains(login));

            page.waitForNavigation(() -> page.locator("a[href='/gestion/comptes/" + login + "']").click());
            assertTrue(page.locator("h1").innerText().contains("Paul Modéré"));
            browser.assertAccessible();
            page.setViewportSize(390, 844);
            browser.assertAccessible();
            page.setViewportSize(1280, 900);

            // a sous-préfet needs an arrondissement: refused in French, what was typed is kept
            page.locator("#champ-displayName").fill("Paul Sous-Préfet");
            page.locator("#role-moderator").uncheck(new com.microsoft.playwright.Locator.UncheckOptions().setForce(true));
            page.locator("#role-sous-prefet").check(new com.microsoft.playwright.Locator.CheckOptions().setForce(true));
            var refused = page.waitForNavigation(() -> page.locator("#enregistrer-compte").click());
            assertEquals(422, refused.status());
            assertTrue(page.locator("#erreurs").innerText().contains("au moins un arrondissement"),
                    page.locator("#erreurs").innerText());
            assertEquals("Paul Sous-Préfet", page.locator("#champ-displayName").inputValue());
            browser.assertAccessible();
            page.locator("#arr-024").check(new com.microsoft.playwright.Locator.CheckOptions().setForce(true));
            page.waitForNavigation(() -> page.locator("#enregistrer-compte").click());
            assertTrue(page.locator("#message-succes").innerText().contains("enregistré"));
            assertTrue(page.locator("h1").innerText().contains("Paul Sous-Préfet"));
            assertTrue(page.locator("#arr-024").isChecked());

            // someone else changes the account meanwhile: refused (409), nothing overwritten, the typed name kept
            String etag = Fixtures.as("prefecture-02").get("/api/v1/users/" + login).then().statusCode(200).extract()
                    .header("ETag");
            Fixtures.as("prefecture-02").contentType("application/json").header("If-Match", etag)
                    .body("{\"displayName\":\"Nom changé ailleurs\",\"roles\":[\"sous-prefet\"],\"department\":\"02\","
                            + "\"arrondissements\":[\"024\"]}")
                    .put("/api/v1/users/" + login).then().statusCode(200);
            page.locator("#champ-displayName").fill("Mon nom à garder");
            var conflict = page.waitForNavigation(() -> page.locator("#enregistrer-compte").click());
            assertEquals(409, conflict.status());
            assertTrue(page.locator("#erreurs").innerText().contains("modifié par quelqu'un d'autre"));
            assertEquals("Mon nom à garder", page.locator("#champ-displayName").inputValue());
            assertTrue(page.locator("h1").innerText().contains("Nom changé ailleurs"), "the current version is shown");

            // password reset: both entries must match; then the new one opens a session
            page.locator("#champ-password").fill("nouveau-mot-de-passe-1");
            page.locator("#champ-confirmation").fill("nouveau-mot-de-passe-2");
            assertEquals(422, page.waitForNavigation(() -> page.locator("#changer-mot-de-passe").click()).status());
            assertTrue(page.locator("#erreurs").innerText().contains("différents"));
            page.locator("#champ-password").fill("nouveau-mot-de-passe-1");
            page.locator("#champ-confirmation").fill("nouveau-mot-de-passe-1");
            page.waitForNavigation(() -> page.locator("#changer-mot-de-passe").click());
            assertTrue(page.locator("#message-succes").innerText().contains("mot de passe est changé"));
            io.restassured.RestAssured.given().auth().preemptive().basic(login, "nouveau-mot-de-passe-1").get("/api/v1/users/" + login)
                    .then().statusCode(200);

            // disable, behind a confirmation
            page.locator("#champ-confirm").check(new com.microsoft.playwright.Locator.CheckOptions().setForce(true));
            page.waitForNavigation(() -> page.locator("#desactiver").click());
            assertTrue(page.locator("#message-succes").innerText().contains("désactivé"));
            assertEquals("Désactivé", page.locator("#etat-compte").textContent().strip());
            io.restassured.RestAssured.given().auth().preemptive().basic(login, "nouveau-mot-de-passe-1")
                    .get("/api/v1/users/" + login).then().statusCode(401);
            browser.assertAccessible();
        }
    }

    @Test
    void the_admin_sees_the_arrondissements_as_soon_as_the_departement_is_chosen() {
        try (Browser browser = Browser.open(base.toString())) {
            Page page = browser.login("admin", Fixtures.PASSWORD);
            browser.go("/gestion/comptes");
            assertEquals(0, page.locator("#champ-arrondissements input[type=checkbox]").count());
            page.selectOption("#champ-department", "02");
            page.locator("label[for=arr-024]").waitFor();
            assertTrue(page.locator("#champ-arrondissements").innerText().contains("Soissons"));
            page.locator("label[for=arr-024]").click();
            assertTrue(page.isChecked("#arr-024"));
            browser.assertAccessible();
            page.setViewportSize(390, 844);
            browser.assertAccessible();
            page.selectOption("#champ-department", "");
            page.locator("p#champ-arrondissements").waitFor();
            assertEquals(0, page.locator("#champ-arrondissements input").count());
            // the script's source answers only the admin
            assertEquals(403, fr.parlonsen.PageSession.login("prefecture-02")
                    .get("/gestion/comptes/departements/02/arrondissements").statusCode());
        }
    }
}
