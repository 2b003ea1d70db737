package fr.parlonsen.export;

import java.util.List;

/**
 * The fonts embedded in the PDF. Marianne, the State's typeface, comes from the vendored DSFR (WOFF, turned back
 * into TrueType by {@link WoffFont}); DejaVu Sans ({@link BundledFont}) covers what Marianne lacks.
 */
final class PdfFontSet {

    static final String MARIANNE = "Marianne";
    private static final String DSFR_FONTS = "/META-INF/resources/dsfr/fonts/";

    /** One face: family, weight (400, 700), italic, TrueType bytes. */
    record Face(String family, int weight, boolean italic, byte[] ttf) {
    }

    private static final List<Face> FACES = load();

    private PdfFontSet() {
    }

    static List<Face> faces() {
        return FACES;
    }

    private static List<Face> load() {
        return List.of(
                new Face(MARIANNE, 400, false, WoffFont.resource(DSFR_FONTS + "Marianne-Regular.woff")),
                new Face(MARIANNE, 700, false, WoffFont.resource(DSFR_FONTS + "Marianne-Bold.woff")),
                new Face(MARIANNE, 400, true, WoffFont.resource(DSFR_FONTS + "Marianne-Regular_Italic.woff")),
                new Face(MARIANNE, 700, true, WoffFont.resource(DSFR_FONTS + "Marianne-Bold_Italic.woff")),
                new Face(BundledFont.FAMILY, 400, false, BundledFont.REGULAR.bytes()),
                new Face(BundledFont.FAMILY, 700, false, BundledFont.BOLD.bytes()),
                new Face(BundledFont.FAMILY, 400, true, BundledFont.OBLIQUE.bytes()));
    }
}
