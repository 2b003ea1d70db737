package fr.parlonsen.question;

import fr.parlonsen.RequiredTools;
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

/** A citizen asks a question in a real browser; the moderator's page; axe-core on each. */
@QuarkusTest
class QuestionBrowserTest {
    @TestHTTPResource("/")
    URL base;
    @Inject
    fr.parlonsen.PublicQuestionForms publicForms;
    @Inject
    ForumFixtures forums;


    @org.junit.jupiter.api.AfterEach
    void removeTokens() {
        publicForms.close();
    }

    @BeforeEach
    void setUp() {
        publicForms.open();
        RequiredTools.require(Browser.available(), "Chromium absent : deploy/test.sh l'installe");
    }

    @Test
    void a_citizen_asks_and_a_moderator_publishes() {
        long forum = forums.heldAisneForum();
        try (Browser browser = Browser.open(base.toString())) {
            Page page = browser.go("/forums/" + forum + "/question");
            browser.assertAccessible();
            // the honeypot is out of the tab order
            assertTrue(page.locator("input[name=website]").getAttribute("tabindex").equals("-1"));
            page.getByLabel("Votre question").fill("Bonjour, je m'appelle Léa (lea@example.fr). Que faire des "
                    + "dépôts sauvages et des tags sur la mairie ?");
            page.getByLabel("Votre commune (facultatif)").selectOption("02722");
            page.waitForTimeout(3_200); // a person takes more than 3 s
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Envoyer ma question")).click();
            page.waitForLoadState();
            assertTrue(page.locator("h1").innerText().contains("Merci"), page.content());
            browser.assertAccessible();

            browser.go("/departements/02/question");
            browser.assertAccessible();

            browser.newContext();
            browser.login("moderateur-02", Fixtures.PASSWORD);
            Page queue = browser.go("/gestion/questions?campagne=2009");
            assertTrue(queue.locator("mark.pe-detected:has-text('lea@example.fr')").count() > 0,
                    "the e-mail address is highlighted for the moderator");
            browser.assertAccessible();
        }
    }
}
