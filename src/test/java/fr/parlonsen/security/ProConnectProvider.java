package fr.parlonsen.security;

import static io.restassured.RestAssured.given;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;

import io.restassured.response.Response;

/**
 * The real OpenID provider of the tests: the Keycloak that deploy/test.sh starts in the background
 * (deploy/keycloak.sh, realm deploy/keycloak/proconnect-test-realm.json), played here like a browser would: its
 * login form filled in, its cookies kept. Waits for it (it starts slowly on 2 cores); without it, the tests skip,
 * except in CI where they fail.
 */
final class ProConnectProvider {
    static final String PORT = System.getenv().getOrDefault("PARLONSEN_TEST_KEYCLOAK_PORT", "9340");
    static final String ISSUER = "http://127.0.0.1:" + PORT + "/realms/proconnect";
    /** Agents of the test realm: their ProConnect e-mail and password. */
    static final String MARIE = "marie.agent@prefecture-test.proconnect.test";
    static final String MARIE_PASSWORD = "mot-de-passe-proconnect-marie";
    static final String PAUL = "paul.inconnu@prefecture-test.proconnect.test";
    static final String PAUL_PASSWORD = "mot-de-passe-proconnect-paul";
    private static final Pattern FORM_ACTION = Pattern.compile("action=\"([^\"]*login-actions/authenticate[^\"]*)\"");
    private static volatile boolean ready;

    /** The provider's browser cookies (its host differs from the application's: 127.0.0.1 against localhost). */
    final Map<String, String> cookies = new HashMap<>();

    private ProConnectProvider() {
    }

    /** Waits until the realm answers (up to 10 min when deploy/test.sh started it). */
    static ProConnectProvider await() {
        if (!ready) {
            boolean started = System.getenv("PARLONSEN_TEST_KEYCLOAK_PORT") != null;
            boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
            Instant limit = Instant.now().plus(started || ci ? Duration.ofMinutes(10) : Duration.ofSeconds(5));
            while (!answers()) {
                if (Instant.now().isAfter(limit)) {
                    String why = "Keycloak (ProConnect de test) ne répond pas sur " + ISSUER
                            + " : lancez les tests par deploy/test.sh";
                    if (ci) {
                        throw new AssertionError(why);
                    }
                    Assumptions.abort(why);
                }
                sleep();
            }
            ready = true;
        }
        return new ProConnectProvider();
    }

    private static boolean answers() {
        try {
            HttpResponse<Void> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(ISSUER + "/.well-known/openid-configuration")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GET on the provider, as the browser follows a redirect there (the URL as given, not re-encoded). */
    Response get(String url) {
        Response r = given().urlEncodingEnabled(false).redirects().follow(false).cookies(cookies).get(url);
        cookies.putAll(r.getCookies());
        return r;
    }

    /**
     * The agent signs in at the provider: {@code authorizeUrl} (where the application sent the browser) shows the
     * login form, which is posted with the agent's credentials. Returns the provider's answer: the redirect back to
     * the application, with code and state.
     */
    Response signIn(String authorizeUrl, String username, String password) {
        Response form = get(authorizeUrl);
        if (form.statusCode() != 200) {
            throw new AssertionError("formulaire de connexion du fournisseur : " + form.statusCode());
        }
        Matcher m = FORM_ACTION.matcher(form.asString());
        if (!m.find()) {
            throw new AssertionError("pas de formulaire de connexion dans la page du fournisseur");
        }
        String action = m.group(1).replace("&amp;", "&");
        Response r = given().urlEncodingEnabled(false).redirects().follow(false).cookies(cookies)
                .contentType("application/x-www-form-urlencoded").formParam("username", username)
                .formParam("password", password).formParam("credentialId", "").post(action);
        cookies.putAll(r.getCookies());
        return r;
    }
}
