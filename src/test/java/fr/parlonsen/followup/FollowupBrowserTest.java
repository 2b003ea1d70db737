package fr.parlonsen.followup;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import fr.parlonsen.Browser;
import fr.parlonsen.Fixtures;
import fr.parlonsen.RequiredTools;
import fr.parlonsen.campaign.Campaign;
import fr.parlonsen.security.RateLimiter;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The follow-up in a real browser at 1280 px and 390 px, axe-core on each page: the public follow-up page, the
 * feedback form (filled and sent), and the staff pages (commitments, one commitment, the QR code for projection,
 * the dashboard and national indicators).
 */
@QuarkusTest
class FollowupBrowserTest {
    @TestHTTPResource("/")
    URL base;
    @Inject
    Fixtures fixtures;
    @Inject
    FollowupFixtures forums;
    @Inject
    RateLimiter limiter;

    @BeforeEach
    void setUp() {
        fixtures.ensure();
        limiter.reset(FeedbackService.RATE_BUCKET);
        RequiredTools.require(Browser.available(), "Chromium absent : deploy/test.sh l'installe");
    }

    @Transactional
    long publishedCommitment(long forumId) {
        Commitment c = new Commitment();
        c.campaignId = Campaign.findByCode("2009").orElseThrow().id;
        c.department = "02";
        c.title = "Permanence de la gendarmerie au marché";
        c.description = "Une fois par mois, place du marché.";
        c.carriedBy = "gendarmerie";
        c.dueOn = java.time.LocalDate.of(2009, 12, 31);
        c.status = "in-progress";
        c.published = true;
        c.createdAt = Instant.now();
        c.updatedAt = c.createdAt;
        c.items.add(new Commitment.ItemLink(1, 1, "proposals", "Une permanence de la gendarmerie au marché.", null));
        c.statements.add(new Commitment.StatementLink(1, "m:1", forumId, 1L, null, "Une permanence au marché."));
        c.persist();
        CommitmentNote n = new CommitmentNote();
        n.commitmentId = c.id;
        n.at = java.time.LocalDate.of(2009, 7, 4);
        n.text = "Première permanence tenue.";
        n.maskedText = n.text;
        n.createdAt = Instant.now();
        n.persist();
        return c.id;
    }

    void bothWidths(Browser browser, Page page) {
        for (int width : List.of(1280, 390)) {
            page.setViewportSize(width, 900);
            browser.assertAccessible();
        }
        page.setViewportSize(1280, 900);
    }

    @Test
    void public_pages_the_feedback_form_and_staff_pages_are_accessible() {
        long forum = forums.forumHeldNow("02");
        long commitment = publishedCommitment(forum);
        try (Browser browser = Browser.open(base.toString())) {
            Page page = browser.go("/departements/02/suivi?campagne=2009");
            assertTrue(page.locator("#engagement-" + commitment).innerText().contains("Permanence"));
            bothWidths(browser, page);

            page = browser.go("/forums/" + forum);
            assertTrue(page.locator("#suivi-propositions").innerText().contains("Permanence"), page.content());
            bothWidths(browser, page);

            page = browser.go("/avis/" + forum);
            bothWidths(browser, page);
            page.locator("label[for=satisfaction-4]").click();
            page.locator("label[for=listened-oui]").click();
            page.locator("label[for=answered-non]").click();
            page.locator("label[for=wouldReturn-oui]").click();
            page.getByLabel("Un commentaire (facultatif)").fill("Merci, très utile.");
            page.waitForTimeout(3_200);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer mon avis")).click();
            page.waitForLoadState();
            assertTrue(page.locator("h1").innerText().contains("Merci"), page.content());
            browser.assertAccessible();
            // the same device again: already answered
            page = browser.go("/avis/" + forum);
            page.locator("label[for=satisfaction-2]").click();
            page.locator("label[for=listened-non]").click();
            page.locator("label[for=answered-non]").click();
            page.locator("label[for=wouldReturn-non]").click();
            page.waitForTimeout(3_200);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer mon avis")).click();
            page.waitForLoadState();
            assertTrue(page.locator("#deja-repondu").isVisible(), page.content());
            browser.assertAccessible();
            // an incomplete form says what is missing
            browser.newContext();
            page = browser.go("/avis/" + forum);
            page.waitForTimeout(3_200);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer mon avis")).click();
            page.waitForLoadState();
            assertTrue(page.locator("#resume-erreurs").isVisible(), page.content());
            browser.assertAccessible();

            browser.newContext();
            browser.login("prefecture-02", Fixtures.PASSWORD);
            for (String path : List.of("/gestion/suivi?campagne=2009", "/gestion/suivi/engagements/" + commitment,
                    "/gestion/forums/" + forum + "/avis", "/gestion/forums/" + forum, "/gestion")) {
                page = browser.go(path);
                assertTrue(page.locator("h1").count() == 1, path + " : " + page.content());
                bothWidths(browser, page);
            }
            page = browser.go("/gestion/forums/" + forum + "/avis");
            assertTrue(page.locator("#qr svg").count() == 1 && page.locator("#nombre-avis").innerText().contains("1"));
            // a progress note from the staff page
            page = browser.go("/gestion/suivi/engagements/" + commitment);
            page.getByLabel("Point d'avancement *").fill("Deuxième permanence : affluence en hausse.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajouter le point d'avancement")).click();
            page.waitForLoadState();
            assertTrue(page.content().contains("Deuxième permanence"), page.content());

            browser.newContext();
            browser.login("national", Fixtures.PASSWORD);
            page = browser.go("/gestion/national");
            assertTrue(page.locator("#indicateurs-suivi-national").count() == 1, page.content());
            bothWidths(browser, page);
            page = browser.go("/gestion/suivi/national?campagne=2009");
            assertTrue(page.locator("#table-indicateurs-nationaux").count() == 1, page.content());
            bothWidths(browser, page);
        }
    }
}
