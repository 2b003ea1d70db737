package fr.parlonsen.export;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes a synthesis as an A4 PDF: the document walked into XHTML ({@link HtmlLayout}), rendered by
 * openhtmltopdf as a tagged PDF (PDF/UA-1: structure tree, alternative texts, reading order, language) that is
 * also PDF/A-2a, with Marianne embedded. Fixed dates and identifier ({@link PdfArchiveMetadata}) so that the
 * same document gives the same bytes.
 */
public final class PdfWriter implements DocumentWriter {

    private static final String CSS = stylesheet();
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    @Override
    public byte[] write(SynthesisDocument doc) {
        HtmlLayout html = new HtmlLayout();
        new DocumentWalker().walk(doc, html);
        return render(html.page(doc.cover(), CSS), doc.cover(), DocumentWalker.contents(doc));
    }

    /** The XHTML the PDF is rendered from (for tests and for a look by hand). */
    public String xhtml(SynthesisDocument doc) {
        HtmlLayout html = new HtmlLayout();
        new DocumentWalker().walk(doc, html);
        return html.page(doc.cover(), CSS);
    }

    private static byte[] render(String xhtml, Cover cover, java.util.List<String> contents) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_A);
        builder.useColorProfile(SRGB);
        builder.withProducer(PdfArchiveMetadata.PRODUCER);
        for (PdfFontSet.Face face : PdfFontSet.faces()) {
            byte[] ttf = face.ttf();
            builder.useFont(() -> new ByteArrayInputStream(ttf), face.family(), face.weight(),
                    face.italic() ? FontStyle.ITALIC : FontStyle.NORMAL, true);
        }
        builder.withHtmlContent(xhtml, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            renderer.createPDFWithoutClosing();
            PdfArchiveMetadata.apply(renderer.getPdfDocument(), cover, contents, xhtml);
            renderer.getPdfDocument().save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Override
    public String mediaType() {
        return "application/pdf";
    }

    @Override
    public String extension() {
        return "pdf";
    }

    private static String stylesheet() {
        try (InputStream in = PdfWriter.class.getResourceAsStream("/export/synthese.css")) {
            if (in == null) {
                throw new IllegalStateException("missing /export/synthese.css");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
