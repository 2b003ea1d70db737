package fr.parlonsen.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.parlonsen.Fixtures;
import fr.parlonsen.PageSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * ProConnect sign-in against a real OpenID provider (Keycloak started by deploy/test.sh, see
 * {@link ProConnectProvider}): the agent goes to the provider, signs in at its form, comes back, and is signed in to
 * the account that carries the verified e-mail, with that account's role and département. An identity without an
 * account is refused; a callback whose state was tampered with opens nothing; logout ends the session here and at
 * the provider.
 */
@QuarkusTest
class ProConnectSignInTest {
    static final String ACCOUNT = "marie-proconnect";

    @Inject
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures.ensure();
        // the admin set the agent's professional e-mail on her account (prefecture, département 02)
        int status = Fixtures.as("admin").contentType("application/json").body("{\"username\":\"" + ACCOUNT
                + "\",\"password\":\"mot-de-passe-local-de-marie-2026\",\"displayName\":\"Marie Agent (Aisne)\","
                + "\"email\":\"" + ProConnectProvider.MARIE.toUpperCase() + "\",\"roles\":[\"prefecture\"],"
                + "\"department\":\"02\"}").post("/api/v1/users").statusCode();
        assertTrue(status == 201 || status == 409, "account created or already there: " + status);
    }

    /** The application's side of the flow: /connexion/proconnect sends the browser to the provider. */
    record Start(PageSession browser, String authorizeUrl) {
    }

    static Start start() {
        PageSession browser = PageSession.anonymous("/connexion");
        Response r = browser.get(ProConnect.PATH);
        assertEquals(302, r.statusCode(), "the button sends the browser to the provider");
        String location = r.header("Location");
        assertTrue(location.startsWith(ProConnectProvider.ISSUER + "/protocol/openid-connect/auth?"), location);
        return new Start(browser, location);
    }

    /** Back from the provider: the application completes the code flow, then opens its own session. */
    static Response back(PageSession browser, String callback) {
        Response r = browser.keep(browser.spec().urlEncodingEnabled(false).get(callback));
        for (int hops = 0; hops < 3 && r.statusCode() == 302
                && r.header("Location").contains(ProConnect.PATH); hops++) {
            r = browser.keep(browser.spec().urlEncodingEnabled(false).get(r.header("Location")));
        }
        return r;
    }

    @Test
    void an_agent_signs_in_with_proconnect_into_her_account_with_its_role_and_departement() {
        ProConnectProvider provider = ProConnectProvider.await();
        Start s = start();
        // authorization code flow with PKCE, nonce and state, the ProConnect scopes
        assertTrue(s.authorizeUrl().contains("response_type=code"));
        assertTrue(s.authorizeUrl().contains("code_challenge_method=S256"), s.authorizeUrl());
        assertTrue(s.authorizeUrl().contains("nonce="));
        assertTrue(s.authorizeUrl().contains("state="));
        assertTrue(s.authorizeUrl().matches(".*scope=[^&]*usual_name.*"), s.authorizeUrl());
        Response fromProvider = provider.signIn(s.authorizeUrl(), "marie.agent", ProConnectProvider.MARIE_PASSWORD);
        assertEquals(302, fromProvider.statusCode());
        String callback = fromProvider.header("Location");
        assertTrue(callback.contains("code=") && callback.contains("state="), callback);

        Response landed = back(s.browser(), callback);
        // a page of this site moves on to /gestion (the Strict session cookie is not sent on the provider's redirect)
        assertEquals(200, landed.statusCode());
        assertTrue(landed.asString().contains("url=/gestion"));
        String session = s.browser().cookie(Sessions.COOKIE);
        assertTrue(session != null && session.length() >= 40, "the application's own session cookie");
        assertTrue(s.browser().cookie("q_session_proconnect") == null
                || s.browser().cookie("q_session_proconnect").isEmpty(), "quarkus-oidc's session cookie is dropped");

        // the page session is the usual one: name, role and département from the Parlons-en account
        Response page = s.browser().get("/gestion");
        assertEquals(200, page.statusCode());
        assertTrue(page.asString().contains("Marie Agent (Aisne)"), "the account's display name, not the provider's");
        Response accounts = s.browser().get("/gestion/comptes");
        assertEquals(200, accounts.statusCode(), "a prefecture agent manages her département's accounts");
        assertTrue(accounts.asString().contains("prefecture-02"), "those of the Aisne (02)");
        assertEquals(403, s.browser().get("/gestion/comptes/journal").statusCode(), "a prefecture agent is no admin");
        List<Map<String, Object>> events = Fixtures.as("admin")
                .get("/api/v1/audit?type=security&action=sign-in&since=" + Instant.now().minusSeconds(120))
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertTrue(events.stream().anyMatch(e -> ACCOUNT.equals(e.get("actor")) && "proconnect".equals(e.get("target"))),
                events.toString());
    }

    @Test
    void an_identity_without_an_account_is_refused_with_a_french_page_and_audited() {
        ProConnectProvider provider = ProConnectProvider.await();
        Start s = start();
        Response fromProvider = provider.signIn(s.authorizeUrl(), "paul.inconnu", ProConnectProvider.PAUL_PASSWORD);
        Response refused = back(s.browser(), fromProvider.header("Location"));
        assertEquals(403, refused.statusCode());
        assertTrue(s.browser().cookie(Sessions.COOKIE) == null, "no session");
        assertTrue(refused.asString().contains("Aucun compte Parlons-en n'est associé à cette identité"));
        assertEquals(302, s.browser().get("/gestion").statusCode(), "still a visitor");
        List<Map<String, Object>> events = Fixtures.as("admin")
                .get("/api/v1/audit?type=security&action=sign-in-failed&since=" + Instant.now().minusSeconds(120))
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertTrue(events.stream().anyMatch(e -> ProConnectProvider.PAUL.equals(e.get("actor"))
                && "proconnect".equals(e.get("target")) && "unknown".equals(e.get("outcome"))), events.toString());
    }

    @Test
    void a_callback_with_a_tampered_state_opens_no_session() {
        ProConnectProvider provider = ProConnectProvider.await();
        Start s = start();
        Response fromProvider = provider.signIn(s.authorizeUrl(), "marie.agent", ProConnectProvider.MARIE_PASSWORD);
        String callback = fromProvider.header("Location");
        String tampered = callback.replaceFirst("state=([^&]{4})", "state=XXXX");
        assertNotEquals(callback, tampered);
        Response r = s.browser().keep(s.browser().spec().urlEncodingEnabled(false).get(tampered));
        // refused, or sent back to the provider to start afresh (a new state): never signed in
        boolean restart = r.statusCode() == 302
                && r.header("Location").startsWith(ProConnectProvider.ISSUER + "/protocol/openid-connect/auth?")
                && !r.header("Location").contains("state=XXXX");
        assertTrue(r.statusCode() == 401 || r.statusCode() == 403 || r.statusCode() == 400 || restart,
                "refused: " + r.statusCode() + " " + r.header("Location"));
        assertTrue(s.browser().cookie(Sessions.COOKIE) == null, "no session");
        assertEquals(302, s.browser().get("/gestion").statusCode());
        // and a code seen by an attacker cannot be replayed from another browser (no state cookie there)
        PageSession other = PageSession.anonymous("/connexion");
        Response replay = other.keep(other.spec().urlEncodingEnabled(false).get(callback));
        assertTrue(other.cookie(Sessions.COOKIE) == null);
    }

    @Test
    void logout_ends_the_session_here_and_at_proconnect() {
        ProConnectProvider provider = ProConnectProvider.await();
        Start s = start();
        Response fromProvider = provider.signIn(s.authorizeUrl(), "marie.agent", ProConnectProvider.MARIE_PASSWORD);
        back(s.browser(), fromProvider.header("Location"));
        String cookie = s.browser().cookie(Sessions.COOKIE);
        assertEquals(200, s.browser().get("/gestion").statusCode());

        Response out = s.browser().post("/deconnexion", Map.of());
        assertEquals(303, out.statusCode());
        String logout = out.header("Location");
        assertTrue(logout.startsWith(ProConnectProvider.ISSUER + "/protocol/openid-connect/logout?"), logout);
        assertTrue(logout.contains("id_token_hint=") && logout.contains("state=")
                && logout.contains("post_logout_redirect_uri="), logout);
        assertEquals(302, given().redirects().follow(false).cookie(Sessions.COOKIE, cookie).get("/gestion")
                .statusCode(), "the old cookie opens nothing any more");

        Response atProvider = provider.get(logout);
        assertEquals(302, atProvider.statusCode(), "the provider ends its session without asking");
        assertTrue(atProvider.header("Location").startsWith("http://localhost:"), atProvider.header("Location"));
        // signed out at the provider too: a new sign-in shows its login form again
        Start again = start();
        Response form = provider.get(again.authorizeUrl());
        assertEquals(200, form.statusCode());
        assertTrue(form.asString().contains("login-actions/authenticate"));
    }
}
