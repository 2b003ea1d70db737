package fr.parlonsen.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The same model and writers serve the national synthesis: another authority, no map, no chart,
 * departmental annexes, and texts with characters that formats escape (&, <, quotes, line breaks).
 */
class NationalSynthesisTest {

    static SynthesisDocument national() {
        Cover cover = new Cover("Ministère de l'Intérieur", "Synthèse nationale : libertés & sécurité",
                Fixtures.CAMPAIGN, LocalDate.of(2009, 9, 1), "Projet <diffusion restreinte>");
        Item item = new Item("Généraliser les « cafés sécurité » & les réunions de quartier\u00A0: "
                + "100 départements l'ont proposé.", "62 départements",
                List.of("Aisne — proposition 3", "Nord — proposition 11"));
        Annex annex = new Annex("Annexe — Aisne", List.of(AnnexBlock.rows(AnnexBlock.row("Forums", "38")),
                AnnexBlock.paragraph("Première ligne.\nDeuxième ligne après un saut de ligne.")));
        return new SynthesisDocument(cover, List.of(new Figure("Départements ayant répondu", "100")), List.of(),
                Optional.empty(), List.of(new Section("Propositions",
                        List.of(new Subsection(Fixtures.THEME_SHARED, List.of(item))))), List.of(annex));
    }

    @Test
    void everyFormatWritesIt() throws Exception {
        SynthesisDocument doc = national();
        List<String> body = Fixtures.expectedBodyTexts(doc);

        byte[] pdf = new PdfWriter().write(doc);
        assertArrayEquals(pdf, new PdfWriter().write(national()));
        Path pdfFile = Samples.save("synthese-nationale.pdf", pdf);
        TextAssertions.assertContainsAll(PdfText.extract(pdfFile), Fixtures.expectedTexts(doc), "national PDF");
        TextAssertions.assertContainsAll(PdfText.extract(pdfFile), List.of("Première ligne.",
                "Deuxième ligne après un saut de ligne."), "national PDF");

        byte[] docx = new DocxWriter().write(doc);
        assertArrayEquals(docx, new DocxWriter().write(national()));
        byte[] odt = new OdtWriter().write(doc);
        assertArrayEquals(odt, new OdtWriter().write(national()));
        Path docxFile = Samples.save("synthese-nationale.docx", docx);
        Path odtFile = Samples.save("synthese-nationale.odt", odt);
        if (Soffice.available()) {
            TextAssertions.assertContainsAll(Soffice.toText(docxFile), body, "national DOCX via LibreOffice");
            TextAssertions.assertContainsAll(Soffice.toText(odtFile), body, "national ODT via LibreOffice");
        }
        String csv = new String(new CsvWriter().write(doc), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(csv.contains("Généraliser les « cafés sécurité » & les réunions"), csv);
    }
}
