package fr.parlonsen.minutes;

import static fr.parlonsen.Fixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.inject.Inject;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.parlonsen.Fixtures;
import fr.parlonsen.ForumFixtures;
import fr.parlonsen.PageSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Importing minutes written in Word, OpenDocument or plain text; disguised and dangerous files refused in French,
 * and nothing already saved lost.
 */
@QuarkusTest
class MinutesImportTest {
    @Inject
    Fixtures fixtures;
    @Inject
    ForumFixtures forums;

    long forum;
    String page;
    PageSession session;

    @BeforeEach
    void setUp() {
        fixtures.ensure();
        forum = forums.heldAisneForum();
        page = "/gestion/forums/" + forum + "/compte-rendu";
        session = PageSession.login("animateur-02");
        assertEquals(303, session.post(page, Map.of("version", "0", "summary", "Déjà écrit à la main.",
                "weaknesses[0].text", "Un point faible déjà saisi")).statusCode());
    }

    Response upload(String name, byte[] content, String version) {
        return session.keep(session.spec().multiPart("_csrf", session.csrf()).multiPart("version", version)
                .multiPart("fichier", name, content, "application/octet-stream").post(page + "/import"));
    }

    JsonPath minutes() {
        return as("animateur-02").get("/api/v1/forums/" + forum + "/minutes").then().statusCode(200).extract()
                .jsonPath();
    }

    static byte[] docx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            para(doc, "Compte rendu du forum de Soissons", "Title");
            para(doc, "La réunion s'est tenue au théâtre municipal devant une salle comble.", null);
            para(doc, "Points forts", "Heading1");
            para(doc, "La présence des gendarmes dans les villages.", null);
            para(doc, "Le dispositif Voisins vigilants.", null);
            para(doc, "Points faibles", "Heading1");
            para(doc, "Les délais d'intervention la nuit.", null);
            para(doc, "Propositions", "Heading2");
            para(doc, "Développer la vidéoprotection en centre-ville.", null);
            para(doc, "Questions du public", "Heading1");
            para(doc, "Q : Pourquoi le commissariat ferme-t-il à 19 heures ?", null);
            para(doc, "R : Une permanence téléphonique est assurée.", null);
            para(doc, "Conclusion", "Heading1");
            para(doc, "Le préfet a remercié les participants.", null);
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void para(XWPFDocument doc, String text, String style) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        p.createRun().setText(text);
    }

    static byte[] odt() throws IOException {
        String content = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
                <office:body><office:text>
                <text:p>Forum tenu à Villers-Cotterêts.</text:p>
                <text:h text:outline-level="1">Points forts</text:h>
                <text:list><text:list-item><text:p>L'écoute des<text:s/>élus.</text:p></text:list-item></text:list>
                <text:h text:outline-level="1">Propositions</text:h>
                <text:p>Créer une réserve civile communale.</text:p>
                </office:text></office:body></office:document-content>
                """;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] mime = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry m = new ZipEntry("mimetype");
            m.setMethod(ZipEntry.STORED);
            m.setSize(mime.length);
            CRC32 crc = new CRC32();
            crc.update(mime);
            m.setCrc(crc.getValue());
            zip.putNextEntry(m);
            zip.write(mime);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void a_word_document_becomes_items_and_summary() throws IOException {
        Response r = upload("compte-rendu.docx", docx(), "1");
        assertEquals(303, r.statusCode(), r::asString);
        JsonPath m = minutes();
        assertEquals(2, m.getInt("version"));
        assertEquals(2, m.getList("strengths").size());
        assertEquals("La présence des gendarmes dans les villages.", m.getString("strengths[0].text"));
        assertEquals(2, m.getList("weaknesses").size(), "the imported weakness is added after the existing one");
        assertEquals("Un point faible déjà saisi", m.getString("weaknesses[0].text"));
        assertEquals("Développer la vidéoprotection en centre-ville.", m.getString("proposals[0].text"));
        assertEquals("modernisation.videoprotection", m.getString("proposals[0].topicSuggested"));
        assertEquals("Pourquoi le commissariat ferme-t-il à 19 heures ?", m.getString("questions[0].text"));
        assertEquals("Une permanence téléphonique est assurée.", m.getString("questions[0].answer"));
        String summary = m.getString("summary");
        assertTrue(summary.startsWith("Déjà écrit à la main."), summary);
        assertTrue(summary.contains("salle comble") && summary.contains("Conclusion")
                && summary.contains("remercié"), summary);
        as("animateur-02").get("/api/v1/forums/" + forum + "/minutes/audit").then().body("[0].action",
                equalTo("import"));
    }

    @Test
    void an_opendocument_text_and_a_plain_text_are_read_too() throws IOException {
        assertEquals(303, upload("compte-rendu.odt", odt(), "1").statusCode());
        JsonPath m = minutes();
        assertEquals("L'écoute des élus.", m.getString("strengths[0].text"));
        assertEquals("Créer une réserve civile communale.", m.getString("proposals[0].text"));
        assertTrue(m.getString("summary").contains("Villers-Cotterêts"));

        String text = """
                Forum de Château-Thierry, 12 mars 2009

                Une soixantaine de personnes étaient présentes.

                POINTS FAIBLES :
                - Manque d'effectifs la nuit
                - Éclairage public insuffisant près de la gare

                Questions
                Q : La gendarmerie va-t-elle fermer ?
                R : Non, elle est maintenue.
                """;
        assertEquals(303, upload("notes.txt", text.getBytes(StandardCharsets.UTF_8), "2").statusCode());
        m = minutes();
        assertEquals(3, m.getList("weaknesses").size());
        assertEquals("Manque d'effectifs la nuit", m.getString("weaknesses[1].text"));
        assertEquals("La gendarmerie va-t-elle fermer ?", m.getString("questions[0].text"));
        assertEquals("Non, elle est maintenue.", m.getString("questions[0].answer"));
        assertTrue(m.getString("summary").contains("Une soixantaine de personnes"));
    }

    @Test
    void a_disguised_executable_a_zip_bomb_and_oversized_files_are_refused_in_french_and_nothing_is_lost()
            throws IOException {
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[2] = (byte) 0x90;
        Response r = upload("compte-rendu.docx", exe, "1");
        assertEquals(415, r.statusCode());
        assertTrue(r.asString().contains("données binaires"), r::asString);
        assertTrue(r.asString().contains("<html lang=\"fr\""));

        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 60; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertTrue(bomb.size() < 200_000, "a real bomb: tiny compressed, " + bomb.size());
        r = upload("compte-rendu.docx", bomb.toByteArray(), "1");
        assertEquals(422, r.statusCode());
        assertTrue(r.asString().contains("Fichier compressé refusé"), r::asString);

        ByteArrayOutputStream notOffice = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(notOffice)) {
            zip.putNextEntry(new ZipEntry("photo.jpg"));
            zip.write(new byte[] { 1, 2, 3 });
            zip.closeEntry();
        }
        assertEquals(415, upload("compte-rendu.odt", notOffice.toByteArray(), "1").statusCode());
        assertEquals(415, upload("notes.txt", "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1), "1").statusCode());
        r = upload("notes.txt", new byte[6 * 1024 * 1024], "1");
        assertEquals(413, r.statusCode());
        assertEquals(415, upload("vieux.doc", new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0 }, "1")
                .statusCode());
        // a stale version is refused too
        assertEquals(412, upload("notes.txt", "Points forts\n- Bien".getBytes(StandardCharsets.UTF_8), "0")
                .statusCode());

        JsonPath m = minutes();
        assertEquals(1, m.getInt("version"));
        assertEquals("Déjà écrit à la main.", m.getString("summary"));
        assertEquals("Un point faible déjà saisi", m.getString("weaknesses[0].text"));
    }
}
