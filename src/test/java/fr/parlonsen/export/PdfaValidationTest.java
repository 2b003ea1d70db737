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

/** Validates the PDF against the PDF/A-2b profile with veraPDF (the reference validator). */
class PdfaValidationTest {

    @BeforeAll
    static void initialiseVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void aisneSynthesisIsPdfA2b() throws Exception {
        assertPdfA2b(new PdfWriter().write(Fixtures.aisne()));
    }

    @Test
    void nationalSynthesisWithEscapedMetadataIsPdfA2b() throws Exception {
        assertPdfA2b(new PdfWriter().write(NationalSynthesisTest.national()));
    }

    @Test
    void largeSynthesisIsPdfA2b() throws Exception {
        assertPdfA2b(new PdfWriter().write(Fixtures.synthetic(120, 8)));
    }

    private static void assertPdfA2b(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance()
                        .createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " "
                            + a.getMessage() + " @ " + a.getLocation().getContext())
                    .distinct()
                    .limit(20)
                    .collect(Collectors.toList());
            assertTrue(result.isCompliant(), "PDF/A-2b failures: " + String.join("\n", failures));
        }
    }
}
