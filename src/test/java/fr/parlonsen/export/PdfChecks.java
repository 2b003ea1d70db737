package fr.parlonsen.export;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** veraPDF checks usable from other packages' tests: PDF/A-2a and PDF/UA-1. */
public final class PdfChecks {

    private PdfChecks() {
    }

    public static synchronized void assertPdfAAndUa(byte[] pdf) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        PdfaValidationTest.assertValid(pdf, PDFAFlavour.PDFA_2_A);
        PdfaValidationTest.assertValid(pdf, PDFAFlavour.PDFUA_1);
    }
}
