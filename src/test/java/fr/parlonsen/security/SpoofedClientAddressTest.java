package fr.parlonsen.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.parlonsen.Fixtures;
import fr.parlonsen.ForumFixtures;
import fr.parlonsen.question.QuestionSubmission;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * A robot varies X-Forwarded-For to look like many citizens, and reuses or skips the fill-time token. From an
 * untrusted peer the header is ignored; only the trusted proxy (127.0.0.2 in tests) may name the client.
 */
@QuarkusTest
class SpoofedClientAddressTest {
    @Inject
    Fixtures fixtures;
    @Inject
    ForumFixtures forums;
    @Inject
    RateLimiter limiter;
    @Inject
    FormTokens tokens;
    @TestHTTPResource("/")
    URL base;

    long forum;

    @BeforeEach
    void setUp() {
        fixtures.ensure();
        limiter.reset(QuestionSubmission.RATE_BUCKET);
        forum = forums.heldAisneForum();
    }

    String seasoned() {
        return tokens.issue(System.currentTimeMillis() - 10_000);
    }

    Response submit(String xff, String token, String text) {
        var spec = given().contentType("application/json").body("{\"text\":\"" + text + "\",\"token\":\"" + token + "\"}");
        if (xff != null) {
            spec = spec.header("X-Forwarded-For", xff);
        }
        return spec.post("/api/v1/public/forums/" + forum + "/questions");
    }

    @Test
    void a_spoofed_forwarded_for_from_an_untrusted_peer_counts_as_the_peer() {
        for (int i = 0; i < 5; i++) {
            submit("10." + i + ".1.1", seasoned(), "Question " + i).then().statusCode(202);
        }
        Response sixth = submit("10.99.1.1", seasoned(), "Une de trop");
        assertEquals(429, sixth.statusCode());
        assertTrue(Integer.parseInt(sixth.header("Retry-After")) > 0);
    }

    @Test
    void the_trusted_proxy_names_each_client_and_the_limit_is_per_client() throws IOException {
        for (int i = 0; i < 5; i++) {
            assertEquals(202, viaProxy("192.0.2.10", "Question " + i).status);
        }
        assertEquals(429, viaProxy("192.0.2.10", "Une de trop").status);
        assertEquals(202, viaProxy("192.0.2.11", "Un autre citoyen").status, "another client behind the proxy");
    }

    @Test
    void the_token_is_required_single_use_and_not_accepted_too_early() {
        submit(null, "", "Sans jeton").then().statusCode(422);
        given().contentType("application/json").body("{\"text\":\"Sans champ jeton\"}")
                .post("/api/v1/public/forums/" + forum + "/questions").then().statusCode(422);
        String token = seasoned();
        submit(null, token, "Première").then().statusCode(202);
        submit(null, token, "Seconde avec le même jeton").then().statusCode(422);
        Response issued = given().get("/api/v1/public/forums/" + forum + "/questions/token");
        issued.then().statusCode(200);
        assertTrue(issued.jsonPath().getString("notBefore") != null);
        submit(null, issued.jsonPath().getString("token"), "Trop vite").then().statusCode(422);
        submit(null, "123.abc.def", "Jeton forgé").then().statusCode(422);
        given().get("/api/v1/public/forums/999999/questions/token").then().statusCode(404);
    }

    @Test
    void an_idempotent_replay_still_returns_the_first_answer() {
        String key = UUID.randomUUID().toString();
        String body = "{\"text\":\"Rejouée\",\"token\":\"" + seasoned() + "\"}";
        Response first = given().header("Idempotency-Key", key).contentType("application/json").body(body)
                .post("/api/v1/public/forums/" + forum + "/questions");
        first.then().statusCode(202);
        Response again = given().header("Idempotency-Key", key).contentType("application/json").body(body)
                .post("/api/v1/public/forums/" + forum + "/questions");
        again.then().statusCode(202);
        assertEquals(first.jsonPath().getLong("id"), again.jsonPath().getLong("id"));
    }

    @Test
    void secure_cookies_only_when_a_trusted_proxy_says_tls() throws IOException {
        Raw direct = raw("127.0.0.1", "GET /connexion HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-Proto: https\r\n"
                + "Connection: close\r\n\r\n");
        assertTrue(direct.head.contains("parlonsen-csrf="), direct.head);
        assertFalse(direct.head.contains("; Secure"), "an untrusted peer's X-Forwarded-Proto is ignored");
        Raw proxied = raw("127.0.0.2", "GET /connexion HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-For: 192.0.2.20\r\n"
                + "X-Forwarded-Proto: https\r\nConnection: close\r\n\r\n");
        assertTrue(proxied.head.contains("parlonsen-csrf=") && proxied.head.contains("; Secure"), proxied.head);
    }

    record Raw(int status, String head) {
    }

    Raw viaProxy(String client, String text) throws IOException {
        String body = "{\"text\":\"" + text + "\",\"token\":\"" + seasoned() + "\"}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return raw("127.0.0.2", "POST /api/v1/public/forums/" + forum + "/questions HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nX-Forwarded-For: " + client + "\r\nContent-Length: " + bytes.length
                + "\r\nConnection: close\r\n\r\n" + body);
    }

    /** One HTTP/1.1 exchange from the given local address (any 127.x.y.z is this machine's loopback). */
    Raw raw(String from, String request) throws IOException {
        try (Socket s = new Socket(InetAddress.getByName("127.0.0.1"), base.getPort(), InetAddress.getByName(from), 0)) {
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int status = Integer.parseInt(text.substring(9, 12));
            int end = text.indexOf("\r\n\r\n");
            return new Raw(status, end < 0 ? text : text.substring(0, end));
        }
    }
}
