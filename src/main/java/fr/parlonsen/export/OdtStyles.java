package fr.parlonsen.export;

import org.odftoolkit.odfdom.dom.style.OdfStyleFamily;
import java.util.Locale;
import org.odftoolkit.odfdom.dom.style.props.OdfParagraphProperties;
import org.odftoolkit.odfdom.dom.style.props.OdfTableCellProperties;
import org.odftoolkit.odfdom.dom.style.props.OdfTableColumnProperties;
import org.odftoolkit.odfdom.dom.style.props.OdfTableProperties;
import org.odftoolkit.odfdom.dom.style.props.OdfTextProperties;
import org.odftoolkit.odfdom.incubator.doc.office.OdfOfficeAutomaticStyles;
import org.odftoolkit.odfdom.incubator.doc.office.OdfOfficeStyles;
import org.odftoolkit.odfdom.incubator.doc.style.OdfDefaultStyle;
import org.odftoolkit.odfdom.incubator.doc.style.OdfStyle;

/**
 * Named paragraph and text styles added to odfdom's default text document, so that an ODT reader
 * can still restyle the document by style (LibreOffice: F11).
 */
final class OdtStyles {

    static final String STANDARD = "Standard";
    static final String BODY = "Text_20_body";
    static final String TITLE = "Title";
    static final String SUBTITLE = "Subtitle";
    static final String CAPTION = "Caption";
    static final String FOOTER = "Footer";
    static final String TABLE_CONTENTS = "Table_20_Contents";
    static final String BULLET_LIST = "List_20_1";
    static final String AUTHORITY = "Autorite";
    static final String SOURCE = "Source";
    static final String KEY = "Cle";
    static final String PICTURE = "Illustration";
    static final String WEIGHT = "Poids";
    static final String TABLE = "Tableau";
    static final String CELL = "Cellule";
    static final String MOTTO = "Devise";
    static final String DRAFT = "Projet";
    static final String STRONG = "Fort";
    static final String CONTENTS_ENTRY = "Contents_20_1";
    static final String SIGNATURE = "Signature";
    static final String SIGNATORY = "Signataire";

    /** Text width of odfdom's A4 page with 2 cm margins. */
    private static final double TEXT_WIDTH_CM = 17.0;

    private static final String BLUE = "#000091";
    private static final String GREY = "#555555";

    private OdtStyles() {
    }

    static String heading(int level, boolean newPage) {
        return (newPage ? "Titre" + level + "NouvellePage" : "Heading_20_" + level);
    }

    static void define(OdfOfficeStyles styles) {
        OdfDefaultStyle defaults = styles.getOrCreateDefaultStyle(OdfStyleFamily.Paragraph);
        defaults.setProperty(OdfTextProperties.FontName, "Arial");
        defaults.setProperty(OdfTextProperties.FontSize, "10.5pt");

        OdfStyle heading1 = styles.getStyle("Heading_20_1", OdfStyleFamily.Paragraph);
        heading1.setProperty(OdfTextProperties.Color, BLUE);
        heading1.setProperty(OdfTextProperties.FontSize, "16pt");
        OdfStyle heading2 = styles.getStyle("Heading_20_2", OdfStyleFamily.Paragraph);
        heading2.setProperty(OdfTextProperties.FontStyle, "normal");
        heading2.setProperty(OdfTextProperties.FontSize, "12.5pt");
        OdfStyle title = styles.getStyle(TITLE, OdfStyleFamily.Paragraph);
        title.setProperty(OdfParagraphProperties.TextAlign, "start");
        title.setProperty(OdfParagraphProperties.MarginTop, "5cm");
        title.setProperty(OdfTextProperties.Color, BLUE);
        title.setProperty(OdfTextProperties.FontSize, "24pt");
        OdfStyle subtitle = styles.getStyle(SUBTITLE, OdfStyleFamily.Paragraph);
        subtitle.setProperty(OdfParagraphProperties.TextAlign, "start");
        subtitle.setProperty(OdfParagraphProperties.MarginBottom, "2cm");

        for (int level = 1; level <= 2; level++) {
            OdfStyle style = paragraph(styles, heading(level, true), "Titre " + level + " (nouvelle page)",
                    "Heading_20_" + level);
            style.setProperty(OdfParagraphProperties.BreakBefore, "page");
            style.setStyleDefaultOutlineLevelAttribute(level);
        }
        OdfStyle authority = paragraph(styles, AUTHORITY, "Autorité", STANDARD);
        authority.setProperty(OdfTextProperties.FontWeight, "bold");
        authority.setProperty(OdfTextProperties.TextTransform, "uppercase");
        authority.setProperty(OdfTextProperties.Color, BLUE);
        authority.setProperty(OdfTextProperties.FontSize, "11pt");
        authority.setProperty(OdfParagraphProperties.BorderBottom, "0.75pt solid " + BLUE);
        authority.setProperty(OdfParagraphProperties.PaddingBottom, "0.1cm");
        authority.setProperty(OdfParagraphProperties.MarginBottom, "0.4cm");

        OdfStyle motto = paragraph(styles, MOTTO, "Devise", STANDARD);
        motto.setProperty(OdfTextProperties.FontStyle, "italic");
        motto.setProperty(OdfTextProperties.FontSize, "8.5pt");
        motto.setProperty(OdfParagraphProperties.MarginBottom, "1.5cm");
        OdfStyle draft = paragraph(styles, DRAFT, "Projet", STANDARD);
        draft.setProperty(OdfTextProperties.FontWeight, "bold");
        draft.setProperty(OdfTextProperties.Color, "#ce0500");
        draft.setProperty(OdfParagraphProperties.TextAlign, "end");
        paragraph(styles, CONTENTS_ENTRY, "Sommaire 1", STANDARD).setProperty(OdfParagraphProperties.MarginBottom, "0.15cm");
        OdfStyle signature = paragraph(styles, SIGNATURE, "Signature", STANDARD);
        signature.setProperty(OdfParagraphProperties.MarginLeft, "8.5cm");
        signature.setProperty(OdfParagraphProperties.KeepWithNext, "always");
        OdfStyle signatory = paragraph(styles, SIGNATORY, "Signataire", SIGNATURE);
        signatory.setProperty(OdfParagraphProperties.MarginTop, "2cm");
        signatory.setProperty(OdfTextProperties.FontWeight, "bold");
        OdfStyle strong = styles.newStyle(STRONG, OdfStyleFamily.Text);
        strong.setStyleDisplayNameAttribute("Fort");
        strong.setProperty(OdfTextProperties.FontWeight, "bold");

        OdfStyle source = paragraph(styles, SOURCE, "Source", STANDARD);
        source.setProperty(OdfTextProperties.FontSize, "8.5pt");
        source.setProperty(OdfTextProperties.Color, GREY);
        source.setProperty(OdfParagraphProperties.MarginBottom, "0.15cm");

        paragraph(styles, KEY, "Clé", TABLE_CONTENTS).setProperty(OdfTextProperties.FontWeight, "bold");
        paragraph(styles, PICTURE, "Illustration", STANDARD).setProperty(OdfParagraphProperties.TextAlign, "center");

        OdfStyle weight = styles.newStyle(WEIGHT, OdfStyleFamily.Text);
        weight.setStyleDisplayNameAttribute("Poids");
        weight.setProperty(OdfTextProperties.FontStyle, "italic");
        weight.setProperty(OdfTextProperties.Color, GREY);
    }

    /** Table, column and cell styles; ODF wants them among the automatic styles of content.xml. */
    static void defineTables(OdfOfficeAutomaticStyles automatic) {
        OdfStyle table = automatic.newStyle(TABLE, OdfStyleFamily.Table);
        table.setProperty(OdfTableProperties.Width, TEXT_WIDTH_CM + "cm");
        table.setProperty(OdfTableProperties.Align, "margins");
        table.setProperty(OdfTableProperties.MarginBottom, "0.3cm");
        for (int percent : new int[] {30, 35, 65, 70}) {
            OdfStyle column = automatic.newStyle(column(percent), OdfStyleFamily.TableColumn);
            column.setProperty(OdfTableColumnProperties.ColumnWidth,
                    String.format(Locale.ROOT, "%.2fcm", TEXT_WIDTH_CM * percent / 100));
            column.setProperty(OdfTableColumnProperties.RelColumnWidth, percent + "*");
        }
        OdfStyle cell = automatic.newStyle(CELL, OdfStyleFamily.TableCell);
        cell.setProperty(OdfTableCellProperties.Border, "0.5pt solid #bbbbbb");
        cell.setProperty(OdfTableCellProperties.Padding, "0.08cm");
    }

    /** A column style taking {@code percent} of the width, added to the automatic styles when new. */
    static String column(OdfOfficeAutomaticStyles automatic, double percent) {
        String name = "ColonneP" + Math.round(percent * 10);
        if (automatic.getStyle(name, OdfStyleFamily.TableColumn) == null) {
            OdfStyle column = automatic.newStyle(name, OdfStyleFamily.TableColumn);
            column.setProperty(OdfTableColumnProperties.ColumnWidth,
                    String.format(Locale.ROOT, "%.2fcm", TEXT_WIDTH_CM * percent / 100));
            column.setProperty(OdfTableColumnProperties.RelColumnWidth, Math.round(percent * 10) + "*");
        }
        return name;
    }

    /** Style of a column taking {@code percent} of the width: 30, 35, 65 or 70. */
    static String column(int percent) {
        return "Colonne" + percent;
    }

    private static OdfStyle paragraph(OdfOfficeStyles styles, String name, String displayName, String parent) {
        OdfStyle style = styles.newStyle(name, OdfStyleFamily.Paragraph);
        style.setStyleDisplayNameAttribute(displayName);
        style.setStyleParentStyleNameAttribute(parent);
        return style;
    }
}
