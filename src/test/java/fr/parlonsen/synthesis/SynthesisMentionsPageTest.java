package fr.parlonsen.synthesis;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static fr.parlonsen.synthesis.MentionedMinutes.listing;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import fr.parlonsen.Browser;
import fr.parlonsen.BrowserPageTest;
import fr.parlonsen.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * On the synthesis page, a group also raised by a statement classed in another group says so ("Aussi évoqué dans
 * 1 contribution classée ailleurs"); unfolded, it shows the statement, its source and a link to its group.
 */
@QuarkusTest
class SynthesisMentionsPageTest extends BrowserPageTest {
    static final String C = "mentions-pages";
    static JsonPath draft;
    static MentionedMinutes.Said said;

    @BeforeEach
    void setUp() {
        if (draft == null) {
            said = MentionedMinutes.hold(C);
            draft = MentionedMinutes.draft(C);
        }
    }

    @Test
    void a_group_lists_the_statements_classed_elsewhere_that_also_raise_it_with_a_link_to_their_group() {
        Map<String, Object> mentioned = listing(draft, "alsoMentionedIn", said.both()).get(0);
        Map<String, Object> member = listing(draft, "sources", said.both()).get(0);
        try (Browser browser = Browser.open(base.toString())) {
            browser.login("prefecture-02", Fixtures.PASSWORD);
            Page page = browser.go("/gestion/campagnes/" + C + "/departements/02/synthese");
            Locator mentions = page.locator("#mentions-" + mentioned.get("id"));
            assertThat(mentions.locator("summary")).hasText("Aussi évoqué dans 1 contribution classée ailleurs");
            assertEquals(1, page.locator("details.pe-mentions").count(), "only the group that is mentioned says so");
            mentions.locator("summary").click();
            assertThat(mentions).containsText(MentionedMinutes.BOTH);
            assertThat(mentions).containsText("Forum D");
            Locator link = mentions.locator("a");
            assertThat(link).hasAttribute("href", "/gestion/campagnes/" + C + "/departements/02/synthese#element-"
                    + member.get("id"));
            assertThat(link).containsText("le groupe n° " + member.get("id"));
            browser.assertAccessible();
            link.click();
            assertThat(page.locator("#element-" + member.get("id"))).containsText(MentionedMinutes.BOTH);
        }
    }
}
