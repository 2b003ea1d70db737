package fr.parlonsen.synthesis;

import fr.parlonsen.RequiredTools;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

import fr.parlonsen.Browser;
import fr.parlonsen.Fixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** Prefecture staff build the draft in the background, rewrite an item, validate: in a real browser, with axe. */
@QuarkusTest
class SynthesisPagesTest {
    static final String C = "synthese-pages";
    static boolean ready;

    @TestHTTPResource("/")
    URL base;
    @Inject
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures.ensure();
        RequiredTools.require(Browser.available(), "Chromium absent : deploy/test.sh l'installe");
        if (!ready) {
            Meetings.campaignLike2009(C);
            long forum = Meetings.heldForum(C, "Forum de Vervins", "0219");
            Meetings.validatedMinutes(forum, 40, List.of("Pourquoi la brigade ferme-t-elle à 18 heures ?"),
                    List.of("Les gendarmes connaissent bien les habitants"),
                    List.of("Trop de vitesse dans la traversée du village"),
                    List.of("Installer un radar pédagogique rue principale"));
            ready = true;
        }
    }

    @Test
    void the_prefecture_builds_rewrites_and_validates_the_synthesis() {
        try (Browser browser = Browser.open(base.toString())) {
            browser.login("prefecture-02", Fixtures.PASSWORD);
            Page page = browser.go("/gestion/campagnes/" + C + "/departements/02/synthese");
            browser.assertAccessible();
            page.locator("#construire").click();
            page.waitForURL("**/synthese", new Page.WaitForURLOptions().setTimeout(60_000));
            page.waitForSelector("#statut");
            assertTrue(page.locator("#section-proposals").isVisible());
            assertTrue(page.content().contains("Installer un radar pédagogique rue principale"));
            assertTrue(page.content().contains("suggéré, à confirmer"), "an unconfirmed topic says so in words");
            browser.assertAccessible();

            page.locator("ol li details summary", new Page.LocatorOptions().setHasText("Modifier cet élément")).first().click();
            page.locator("textarea[name=text]").first().fill("La préfecture retient : horaires de la brigade à revoir");
            page.locator("button[value=reecrire]").first().click();
            com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("#section-issues + ol"))
                    .containsText("La préfecture retient : horaires de la brigade à revoir");

            page.locator("#valider").click();
            com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("#statut")).containsText("Validée");
            browser.assertAccessible();
        }
    }
}
