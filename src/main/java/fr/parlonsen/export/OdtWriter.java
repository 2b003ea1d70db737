package fr.parlonsen.export;

import java.io.ByteArrayOutputStream;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.odftoolkit.odfdom.dom.element.style.StyleFooterElement;
import org.odftoolkit.odfdom.dom.element.style.StyleHeaderElement;
import org.odftoolkit.odfdom.dom.element.style.StyleMasterPageElement;
import org.odftoolkit.odfdom.dom.element.text.TextPElement;
import org.odftoolkit.odfdom.dom.element.text.TextPageNumberElement;
import org.odftoolkit.odfdom.incubator.doc.style.OdfStylePageLayout;
import org.odftoolkit.odfdom.incubator.doc.text.OdfWhitespaceProcessor;
import org.odftoolkit.odfdom.incubator.meta.OdfOfficeMeta;
import org.w3c.dom.Node;

/**
 * Writes a synthesis as an OpenDocument text (LibreOffice, OnlyOffice, Word): odfdom's blank text
 * document, named styles ({@link OdtStyles}), the authority as page header and "Page N" as footer,
 * fixed metadata and a normalised package so that the same document gives the same bytes.
 */
public final class OdtWriter implements DocumentWriter {

    @Override
    public byte[] write(SynthesisDocument doc) {
        try {
            OdfTextDocument odt = OdfTextDocument.newTextDocument();
            try {
                removeBlankParagraph(odt);
                OdtStyles.define(odt.getOrCreateDocumentStyles());
                pageHeaderAndFooter(odt, doc.cover());
                new DocumentWalker().walk(doc, new OdtLayout(odt));
                metadata(odt.getOfficeMetadata(), doc.cover());
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                odt.save(out);
                return DeterministicZip.normalize(out.toByteArray(), doc.cover().date(), List.of("mimetype"));
            } finally {
                odt.close();
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("cannot write the ODT document", e);
        }
    }

    @Override
    public String mediaType() {
        return "application/vnd.oasis.opendocument.text";
    }

    @Override
    public String extension() {
        return "odt";
    }

    private static void removeBlankParagraph(OdfTextDocument odt) throws Exception {
        Node child = odt.getContentRoot().getFirstChild();
        while (child != null) {
            Node next = child.getNextSibling();
            if (child instanceof TextPElement && child.getTextContent().isEmpty() && !child.hasChildNodes()) {
                odt.getContentRoot().removeChild(child);
            }
            child = next;
        }
    }

    private static void pageHeaderAndFooter(OdfTextDocument odt, Cover cover) throws Exception {
        StyleMasterPageElement page = odt.getOfficeMasterStyles().getMasterPage("Standard");
        StyleHeaderElement header = page.newStyleHeaderElement();
        TextPElement letterhead = header.newTextPElement();
        letterhead.setStyleName(OdtStyles.AUTHORITY);
        OdfWhitespaceProcessor.appendText(letterhead, cover.authority());
        StyleFooterElement footer = page.newStyleFooterElement();
        TextPElement line = footer.newTextPElement();
        line.setStyleName(OdtStyles.FOOTER);
        OdfWhitespaceProcessor.appendText(line, cover.title() + "\t\t" + FrenchText.PAGE_PREFIX);
        TextPageNumberElement number = line.newTextPageNumberElement("current");
        number.setTextContent("1");

        OdfStylePageLayout layout = odt.getStylesDom().getAutomaticStyles().getPageLayout(page.getStylePageLayoutNameAttribute());
        layout.newStyleHeaderStyleElement().newStyleHeaderFooterPropertiesElement().setFoMarginBottomAttribute("0.4cm");
        layout.newStyleFooterStyleElement().newStyleHeaderFooterPropertiesElement().setFoMarginTopAttribute("0.4cm");
    }

    private static void metadata(OdfOfficeMeta meta, Cover cover) {
        meta.setAutomaticUpdate(false);
        for (String name : meta.getUserDefinedDataNames()) {
            meta.removeUserDefinedDataByName(name);
        }
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        date.clear();
        date.set(cover.date().getYear(), cover.date().getMonthValue() - 1, cover.date().getDayOfMonth());
        meta.setGenerator("Parlons-en");
        meta.setTitle(cover.title());
        meta.setSubject(cover.campaign());
        meta.setInitialCreator(cover.authority());
        meta.setCreator(cover.authority());
        meta.setCreationDate(date);
        meta.setDate(date);
        meta.setLanguage(FrenchText.LANGUAGE_TAG);
        meta.setEditingCycles(1);
    }
}
