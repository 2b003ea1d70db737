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
            assertEquals(DocxStyles.AUTHORITY, paragraphs.get(0).getStyle(), "the bloc-marque starts the body");
            assertEquals(String.join("\n", doc.cover().letterhead()), paragraphs.get(0).getText());
            assertTrue(paragraphs.stream().anyMatch(p -> DocxStyles.TITLE.equals(p.getStyle())
                    && p.getText().equals(doc.cover().title())), "cover title");
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

    /**
     * The contents: each entry links to a bookmark on its heading and ends with a PAGEREF field, which LibreOffice
     * computes when it lays the document out; read back from its PDF, every entry gives the page its heading is on.
     */
    @Test
    void theContentsGiveThePageOfEachHeadingAsLibreOfficePrintsIt() throws Exception {
        RequiredTools.require(Soffice.available(), "LibreOffice (soffice) is not installed");
        RequiredTools.require(PdfText.hasPdftotext(), "pdftotext (poppler-utils) is not installed");
        String xml = entry("word/document.xml");
        assertTrue(xml.contains("w:anchor=\"_Toc100000\"") && xml.contains("w:name=\"_Toc100000\""),
                "each entry links to a bookmark on its heading");
        assertTrue(xml.contains("PAGEREF _Toc100000 \\h"), "entries end with a page reference");
        assertTrue(entry("word/settings.xml").contains("updateFields"), "Word updates the field on opening");

        Path pdf = Soffice.toPdf(Samples.save("synthese-aisne-sommaire.docx", docx));
        String[] pages = PdfText.pdftotext(pdf).split("\f");
        List<String> titles = DocumentWalker.contents(doc);
        assertTrue(titles.size() >= 3, titles.toString());
        int checked = 0;
        for (String title : titles) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(title)
                    + "[ .\u2026\t]*(\\d+)\\s*$", java.util.regex.Pattern.MULTILINE).matcher(pages[1] + "\n" + pages[2]);
            assertTrue(m.find(), "entry with a page number for « " + title + " » in:\n" + pages[1]);
            int page = Integer.parseInt(m.group(1));
            assertTrue(page >= 2 && page <= pages.length, title + " → " + page);
            assertTrue(java.util.Arrays.stream(pages[page - 1].split("\n")).anyMatch(l -> l.strip().equals(title)),
                    "« " + title + " » is a heading of page " + page + ":\n" + pages[page - 1]);
            checked++;
        }
        assertEquals(titles.size(), checked);
    }

    private String entry(String name) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                if (e.getName().equals(name)) {
                    return new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " missing");
    }
}
