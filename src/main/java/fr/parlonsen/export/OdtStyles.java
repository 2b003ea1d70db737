package fr.parlonsen.export;

import org.odftoolkit.odfdom.dom.style.OdfStyleFamily;
import org.odftoolkit.odfdom.dom.style.props.OdfParagraphProperties;
import org.odftoolkit.odfdom.dom.style.props.OdfTextProperties;
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
        styles.getStyle(SUBTITLE, OdfStyleFamily.Paragraph).setProperty(OdfParagraphProperties.TextAlign, "start");

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

    private static OdfStyle paragraph(OdfOfficeStyles styles, String name, String displayName, String parent) {
        OdfStyle style = styles.newStyle(name, OdfStyleFamily.Paragraph);
        style.setStyleDisplayNameAttribute(displayName);
        style.setStyleParentStyleNameAttribute(parent);
        return style;
    }
}
