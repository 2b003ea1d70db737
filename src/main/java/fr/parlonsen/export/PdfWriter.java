package fr.parlonsen.export;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import java.io.ByteArrayOutputStream;

/**
 * Writes a synthesis as an A4 PDF with OpenPDF: fonts embedded, outline (bookmarks), "Page N"
 * footers, fixed metadata and identifier so that the same document gives the same bytes, and the
 * PDF/A-2b requirements met as far as OpenPDF allows (see {@link PdfArchiveMetadata}).
 */
public final class PdfWriter implements DocumentWriter {

    private static final float MARGIN = 62;
    private static final float BOTTOM_MARGIN = 72;

    @Override
    public byte[] write(SynthesisDocument doc) {
        PdfFonts fonts = new PdfFonts();
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, BOTTOM_MARGIN);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        com.lowagie.text.pdf.PdfWriter writer = com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
        writer.setPdfVersion(com.lowagie.text.pdf.PdfWriter.VERSION_1_7);
        writer.setStrictImageSequence(true);
        writer.setPageEvent(new Footer(fonts, doc.cover()));
        document.open();
        new PdfArchiveMetadata(doc.cover()).apply(writer);
        new DocumentWalker().walk(doc, new PdfLayout(document, writer, fonts));
        document.close();
        return PdfFileId.stabilise(out.toByteArray());
    }

    @Override
    public String mediaType() {
        return "application/pdf";
    }

    @Override
    public String extension() {
        return "pdf";
    }

    /** Authority and title on the left, "Page N" on the right, on every page but the cover. */
    private static final class Footer extends PdfPageEventHelper {
        private final PdfFonts fonts;
        private final String left;

        Footer(PdfFonts fonts, Cover cover) {
            this.fonts = fonts;
            this.left = cover.authority() + " — " + cover.title();
        }

        @Override
        public void onEndPage(com.lowagie.text.pdf.PdfWriter writer, Document document) {
            int page = writer.getPageNumber();
            if (page == 1) {
                return;
            }
            PdfContentByte canvas = writer.getDirectContent();
            float y = document.bottom() - 30;
            float room = document.right() - document.left() - 80;
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                    new Phrase(fitting(left, room), fonts.footer), document.left(), y, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
                    new Phrase(FrenchText.PAGE_PREFIX + page, fonts.footer), document.right(), y, 0);
        }

        private String fitting(String text, float width) {
            float size = fonts.footer.getSize();
            if (fonts.regular.getWidthPoint(text, size) <= width) {
                return text;
            }
            String cut = text;
            while (!cut.isEmpty() && fonts.regular.getWidthPoint(cut + "…", size) > width) {
                cut = cut.substring(0, cut.length() - 1);
            }
            return cut.strip() + "…";
        }
    }
}
