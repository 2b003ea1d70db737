package fr.parlonsen.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Validates the PDF with veraPDF (the reference validator): PDF/A-2a (archive) and PDF/UA-1 (accessible). */
class PdfaValidationTest {

    @BeforeAll
    static void initialiseVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void aisneSynthesisIsPdfA2aAndPdfUa1() throws Exception {
        byte[] pdf = new PdfWriter().write(Fixtures.aisne());
        Samples.save("synthese-aisne-verapdf.pdf", pdf);
        assertValid(pdf, PDFAFlavour.PDFA_2_A);
        assertValid(pdf, PDFAFlavour.PDFUA_1);
    }

    @Test
    void nationalSynthesisWithEscapedMetadataIsPdfA2aAndPdfUa1() throws Exception {
        byte[] pdf = new PdfWriter().write(NationalSynthesisTest.national());
        assertValid(pdf, PDFAFlavour.PDFA_2_A);
        assertValid(pdf, PDFAFlavour.PDFUA_1);
    }

    @Test
    void largeSynthesisIsPdfA2aAndPdfUa1() throws Exception {
        byte[] pdf = new PdfWriter().write(Fixtures.synthetic(120, 8));
        assertValid(pdf, PDFAFlavour.PDFA_2_A);
        assertValid(pdf, PDFAFlavour.PDFUA_1);
    }

    static void assertValid(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance()
                        .createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " "
                            + a.getMessage() + " @ " + a.getLocation().getContext())
                    .distinct()
                    .limit(20)
                    .collect(Collectors.toList());
            assertTrue(result.isCompliant(), flavour + " failures: " + String.join("\n", failures));
        }
    }
}
