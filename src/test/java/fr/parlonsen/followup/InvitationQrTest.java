package fr.parlonsen.followup;

import static fr.parlonsen.Fixtures.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.junit.jupiter.api.Test;

import fr.parlonsen.Fixtures;
import fr.parlonsen.PageSession;
import io.quarkus.test.junit.QuarkusTest;

/** The invitation letter carries the forum's feedback link and its QR code, which decodes to that link. */
@QuarkusTest
class InvitationQrTest {
    @Inject
    Fixtures fixtures;
    @Inject
    FeedbackService feedback;

    @Test
    void the_letter_prints_the_feedback_link_and_a_qr_code_that_decodes_to_it() throws Exception {
        fixtures.ensure();
        Map<String, Object> body = Map.of("title", "Forum de Vervins", "startsAt", "2009-04-20T18:30:00",
                "endsAt", "2009-04-20T21:00:00",
                "venue", Map.of("name", "Salle des fêtes", "address", "Place de la mairie", "communeCode", "02408",
                        "capacity", 120, "accessible", true),
                "catchment", Map.of("cantons", List.of("0209")), "facilitators", List.of("animateur-02"),
                "invitees", List.of(Map.of("name", "Mme la maire", "role", "elu", "organisation", "Mairie")));
        var forum = as("prefecture-02").contentType("application/json").body(body)
                .post("/api/v1/campaigns/2009/departments/02/forums").then().statusCode(201).extract().jsonPath();
        long id = forum.getLong("id");
        long invitee = forum.getLong("invitees[0].id");
        byte[] docx = PageSession.login("prefecture-02").get("/gestion/forums/" + id + "/invitations/" + invitee + ".docx")
                .then().statusCode(200).extract().asByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = doc.getParagraphs().stream().map(p -> p.getText()).reduce("", (a, b) -> a + "\n" + b);
            assertTrue(text.contains(feedback.url(id)), text);
            List<XWPFPictureData> pictures = doc.getAllPictures();
            assertFalse(pictures.isEmpty());
            assertEquals(feedback.url(id), FeedbackApiTest.decode(pictures.get(0).getData()));
        }
        byte[] pdf = PageSession.login("prefecture-02").get("/gestion/forums/" + id + "/invitations/" + invitee + ".pdf")
                .then().statusCode(200).extract().asByteArray();
        assertTrue(pdf.length > 1000 && new String(pdf, 0, 5).startsWith("%PDF"));
    }
}
