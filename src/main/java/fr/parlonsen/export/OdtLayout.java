package fr.parlonsen.export;

import java.util.List;
import java.util.Locale;
import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.odftoolkit.odfdom.dom.OdfContentDom;
import org.odftoolkit.odfdom.dom.element.draw.DrawFrameElement;
import org.odftoolkit.odfdom.dom.element.draw.DrawImageElement;
import org.odftoolkit.odfdom.dom.element.office.OfficeTextElement;
import org.odftoolkit.odfdom.dom.element.table.TableTableCellElement;
import org.odftoolkit.odfdom.dom.element.table.TableTableElement;
import org.odftoolkit.odfdom.dom.element.table.TableTableRowElement;
import org.odftoolkit.odfdom.dom.element.text.TextHElement;
import org.odftoolkit.odfdom.dom.element.text.TextListElement;
import org.odftoolkit.odfdom.dom.element.text.TextListItemElement;
import org.odftoolkit.odfdom.dom.element.text.TextPElement;
import org.odftoolkit.odfdom.dom.element.text.TextSpanElement;
import org.odftoolkit.odfdom.incubator.doc.text.OdfWhitespaceProcessor;
import org.w3c.dom.Element;

/** ODT look of a synthesis, written as plain ODF elements with named styles. */
final class OdtLayout implements DocumentLayout {

    private final OdfTextDocument odt;
    private final OdfContentDom dom;
    private final OfficeTextElement body;
    private final org.odftoolkit.odfdom.incubator.doc.office.OdfOfficeAutomaticStyles automatic;
    private boolean newPageBeforeNext;
    private int pictures;
    private int tables;

    OdtLayout(OdfTextDocument odt) throws Exception {
        this.odt = odt;
        this.dom = odt.getContentDom();
        this.body = odt.getContentRoot();
        this.automatic = dom.getOrCreateAutomaticStyles();
        OdtStyles.defineTables(automatic);
    }

    /** The bloc-marque and the letter form; the page header repeats the authority on every page. */
    @Override
    public void cover(Cover cover) {
        paragraph(OdtStyles.AUTHORITY, String.join("\n", cover.letterhead()));
        paragraph(OdtStyles.MOTTO, String.join("\n", BlocMarque.MOTTO));
        if (cover.draft()) {
            paragraph(OdtStyles.DRAFT, FrenchText.DRAFT.toUpperCase(Locale.FRANCE));
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
        paragraph(OdtStyles.TITLE, cover.title());
        paragraph(OdtStyles.SUBTITLE, cover.campaign());
        paragraph(OdtStyles.BODY, FrenchText.date(cover.date()));
        paragraph(OdtStyles.BODY, cover.versionLabel());
        newPageBeforeNext = true;
    }

    private void letterLine(String key, String value) {
        TextPElement line = paragraph(OdtStyles.BODY, "");
        TextSpanElement label = line.newTextSpanElement();
        label.setStyleName(OdtStyles.STRONG);
        appendText(label, key + " ");
        appendText(line, value);
    }

    @Override
    public void contents(List<String> titles) {
        heading(1, FrenchText.CONTENTS);
        for (String title : titles) {
            paragraph(OdtStyles.CONTENTS_ENTRY, title);
        }
        newPageBeforeNext = true;
    }

    @Override
    public void table(AnnexBlock.Table table) {
        paragraph(OdtStyles.CAPTION, table.caption());
        TableTableElement grid = dom.newOdfElement(TableTableElement.class);
        grid.setTableNameAttribute("Tableau" + (++tables));
        grid.setTableStyleNameAttribute(OdtStyles.TABLE);
        long[] widths = DocxLayout.columnWidths(table, 1000);
        for (long width : widths) {
            grid.newTableTableColumnElement().setTableStyleNameAttribute(OdtStyles.column(automatic, width / 10.0));
        }
        TableTableRowElement header = grid.newTableTableHeaderRowsElement().newTableTableRowElement();
        for (String h : table.headers()) {
            cell(header, h, OdtStyles.KEY);
        }
        for (List<String> r : table.rows()) {
            TableTableRowElement row = grid.newTableTableRowElement();
            for (String c : r) {
                cell(row, c, OdtStyles.TABLE_CONTENTS);
            }
        }
        body.appendChild(grid);
    }

    @Override
    public void signature(Signature signature) {
        paragraph(OdtStyles.SIGNATURE, signature.placeAndDate());
        paragraph(OdtStyles.SIGNATURE, signature.title());
        paragraph(OdtStyles.SIGNATORY, signature.name());
    }

    @Override
    public void heading(int level, String text) {
        TextHElement heading = dom.newOdfElement(TextHElement.class);
        heading.setTextOutlineLevelAttribute(level);
        heading.setStyleName(OdtStyles.heading(level, newPageBeforeNext));
        newPageBeforeNext = false;
        appendText(heading, text);
        body.appendChild(heading);
    }

    @Override
    public void figures(List<Figure> figures) {
        TableTableElement table = table(70);
        row(table, FrenchText.INDICATOR, FrenchText.VALUE, OdtStyles.KEY);
        for (Figure figure : figures) {
            row(table, figure.label(), figure.value(), OdtStyles.TABLE_CONTENTS);
        }
    }

    @Override
    public void picture(String title, PngImage png, String altText) {
        heading(2, title);
        pictures++;
        String path = "Pictures/illustration-" + pictures + ".png";
        odt.getPackage().insert(png.bytes(), path, "image/png");
        TextPElement paragraph = paragraph(OdtStyles.PICTURE, "");
        DrawFrameElement frame = paragraph.newDrawFrameElement();
        frame.setDrawNameAttribute("Illustration " + pictures);
        frame.setTextAnchorTypeAttribute("as-char");
        frame.setSvgWidthAttribute(centimetres(png.printWidthPt()));
        frame.setSvgHeightAttribute(centimetres(png.printHeightPt()));
        DrawImageElement image = frame.newDrawImageElement();
        image.setXlinkHrefAttribute(path);
        image.setXlinkTypeAttribute("simple");
        image.setXlinkShowAttribute("embed");
        image.setXlinkActuateAttribute("onLoad");
        frame.newSvgTitleElement().setTextContent(title);
        frame.newSvgDescElement().setTextContent(altText);
        paragraph(OdtStyles.CAPTION, altText);
    }

    @Override
    public void items(List<Item> items) {
        TextListElement list = dom.newOdfElement(TextListElement.class);
        list.setTextStyleNameAttribute(OdtStyles.BULLET_LIST);
        for (Item item : items) {
            TextListItemElement entry = list.newTextListItemElement();
            TextPElement line = entry.newTextPElement();
            line.setStyleName(OdtStyles.BODY);
            if (!item.label().isBlank()) {
                TextSpanElement label = line.newTextSpanElement();
                label.setStyleName(OdtStyles.STRONG);
                appendText(label, item.label() + ". ");
            }
            appendText(line, item.text());
            String weight = FrenchText.weightSuffix(item);
            if (!weight.isEmpty()) {
                TextSpanElement span = line.newTextSpanElement();
                span.setStyleName(OdtStyles.WEIGHT);
                appendText(span, weight);
            }
            String places = FrenchText.places(item);
            if (!places.isEmpty()) {
                TextPElement place = entry.newTextPElement();
                place.setStyleName(OdtStyles.SOURCE);
                appendText(place, places);
            }
            String mentions = FrenchText.mentions(item);
            if (!mentions.isEmpty()) {
                TextPElement mention = entry.newTextPElement();
                mention.setStyleName(OdtStyles.SOURCE);
                appendText(mention, mentions);
            }
            String sources = FrenchText.sources(item);
            if (!sources.isEmpty()) {
                TextPElement source = entry.newTextPElement();
                source.setStyleName(OdtStyles.SOURCE);
                appendText(source, sources);
            }
        }
        body.appendChild(list);
    }

    @Override
    public void startAnnex(String title) {
        newPageBeforeNext = true;
        heading(1, title);
    }

    @Override
    public void paragraph(String text) {
        paragraph(OdtStyles.BODY, text);
    }

    @Override
    public void rows(List<AnnexBlock.KeyValue> rows) {
        TableTableElement table = table(35);
        for (AnnexBlock.KeyValue row : rows) {
            row(table, row.key(), row.value(), OdtStyles.TABLE_CONTENTS);
        }
    }

    private TableTableElement table(int firstColumnPercent) {
        TableTableElement table = dom.newOdfElement(TableTableElement.class);
        table.setTableNameAttribute("Tableau" + (++tables));
        table.setTableStyleNameAttribute(OdtStyles.TABLE);
        table.newTableTableColumnElement().setTableStyleNameAttribute(OdtStyles.column(firstColumnPercent));
        table.newTableTableColumnElement().setTableStyleNameAttribute(OdtStyles.column(100 - firstColumnPercent));
        body.appendChild(table);
        return table;
    }

    /** A row whose first cell is in bold ({@link OdtStyles#KEY}), the second in {@code valueStyle}. */
    private void row(TableTableElement table, String key, String value, String valueStyle) {
        TableTableRowElement row = table.newTableTableRowElement();
        cell(row, key, OdtStyles.KEY);
        cell(row, value, valueStyle);
    }

    private void cell(TableTableRowElement row, String text, String style) {
        TableTableCellElement cell = dom.newOdfElement(TableTableCellElement.class);
        cell.setOfficeValueTypeAttribute("string");
        cell.setTableStyleNameAttribute(OdtStyles.CELL);
        row.appendChild(cell);
        TextPElement paragraph = cell.newTextPElement();
        paragraph.setStyleName(style);
        appendText(paragraph, text);
    }

    private TextPElement paragraph(String style, String text) {
        TextPElement paragraph = dom.newOdfElement(TextPElement.class);
        paragraph.setStyleName(style);
        appendText(paragraph, text);
        body.appendChild(paragraph);
        return paragraph;
    }

    /** Keeps runs of spaces, tabs and line breaks (ODF would collapse them). */
    private static void appendText(Element element, String text) {
        if (!text.isEmpty()) {
            OdfWhitespaceProcessor.appendText(element, text);
        }
    }

    private static String centimetres(float points) {
        return String.format(Locale.ROOT, "%.3fcm", points / 72f * 2.54f);
    }
}
