package fr.parlonsen.followup;

import static fr.parlonsen.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import fr.parlonsen.Fixtures;
import fr.parlonsen.forum.ForumStatus;
import fr.parlonsen.security.RateLimiter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The anonymous evaluation of a forum: open window, abuse controls, masked comments, the QR code. */
@QuarkusTest
class FeedbackApiTest {
    @Inject
    Fixtures fixtures;
    @Inject
    FollowupFixtures forums;
    @Inject
    RateLimiter limiter;
    @Inject
    FeedbackService feedback;

    long forum;

    @BeforeEach
    void setUp() {
        fixtures.ensure();
        limiter.reset(FeedbackService.RATE_BUCKET);
        forum = forums.forumHeldNow("02");
    }

    static Map<String, Object> answer() {
        Map<String, Object> b = new HashMap<>();
        b.put("satisfaction", 4);
        b.put("listened", true);
        b.put("answered", false);
        b.put("wouldReturn", true);
        return b;
    }

    Response post(Map<String, Object> body, String device) {
        var r = given().contentType("application/json").body(body);
        if (device != null) {
            r = r.cookie(FeedbackService.DEVICE_COOKIE, device);
        }
        return r.post("/api/v1/public/forums/" + forum + "/feedback");
    }

    static String device() {
        return "dev" + System.nanoTime() + "abcdefghij";
    }

    @Test
    void the_form_is_open_from_the_start_until_30_days_after() {
        given().get("/api/v1/public/forums/" + forum + "/feedback").then().statusCode(200)
                .body("open", equalTo(true)).body("questions.name", hasItem("satisfaction"))
                .body("token", notNullValue()).body("url", equalTo(feedback.url(forum)));
        long old = forums.forum("02", LocalDateTime.of(2009, 4, 2, 18, 30), ForumStatus.HELD);
        given().get("/api/v1/public/forums/" + old + "/feedback").then().statusCode(200).body("open", equalTo(false));
        given().contentType("application/json").body(answer()).post("/api/v1/public/forums/" + old + "/feedback")
                .then().statusCode(409).contentType(containsString("application/problem+json"));
        long later = forums.forum("02", LocalDateTime.now().plusDays(3), ForumStatus.PUBLISHED);
        given().contentType("application/json").body(answer()).post("/api/v1/public/forums/" + later + "/feedback")
                .then().statusCode(409);
        long draft = forums.forum("02", LocalDateTime.now().minusHours(1), ForumStatus.DRAFT);
        given().get("/api/v1/public/forums/" + draft + "/feedback").then().statusCode(404);
    }

    @Test
    void one_answer_per_device_and_the_comment_masked() {
        String device = device();
        Map<String, Object> b = answer();
        b.put("comment", "Merci à M. Martin, joignable au 06 11 22 33 44, pour ses réponses.");
        post(b, device).then().statusCode(202).body("status", equalTo("received"));
        post(answer(), device).then().statusCode(409).contentType(containsString("application/problem+json"));
        Feedback saved = Feedback.find("forumId", forum).firstResult();
        assertEquals("Merci à M. [nom masqué], joignable au [téléphone masqué], pour ses réponses.",
                saved.commentMasked);
        assertEquals(2, saved.maskedCount);
        // a client without the cookie gets one
        String cookie = post(answer(), null).then().statusCode(202).extract().cookie(FeedbackService.DEVICE_COOKIE);
        assertTrue(cookie != null && cookie.length() >= 16);
        String results = fr.parlonsen.PageSession.login("prefecture-02").get("/gestion/forums/" + forum + "/avis").then().statusCode(200)
                .extract().asString();
        assertTrue(results.contains("[nom masqué]") && !results.contains("Martin"), results);
    }

    @Test
    void bad_answers_are_422_with_every_field() {
        post(Map.of("satisfaction", 9), device()).then().statusCode(422)
                .body("violations.field", hasItem("satisfaction")).body("violations.field", hasItem("listened"))
                .body("violations.field", hasItem("answered")).body("violations.field", hasItem("wouldReturn"));
        given().contentType("application/json").body("[1,2").post("/api/v1/public/forums/" + forum + "/feedback")
                .then().statusCode(400);
    }

    @Test
    void the_honeypot_the_fill_time_and_a_replayed_form_are_refused() throws Exception {
        Map<String, Object> bot = answer();
        bot.put("website", "http://spam.example");
        post(bot, device()).then().statusCode(400);

        String token = given().get("/api/v1/public/forums/" + forum + "/feedback").then().extract().path("token");
        Map<String, Object> fast = answer();
        fast.put("token", token);
        post(fast, device()).then().statusCode(422).body("violations.field", hasItem("token"));
        Map<String, Object> forged = answer();
        forged.put("token", "123.abc");
        post(forged, device()).then().statusCode(422);

        Thread.sleep(3_100);
        post(fast, device()).then().statusCode(202);
        // the same form sent again, even from another device
        post(fast, device()).then().statusCode(422).body("violations.field", hasItem("token"));
    }

    @Test
    void a_flood_from_one_address_gets_429() {
        for (int i = 0; i < 5; i++) {
            post(answer(), device()).then().statusCode(202);
        }
        post(answer(), device()).then().statusCode(429).header("Retry-After", notNullValue())
                .contentType(containsString("application/problem+json"));
    }

    @Test
    void the_qr_code_decodes_to_the_forum_feedback_link() throws Exception {
        byte[] png = as("animateur-02").get("/api/v1/forums/" + forum + "/feedback/qr.png").then().statusCode(200)
                .contentType("image/png").extract().asByteArray();
        assertEquals(feedback.url(forum), decode(png));
        assertTrue(feedback.url(forum).endsWith("/avis/" + forum));
        String svg = as("prefecture-02").get("/api/v1/forums/" + forum + "/feedback/qr.svg").then().statusCode(200)
                .contentType(containsString("image/svg+xml")).extract().asString();
        assertTrue(svg.startsWith("<svg") && svg.contains("<title"), svg);
        // the short link serves the form
        String page = given().redirects().follow(false).get("/avis/" + forum).then().statusCode(200).extract().asString();
        assertTrue(page.contains("Votre avis sur le forum"), page);
        assertFalse(page.contains("Le questionnaire n'est pas ouvert"));
    }

    static String decode(byte[] png) throws Exception {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(img.getWidth(), img.getHeight(), pixels)))).getText();
    }
}
