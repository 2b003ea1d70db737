package fr.parlonsen.export;

import fr.parlonsen.RequiredTools;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

class DocxWriterTest {

    private final SynthesisDocument doc = Fixtures.aisne();
    private final byte[] docx = new DocxWriter().write(doc);

    @Test
    void poiReadsBackEveryText() throws Exception {
        try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(read)) {
            TextAssertions.assertContainsAll(extractor.getText(), Fixtures.expectedTexts(doc), "DOCX");
        }
    }

    @Test
    void letterheadPlaceholdersAreFilled() throws Exception {
        try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String header = read.getHeaderList().stream().map(XWPFHeader::getText).reduce("", String::concat);
            String footer = read.getFooterList().stream().map(XWPFFooter::getText).reduce("", String::concat);
            assertTrue(header.contains("Préfecture de l'Aisne"), header);
            assertTrue(footer.contains(doc.cover().title()), footer);
            assertFalse((header + footer).contains("{{"), header + footer);
        }
    }

    @Test
    void usesTheModelStylesPicturesAndPageBreaks() throws Exception {
        try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<XWPFParagraph> paragraphs = read.getParagraphs();
            assertEquals(DocxStyles.TITLE, paragraphs.get(0).getStyle(), "cover starts the body");
            assertEquals(doc.cover().title(), paragraphs.get(0).getText());
            assertTrue(paragraphs.stream().anyMatch(p -> DocxStyles.HEADING1.equals(p.getStyle())
                    && p.getText().equals("Points forts")));
            assertEquals(doc.itemCount(), paragraphs.stream()
                    .filter(p -> DocxStyles.LIST_BULLET.equals(p.getStyle())).count());
            assertTrue(paragraphs.stream().anyMatch(p -> DocxStyles.SOURCE.equals(p.getStyle())
                    && p.getText().equals("Sources : Forum 12 (Laon) — point 4 ; Forum 17 (Vervins) — point 2 ; Question 87")));
            for (Annex annex : doc.annexes()) {
                assertTrue(paragraphs.stream().anyMatch(p -> p.getText().equals(annex.title()) && p.isPageBreak()),
                        "page break before " + annex.title());
            }
            assertEquals(doc.charts().size() + 1, read.getAllPictures().size());
            String xml = read.getDocument().xmlText();
            assertTrue(xml.contains("descr=\"" + doc.charts().get(0).altText() + "\""), "chart alt text");
        }
    }

    @Test
    void sameDocumentGivesSameBytesAndFixedDates() throws Exception {
        byte[] again = new DocxWriter().write(Fixtures.aisne());
        assertArrayEquals(docx, again);
        assertEquals(Hashes.sha256(docx), Hashes.sha256(again));
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                assertEquals(doc.cover().date().atStartOfDay(), e.getTimeLocal(), e.getName());
                if (e.getName().equals("docProps/core.xml")) {
                    String core = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    assertTrue(core.contains("2009-06-15T00:00:00Z"), core);
                }
            }
        }
    }

    @Test
    void modelCanComeFromAStream() throws Exception {
        try (var in = Files.newInputStream(DocxWriter.DEFAULT_TEMPLATE)) {
            assertArrayEquals(docx, new DocxWriter(in).write(doc));
        }
    }

    @Test
    void libreOfficeReadsEveryText() throws Exception {
        RequiredTools.require(Soffice.available(), "LibreOffice (soffice) is not installed");
        Path file = Samples.save("synthese-aisne.docx", docx);
        TextAssertions.assertContainsAll(Soffice.toText(file), Fixtures.expectedBodyTexts(doc), "DOCX via LibreOffice");
    }
}
