package fr.parlonsen.export;

import fr.parlonsen.RequiredTools;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.odftoolkit.odfdom.incubator.doc.text.OdfEditableTextExtractor;

class OdtWriterTest {

    private final SynthesisDocument doc = Fixtures.aisne();
    private final byte[] odt = new OdtWriter().write(doc);

    @Test
    void odfdomReadsBackEveryText() throws Exception {
        OdfTextDocument read = OdfTextDocument.loadDocument(new ByteArrayInputStream(odt));
        try {
            String text = OdfEditableTextExtractor.newOdfEditableTextExtractor(read).getText();
            TextAssertions.assertContainsAll(text, Fixtures.expectedBodyTexts(doc), "ODT");
            assertEquals(doc.cover().title(), read.getOfficeMetadata().getTitle());
            assertEquals(doc.cover().authority(), read.getOfficeMetadata().getCreator());
            String content = read.getContentDom().toString();
            assertTrue(content.contains("text:list"), "items as a list");
            assertTrue(content.contains("Pictures/illustration-2.png"), "chart and map pictures");
            assertTrue(content.contains(doc.map().orElseThrow().altText()), "map alt text");
            assertTrue(read.getStylesDom().toString().contains("Préfecture de l'Aisne"), "page header");
        } finally {
            read.close();
        }
    }

    @Test
    void packageIsValidAndDeterministic() throws Exception {
        byte[] again = new OdtWriter().write(Fixtures.aisne());
        assertArrayEquals(odt, again);
        assertEquals(Hashes.sha256(odt), Hashes.sha256(again));
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(odt))) {
            ZipEntry first = zip.getNextEntry();
            assertEquals("mimetype", first.getName());
            assertEquals(ZipEntry.STORED, first.getMethod());
            assertEquals("application/vnd.oasis.opendocument.text",
                    new String(zip.readAllBytes(), StandardCharsets.US_ASCII));
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                assertEquals(doc.cover().date().atStartOfDay(), e.getTimeLocal(), e.getName());
                if (e.getName().equals("meta.xml")) {
                    String meta = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                    assertTrue(meta.contains("2009-06-15T00:00:00"), meta);
                    assertTrue(!meta.contains("License"), "odfdom's sample licence field removed");
                }
            }
        }
    }

    @Test
    void libreOfficeReadsEveryText() throws Exception {
        RequiredTools.require(Soffice.available(), "LibreOffice (soffice) is not installed");
        Path file = Samples.save("synthese-aisne.odt", odt);
        TextAssertions.assertContainsAll(Soffice.toText(file), Fixtures.expectedBodyTexts(doc), "ODT via LibreOffice");
    }
}
