package fr.parlonsen.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** PDF look of a synthesis: A4, DejaVu Sans, blue headings, bookmarks for every heading. */
final class PdfLayout implements DocumentLayout {

    private static final Color TABLE_HEADER = new Color(0xEE, 0xEE, 0xF8);
    private static final Color TABLE_BORDER = new Color(0xBB, 0xBB, 0xBB);

    /** Room kept under a heading for what follows it, so that a heading never ends a page. */
    private static final float KEEP_WITH_NEXT = 70;

    private final Document document;
    private final com.lowagie.text.pdf.PdfWriter writer;
    private final PdfFonts fonts;
    private final PdfOutline root;
    private PdfOutline currentLevel1;
    private int anchors;

    PdfLayout(Document document, com.lowagie.text.pdf.PdfWriter writer, PdfFonts fonts) {
        this.document = document;
        this.writer = writer;
        this.fonts = fonts;
        this.root = writer.getRootOutline();
    }

    @Override
    public void cover(Cover cover) {
        add(paragraph(cover.authority(), fonts.authority, 0, 150));
        add(paragraph(cover.title(), fonts.title, 0, 18));
        add(paragraph(cover.campaign(), fonts.subtitle, 0, 60));
        add(paragraph(FrenchText.date(cover.date()), fonts.body, 0, 4));
        add(paragraph(cover.versionLabel(), fonts.body, 0, 0));
        document.newPage();
    }

    @Override
    public void heading(int level, String text) {
        keepRoomFor(KEEP_WITH_NEXT);
        String anchor = "h" + (++anchors);
        Chunk chunk = new Chunk(text, level == 1 ? fonts.heading1 : fonts.heading2);
        chunk.setLocalDestination(anchor);
        Paragraph heading = new Paragraph(chunk);
        heading.setSpacingBefore(level == 1 ? 14 : 10);
        heading.setSpacingAfter(level == 1 ? 8 : 5);
        heading.setKeepTogether(true);
        add(heading);
        PdfOutline parent = level == 1 || currentLevel1 == null ? root : currentLevel1;
        PdfOutline outline = new PdfOutline(parent, PdfAction.gotoLocalPage(anchor, false), text, false);
        if (level == 1) {
            currentLevel1 = outline;
        }
    }

    @Override
    public void figures(List<Figure> figures) {
        PdfPTable table = table(new float[] {70, 30});
        table.addCell(cell(FrenchText.INDICATOR, fonts.bodyBold, TABLE_HEADER));
        table.addCell(cell(FrenchText.VALUE, fonts.bodyBold, TABLE_HEADER));
        table.setHeaderRows(1);
        for (Figure figure : figures) {
            table.addCell(cell(figure.label(), fonts.body, null));
            PdfPCell value = cell(figure.value(), fonts.bodyBold, null);
            value.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(value);
        }
        add(table);
    }

    @Override
    public void picture(String title, PngImage png, String altText) {
        keepRoomFor(png.printHeightPt() + 60);
        heading(2, title);
        try {
            Image image = Image.getInstance(png.bytes());
            image.scaleAbsolute(png.printWidthPt(), png.printHeightPt());
            image.setAlignment(Image.MIDDLE);
            image.setAlt(altText);
            add(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        add(paragraph(altText, fonts.caption, 2, 10));
    }

    @Override
    public void items(List<Item> items) {
        for (Item item : items) {
            Paragraph line = new Paragraph();
            line.setFont(fonts.body);
            line.setIndentationLeft(14);
            line.setFirstLineIndent(-10);
            line.setSpacingBefore(3);
            line.add(new Chunk("•  ", fonts.body));
            line.add(new Chunk(item.text(), fonts.body));
            String weight = FrenchText.weightSuffix(item);
            if (!weight.isEmpty()) {
                line.add(new Chunk(weight, fonts.weight));
            }
            add(line);
            String sources = FrenchText.sources(item);
            if (!sources.isEmpty()) {
                Paragraph source = paragraph(sources, fonts.source, 1, 0);
                source.setIndentationLeft(14);
                add(source);
            }
        }
    }

    @Override
    public void startAnnex(String title) {
        document.newPage();
        heading(1, title);
    }

    @Override
    public void paragraph(String text) {
        add(paragraph(text, fonts.body, 0, 5));
    }

    @Override
    public void rows(List<AnnexBlock.KeyValue> rows) {
        PdfPTable table = table(new float[] {35, 65});
        for (AnnexBlock.KeyValue row : rows) {
            table.addCell(cell(row.key(), fonts.bodyBold, TABLE_HEADER));
            table.addCell(cell(row.value(), fonts.body, null));
        }
        add(table);
    }

    private void keepRoomFor(float height) {
        if (writer.getVerticalPosition(false) - document.bottom() < height) {
            document.newPage();
        }
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        return table;
    }

    private static PdfPCell cell(String text, Font font, Color background) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(4);
        cell.setBorderColor(TABLE_BORDER);
        if (background != null) {
            cell.setBackgroundColor(background);
        }
        return cell;
    }

    private static Paragraph paragraph(String text, Font font, float before, float after) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setSpacingBefore(before);
        paragraph.setSpacingAfter(after);
        return paragraph;
    }

    private void add(Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot lay out the PDF", e);
        }
    }
}
