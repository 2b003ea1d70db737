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

    /** The bloc-marque and the letter form; the model's header repeats the authority on every page. */
    @Override
    public void cover(Cover cover) {
        paragraph(DocxStyles.AUTHORITY, String.join("\n", cover.letterhead())).setKeepNext(true);
        XWPFParagraph motto = paragraph(DocxStyles.NORMAL, String.join("\n", BlocMarque.MOTTO));
        motto.getRuns().forEach(r -> r.setItalic(true));
        motto.setSpacingAfter(600);
        if (cover.draft()) {
            XWPFParagraph draft = paragraph(DocxStyles.NORMAL, FrenchText.DRAFT.toUpperCase(java.util.Locale.FRANCE));
            draft.setAlignment(ParagraphAlignment.RIGHT);
            draft.getRuns().forEach(r -> {
                r.setBold(true);
                r.setColor("CE0500");
            });
        }
        if (!cover.addressees().isEmpty()) {
            letterLine(FrenchText.TO, String.join("\n", cover.addressees()));
        }
        if (!cover.object().isEmpty()) {
            letterLine(FrenchText.OBJECT, cover.object());
        }
        if (!cover.reference().isEmpty()) {
            letterLine(FrenchText.REFERENCE, cover.reference());
        }
        paragraph(DocxStyles.TITLE, cover.title());
        paragraph(DocxStyles.SUBTITLE, cover.campaign());
        paragraph(DocxStyles.NORMAL, FrenchText.date(cover.date()));
        XWPFParagraph version = paragraph(DocxStyles.NORMAL, cover.versionLabel());
        version.createRun().addBreak(BreakType.PAGE);
    }

    private void letterLine(String key, String value) {
        XWPFParagraph line = docx.createParagraph();
        line.setStyle(DocxStyles.NORMAL);
        XWPFRun label = line.createRun();
        label.setBold(true);
        label.setText(key + " ");
        setText(line.createRun(), value);
    }

    /**
     * "Sommaire": one line per level 1 heading, a link to a bookmark on that heading, a dotted tab, then a PAGEREF
     * field to the bookmark. Those fields are computed by the word processor when it lays the document out:
     * LibreOffice shows and prints the right page numbers (its PDF is checked in the tests), and Word updates them
     * when the document opens ({@code w:updateFields} in the settings). There is no TOC field around the lines on
     * purpose: LibreOffice shows a TOC field's cached text as it is, so its page numbers would be frozen.
     */
    @Override
    public void contents(List<String> titles) {
        paragraph(DocxStyles.HEADING1, FrenchText.CONTENTS);
        tocTitles = List.copyOf(titles);
        docx.enforceUpdateFields();
        for (int i = 0; i < titles.size(); i++) {
            XWPFParagraph entry = docx.createParagraph();
            entry.setStyle(DocxStyles.NORMAL);
            var tabs = (entry.getCTP().isSetPPr() ? entry.getCTP().getPPr() : entry.getCTP().addNewPPr()).addNewTabs();
            var tab = tabs.addNewTab();
            tab.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc.RIGHT);
            tab.setLeader(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc.DOT);
            tab.setPos(BigInteger.valueOf(textWidth));
            var ctp = entry.getCTP();
            var link = ctp.addNewHyperlink();
            link.setAnchor(bookmark(i));
            link.setHistory(Boolean.TRUE);
            link.addNewR().addNewT().setStringValue(titles.get(i));
            link.addNewR().addNewTab();
            fieldChar(link.addNewR(), org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.BEGIN);
            instruction(link.addNewR(), " PAGEREF " + bookmark(i) + " \\h ");
            fieldChar(link.addNewR(), org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.SEPARATE);
            link.addNewR().addNewT().setStringValue("");
            fieldChar(link.addNewR(), org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.END);
        }
        docx.createParagraph().createRun().addBreak(BreakType.PAGE);
    }

    /** The level 1 headings the contents list, in order, and how many of them are already written. */
    private List<String> tocTitles = List.of();
    private int tocDone;

    static String bookmark(int i) {
        return "_Toc" + (100000 + i);
    }

    /** A bookmark around a level 1 heading that the contents lists (the next one expected, by its text). */
    private void markHeading(XWPFParagraph heading, String text) {
        if (tocDone < tocTitles.size() && tocTitles.get(tocDone).equals(text)) {
            var ctp = heading.getCTP();
            var start = ctp.insertNewBookmarkStart(0);
            start.setId(BigInteger.valueOf(tocDone + 1));
            start.setName(bookmark(tocDone));
            ctp.addNewBookmarkEnd().setId(BigInteger.valueOf(tocDone + 1));
            tocDone++;
        }
    }

    private static void fieldChar(org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR run,
            org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.Enum type) {
        run.addNewFldChar().setFldCharType(type);
    }

    private static void instruction(org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR run, String text) {
        var instr = run.addNewInstrText();
        instr.setStringValue(text);
        instr.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
    }

    @Override
    public void table(AnnexBlock.Table table) {
        int columns = table.headers().size();
        paragraph(DocxStyles.CAPTION, table.caption()).setKeepNext(true);
        XWPFTable grid = docx.createTable(table.rows().size() + 1, columns);
        grid.setStyleID(DocxStyles.TABLE);
        if (grid.getCTTbl().getTblPr().isSetTblBorders()) {
            grid.getCTTbl().getTblPr().unsetTblBorders();
        }
        long[] widths = columnWidths(table, textWidth);
        CTTblGrid cols = grid.getCTTbl().getTblGrid() != null ? grid.getCTTbl().getTblGrid() : grid.getCTTbl().addNewTblGrid();
        while (cols.sizeOfGridColArray() > 0) {
            cols.removeGridCol(0);
        }
        for (long width : widths) {
            cols.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        grid.setWidth(Long.toString(textWidth));
        grid.getRow(0).setRepeatHeader(true);
        for (int c = 0; c < columns; c++) {
            fill(grid.getRow(0).getCell(c), table.headers().get(c), true);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            for (int c = 0; c < columns; c++) {
                fill(grid.getRow(r + 1).getCell(c), table.rows().get(r).get(c), false);
            }
        }
        for (int r = 0; r <= table.rows().size(); r++) {
            for (int c = 0; c < columns; c++) {
                grid.getRow(r).getCell(c).setWidth(Long.toString(widths[c]));
            }
        }
        docx.createParagraph().setStyle(DocxStyles.NORMAL);
    }

    /**
     * Widths in proportion to the text of each column: at least its header's longest word (plus room for the
     * padding), long cells counting as 40 characters at most, so that the headers never overflow.
     */
    static long[] columnWidths(AnnexBlock.Table table, long total) {
        int columns = table.headers().size();
        double[] weight = new double[columns];
        for (int c = 0; c < columns; c++) {
            int word = 0;
            for (String w : table.headers().get(c).split("\\s+")) {
                word = Math.max(word, w.length());
            }
            weight[c] = word + 3;
            for (List<String> row : table.rows()) {
                for (String line : row.get(c).split("\n")) {
                    weight[c] = Math.max(weight[c], Math.min(40, line.length()));
                }
            }
        }
        double sum = java.util.Arrays.stream(weight).sum();
        long[] widths = new long[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = (long) (total * weight[c] / sum);
        }
        return widths;
    }

    @Override
    public void signature(Signature signature) {
        XWPFParagraph place = paragraph(DocxStyles.NORMAL, signature.placeAndDate());
        place.setIndentationLeft((int) (textWidth / 2));
        place.setSpacingBefore(400);
        place.setKeepNext(true);
        XWPFParagraph title = paragraph(DocxStyles.NORMAL, signature.title());
        title.setIndentationLeft((int) (textWidth / 2));
        title.setKeepNext(true);
        XWPFParagraph name = paragraph(DocxStyles.NORMAL, signature.name());
        name.setIndentationLeft((int) (textWidth / 2));
        name.setSpacingBefore(1200);
        name.getRuns().forEach(r -> r.setBold(true));
    }

    @Override
    public void heading(int level, String text) {
        XWPFParagraph p = paragraph(level == 1 ? DocxStyles.HEADING1 : DocxStyles.HEADING2, text);
        if (level == 1) {
            markHeading(p, text);
        }
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
            XWPFParagraph line = docx.createParagraph();
            line.setStyle(DocxStyles.LIST_BULLET);
            if (!item.label().isBlank()) {
                XWPFRun label = line.createRun();
                label.setBold(true);
                label.setText(item.label() + ". ");
            }
            setText(line.createRun(), item.text());
            String weight = FrenchText.weightSuffix(item);
            if (!weight.isEmpty()) {
                XWPFRun run = line.createRun();
                run.setItalic(true);
                run.setText(weight);
            }
            String places = FrenchText.places(item);
            if (!places.isEmpty()) {
                paragraph(DocxStyles.SOURCE, places);
            }
            String mentions = FrenchText.mentions(item);
            if (!mentions.isEmpty()) {
                paragraph(DocxStyles.SOURCE, mentions);
            }
            String sources = FrenchText.sources(item);
            if (!sources.isEmpty()) {
                paragraph(DocxStyles.SOURCE, sources);
            }
        }
    }

    @Override
    public void startAnnex(String title) {
        XWPFParagraph p = paragraph(DocxStyles.HEADING1, title);
        p.setPageBreak(true);
        markHeading(p, title);
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
