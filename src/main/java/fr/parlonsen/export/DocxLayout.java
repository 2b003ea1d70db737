package fr.parlonsen.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;

/** DOCX look of a synthesis: everything comes from the styles of the model file. */
final class DocxLayout implements DocumentLayout {

    /** Text width of an A4 page with 2 cm margins, when the model does not say. */
    private static final long DEFAULT_TEXT_WIDTH_TWIPS = 9638;

    private final XWPFDocument docx;
    private final long textWidth;
    private int pictures;

    DocxLayout(XWPFDocument docx) {
        this.docx = docx;
        this.textWidth = textWidth(docx);
    }

    /** The authority is already in the model's letterhead, on every page including this one. */
    @Override
    public void cover(Cover cover) {
        paragraph(DocxStyles.TITLE, cover.title());
        paragraph(DocxStyles.SUBTITLE, cover.campaign());
        paragraph(DocxStyles.NORMAL, FrenchText.date(cover.date()));
        XWPFParagraph version = paragraph(DocxStyles.NORMAL, cover.versionLabel());
        version.createRun().addBreak(BreakType.PAGE);
    }

    @Override
    public void heading(int level, String text) {
        paragraph(level == 1 ? DocxStyles.HEADING1 : DocxStyles.HEADING2, text);
    }

    @Override
    public void figures(List<Figure> figures) {
        XWPFTable table = table(figures.size() + 1, 70);
        fill(table.getRow(0).getCell(0), FrenchText.INDICATOR, true);
        fill(table.getRow(0).getCell(1), FrenchText.VALUE, true);
        table.getRow(0).setRepeatHeader(true);
        for (int i = 0; i < figures.size(); i++) {
            fill(table.getRow(i + 1).getCell(0), figures.get(i).label(), false);
            fill(table.getRow(i + 1).getCell(1), figures.get(i).value(), true)
                    .setAlignment(ParagraphAlignment.RIGHT);
        }
    }

    @Override
    public void picture(String title, PngImage png, String altText) {
        heading(2, title);
        XWPFParagraph paragraph = docx.createParagraph();
        paragraph.setStyle(DocxStyles.NORMAL);
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setKeepNext(true);
        XWPFRun run = paragraph.createRun();
        pictures++;
        try {
            run.addPicture(new ByteArrayInputStream(png.bytes()), Document.PICTURE_TYPE_PNG,
                    "illustration-" + pictures + ".png",
                    Units.toEMU(png.printWidthPt()), Units.toEMU(png.printHeightPt()));
        } catch (InvalidFormatException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CTInline inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
        inline.getDocPr().setDescr(altText);
        inline.getDocPr().setTitle(title);
        paragraph(DocxStyles.CAPTION, altText);
    }

    @Override
    public void items(List<Item> items) {
        for (Item item : items) {
            XWPFParagraph line = paragraph(DocxStyles.LIST_BULLET, item.text());
            String weight = FrenchText.weightSuffix(item);
            if (!weight.isEmpty()) {
                XWPFRun run = line.createRun();
                run.setItalic(true);
                run.setText(weight);
            }
            String sources = FrenchText.sources(item);
            if (!sources.isEmpty()) {
                paragraph(DocxStyles.SOURCE, sources);
            }
        }
    }

    @Override
    public void startAnnex(String title) {
        paragraph(DocxStyles.HEADING1, title).setPageBreak(true);
    }

    @Override
    public void paragraph(String text) {
        paragraph(DocxStyles.NORMAL, text);
    }

    @Override
    public void rows(List<AnnexBlock.KeyValue> rows) {
        XWPFTable table = table(rows.size(), 35);
        for (int i = 0; i < rows.size(); i++) {
            fill(table.getRow(i).getCell(0), rows.get(i).key(), true);
            fill(table.getRow(i).getCell(1), rows.get(i).value(), false);
        }
    }

    private XWPFTable table(int rowCount, int firstColumnPercent) {
        XWPFTable table = docx.createTable(rowCount, 2);
        table.setStyleID(DocxStyles.TABLE);
        if (table.getCTTbl().getTblPr().isSetTblBorders()) {
            table.getCTTbl().getTblPr().unsetTblBorders(); // POI's black borders would hide the model's
        }
        long first = textWidth * firstColumnPercent / 100;
        long[] widths = {first, textWidth - first};
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null
                ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (long width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        table.setWidth(Long.toString(textWidth));
        for (int i = 0; i < rowCount; i++) {
            for (int c = 0; c < 2; c++) {
                table.getRow(i).getCell(c).setWidth(Long.toString(widths[c]));
            }
        }
        // a paragraph after each table keeps two tables from merging in Word
        docx.createParagraph().setStyle(DocxStyles.NORMAL);
        return table;
    }

    private static long textWidth(XWPFDocument docx) {
        CTSectPr section = docx.getDocument().getBody().getSectPr();
        if (section == null || section.getPgSz() == null || section.getPgMar() == null) {
            return DEFAULT_TEXT_WIDTH_TWIPS;
        }
        // Word writes twips; other measures ("2cm") are rare enough to fall back to A4
        if (section.getPgSz().getW() instanceof BigInteger page
                && section.getPgMar().getLeft() instanceof BigInteger left
                && section.getPgMar().getRight() instanceof BigInteger right) {
            long width = page.longValue() - left.longValue() - right.longValue();
            return width > 0 ? width : DEFAULT_TEXT_WIDTH_TWIPS;
        }
        return DEFAULT_TEXT_WIDTH_TWIPS;
    }

    private static XWPFParagraph fill(XWPFTableCell cell, String text, boolean bold) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        paragraph.setStyle(DocxStyles.NORMAL);
        XWPFRun run = paragraph.createRun();
        run.setBold(bold);
        setText(run, text);
        return paragraph;
    }

    private XWPFParagraph paragraph(String style, String text) {
        XWPFParagraph paragraph = docx.createParagraph();
        paragraph.setStyle(style);
        setText(paragraph.createRun(), text);
        return paragraph;
    }

    /** Line breaks in the text become line breaks in the document. */
    private static void setText(XWPFRun run, String text) {
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }
}
