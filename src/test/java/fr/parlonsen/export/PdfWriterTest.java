package fr.parlonsen.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfWriterTest {

    @Test
    void pdfContainsEveryItemAndSource() throws Exception {
        SynthesisDocument doc = Fixtures.aisne();
        byte[] pdf = new PdfWriter().write(doc);
        Path file = Samples.save("synthese-aisne.pdf", pdf);
        String text = PdfText.extract(file);
        TextAssertions.assertContainsAll(text, Fixtures.expectedTexts(doc), "PDF");
        TextAssertions.assertContainsAll(text, List.of("Page 2", "Chiffres clés", "Sources : "), "PDF");
        assertTrue(PdfText.pageCount(file) > 1);
        // the fallback used where poppler is not installed reads the same texts
        TextAssertions.assertContainsAll(PdfText.pdfbox(file), Fixtures.expectedTexts(doc), "PDF via PDFBox");
    }

    @Test
    void sameDocumentGivesSameBytes() {
        byte[] first = new PdfWriter().write(Fixtures.aisne());
        byte[] second = new PdfWriter().write(Fixtures.aisne());
        assertArrayEquals(first, second);
        assertEquals(Hashes.sha256(first), Hashes.sha256(second));
    }
}
