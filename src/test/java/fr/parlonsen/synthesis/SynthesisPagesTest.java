package fr.parlonsen.synthesis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;

import fr.parlonsen.Browser;
import fr.parlonsen.BrowserPageTest;
import fr.parlonsen.Fixtures;
import io.quarkus.test.junit.QuarkusTest;

/** Prefecture staff build the draft in the background, rewrite an item, validate: in a real browser, with axe. */
@QuarkusTest
class SynthesisPagesTest extends BrowserPageTest {
    static final String C = "synthese-pages";
    static boolean ready;

    @BeforeEach
    void setUp() {
        if (!ready) {
            Meetings.campaignLike2009(C);
            long forum = Meetings.heldForum(C, "Forum de Vervins", "0219");
            Meetings.validatedMinutes(forum, 40, List.of("Pourquoi la brigade ferme-t-elle à 18 heures ?"),
                    List.of("Les gendarmes connaissent bien les habitants"),
                    List.of("Trop de vitesse dans la traversée du village"),
                    List.of("Installer un radar pédagogique rue principale"));
            Meetings.heldForum(C, "Forum de Guise", "0208"); // held, minutes not yet validated
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

            // groups of one statement are gathered under "Autres contributions (n)"
            page.locator("#contenu-issues details.pe-autres > summary").first().click();
            page.locator("#contenu-issues li details summary", new Page.LocatorOptions().setHasText("Modifier cet élément")).first().click();
            page.locator("#contenu-issues textarea[name=text]").first().fill("La préfecture retient : horaires de la brigade à revoir");
            page.locator("#contenu-issues button[value=reecrire]").first().click();
            com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("#contenu-issues"))
                    .containsText("La préfecture retient : horaires de la brigade à revoir");

            // the cabinet writes the assessment and the signatory
            page.locator("#assessment").fill("Je retiens la demande de proximité des habitants de Vervins.");
            page.locator("#signatory-name").fill("Pierre Bayle");
            page.locator("#signatory-title").fill("Le préfet de l'Aisne");
            page.locator("#enregistrer-appreciation").click();
            assertThat(page.locator("#succes")).containsText("Appréciation et signataire enregistrés");
            assertThat(page.locator("#assessment")).hasValue("Je retiens la demande de proximité des habitants de Vervins.");

            // readiness: a held forum without validated minutes is named before validation
            assertThat(page.locator("#a-verifier")).containsText("Forum de Guise");
            browser.assertAccessible();
            page.setViewportSize(390, 844);
            browser.assertAccessible();
            page.setViewportSize(1280, 900);

            // validation asks for a confirmation, then says it is done
            assertThat(page.locator("#confirmer-validation")).hasAttribute("required", "");
            page.locator("label[for=confirmer-validation]").click();
            page.locator("#valider").click();
            assertThat(page.locator("#statut")).containsText("Validée");
            assertThat(page.locator("#succes")).containsText("La version 1 est validée");
            browser.assertAccessible();

            // the irreversible transmission too, and the page says the next edit opens version 2
            assertThat(page.locator("#transmission")).containsText("ouvrira la version 2");
            page.locator("label[for=confirmer-transmission]").click();
            page.locator("#transmettre").click();
            assertThat(page.locator("#succes")).containsText("la version 2");
            assertThat(page.locator("#version-suivante")).containsText("ouvrira la version 2");
            assertThat(page.locator("#telecharger-pdf")).containsText("Télécharger la synthèse en PDF");
            browser.assertAccessible();
            page.setViewportSize(390, 844);
            browser.assertAccessible();
        }
    }
}
