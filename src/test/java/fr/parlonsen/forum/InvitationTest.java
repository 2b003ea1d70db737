package fr.parlonsen.forum;

import static fr.parlonsen.Fixtures.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import fr.parlonsen.Fixtures;
import fr.parlonsen.forum.ForumForms.ForumView;
import fr.parlonsen.forum.ForumForms.InviteeView;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;

/**
 * Invitation letters: DOCX from the editable model and PDF, downloadable from the forum page; one mail per
 * invitee with an address when the forum is published (GreenMail), and invited_at recorded.
 */
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class InvitationTest {
    @Inject
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures.ensure();
    }

    @Test
    void publishing_mails_each_invitee_with_an_address_once_and_records_it() throws Exception {
        long campaign = Plans.newCampaign();
        Map<String, Object> body = Plans.forum("Forum de Ribemont", "2009-04-23", "0212");
        body.put("invitees", List.of(
                Map.of("name", "M. le Maire de Ribemont", "role", "elu", "email", "maire@ribemont.example"),
                Map.of("name", "Présidente du club", "role", "association", "email", "club@ribemont.example"),
                Map.of("name", "Sans adresse", "role", "autre")));
        long id = Plans.create("prefecture-02", campaign, body);
        int before = GreenMailResource.greenMail.getReceivedMessages().length;
        as("prefecture-02").post("/api/v1/forums/" + id + "/publish").then().statusCode(200);

        // sent once the publication is committed, without holding the request
        assertTrue(GreenMailResource.greenMail.waitForIncomingEmail(60_000, before + 2));
        MimeMessage[] received = GreenMailResource.greenMail.getReceivedMessages();
        List<MimeMessage> mine = Arrays.stream(received).skip(before).toList();
        assertEquals(2, mine.size());
        MimeMessage first = mine.stream().filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals("maire@ribemont.example");
            } catch (Exception e) {
                return false;
            }
        }).findFirst().orElseThrow();
        assertTrue(first.getSubject().contains("Forum de Ribemont"), first.getSubject());
        MimeMultipart parts = (MimeMultipart) first.getContent();
        assertEquals("invitation.pdf", parts.getBodyPart(1).getFileName());

        ForumView forum = as("prefecture-02").get("/api/v1/forums/" + id).then().extract().as(ForumView.class);
        for (int wait = 0; wait < 50 && forum.invitees().stream().filter(i -> i.invitedAt() != null).count() < 2; wait++) {
            Thread.sleep(200);
            forum = as("prefecture-02").get("/api/v1/forums/" + id).then().extract().as(ForumView.class);
        }
        for (InviteeView i : forum.invitees()) {
            if (i.email() == null) {
                assertNull(i.invitedAt());
            } else {
                assertNotNull(i.invitedAt(), i.name());
            }
        }
    }

    @Test
    void letters_download_as_docx_and_pdf_with_the_placeholders_filled() throws Exception {
        long campaign = Plans.newCampaign();
        long id = Plans.create("prefecture-02", campaign, Plans.forum("Forum de Marle", "2009-04-21", "0211"));
        ForumView forum = as("prefecture-02").get("/api/v1/forums/" + id).then().extract().as(ForumView.class);
        long invitee = forum.invitees().get(0).id();

        fr.parlonsen.PageSession session = fr.parlonsen.PageSession.login("prefecture-02");
        byte[] docx = session.spec()
                .get("/gestion/forums/" + id + "/invitations/" + invitee + ".docx").then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document").extract()
                .asByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            String t = text.getText();
            assertTrue(t.contains("Jean Maire"), t);
            assertTrue(t.contains("Forum de Marle"));
            assertTrue(t.contains("mardi 21 avril 2009"));
            assertTrue(t.contains("Préfecture de l'Aisne"));
            assertTrue(!t.contains("{{"), t);
        }
        byte[] pdf = session.spec()
                .get("/gestion/forums/" + id + "/invitations/" + invitee + ".pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        String pdfText = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertTrue(pdfText.contains("Forum de Marle"), pdfText);
        assertTrue(pdfText.contains("Jean Maire"));

        // the moderator may read the forum but not produce its letters
        fr.parlonsen.PageSession moderator = fr.parlonsen.PageSession.login("moderateur-02");
        moderator.spec()
                .get("/gestion/forums/" + id + "/invitations/" + invitee + ".pdf").then().statusCode(403);
        assertTrue(Files.size(Path.of("templates", "invitation-modele.docx")) > 0, "the editable model is committed");
    }
}
