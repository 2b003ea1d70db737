package fr.parlonsen.export;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.Random;

/**
 * The bundled fonts, embedded as subsets. Built anew for every PDF: OpenPDF draws the
 * subset prefix ("ABCDEF+DejaVuSans") from a random source, which is seeded here so that the
 * same document always gives the same bytes.
 */
final class PdfFonts {

    static final Color BLUE = new Color(0x00, 0x00, 0x91);
    static final Color GREY = new Color(0x55, 0x55, 0x55);

    final BaseFont regular;
    final BaseFont bold;
    final BaseFont oblique;

    final Font authority;
    final Font title;
    final Font subtitle;
    final Font heading1;
    final Font heading2;
    final Font body;
    final Font bodyBold;
    final Font weight;
    final Font source;
    final Font caption;
    final Font footer;

    PdfFonts() {
        regular = load(BundledFont.REGULAR);
        bold = load(BundledFont.BOLD);
        oblique = load(BundledFont.OBLIQUE);
        authority = new Font(bold, 13, Font.NORMAL, BLUE);
        title = new Font(bold, 24, Font.NORMAL, BLUE);
        subtitle = new Font(oblique, 14, Font.NORMAL, Color.BLACK);
        heading1 = new Font(bold, 16, Font.NORMAL, BLUE);
        heading2 = new Font(bold, 12.5f, Font.NORMAL, Color.BLACK);
        body = new Font(regular, 10.5f, Font.NORMAL, Color.BLACK);
        bodyBold = new Font(bold, 10.5f, Font.NORMAL, Color.BLACK);
        weight = new Font(oblique, 10.5f, Font.NORMAL, GREY);
        source = new Font(regular, 8.5f, Font.NORMAL, GREY);
        caption = new Font(oblique, 9, Font.NORMAL, GREY);
        footer = new Font(regular, 8, Font.NORMAL, GREY);
    }

    private static BaseFont load(BundledFont font) {
        try {
            BaseFont base = BaseFont.createFont(font.fileName(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    false, font.bytes(), null);
            base.setSecureRandom(new SeededRandom(font.fileName().hashCode()));
            // PDF/A-2 accepts no CIDSet, but not an incomplete one, and OpenPDF only lists the glyphs used.
            base.setIncludeCidSet(false);
            return base;
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot use font " + font.fileName(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Only used for subset prefixes, which need to be distinct, not secret. */
    private static final class SeededRandom extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final transient Random random;

        SeededRandom(long seed) {
            this.random = new Random(seed);
        }

        @Override
        public double nextDouble() {
            return random.nextDouble();
        }
    }
}
