package fr.parlonsen.export;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfBoolean;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfICCBased;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;

/**
 * What PDF/A-2b asks of the document as a whole: the information dictionary and the XMP metadata
 * saying the same thing, fixed dates (the cover date at 00:00 UTC), an sRGB output intent and
 * the document language.
 */
final class PdfArchiveMetadata {

    static final String PRODUCER = "Parlons-en (OpenPDF)";
    static final String CREATOR_TOOL = "Parlons-en";

    private final Cover cover;

    PdfArchiveMetadata(Cover cover) {
        this.cover = cover;
    }

    /** To call after {@code document.open()} and before {@code document.close()}. */
    void apply(com.lowagie.text.pdf.PdfWriter writer) {
        PdfDictionary info = writer.getInfo();
        info.put(PdfName.TITLE, unicode(cover.title()));
        info.put(PdfName.AUTHOR, unicode(cover.authority()));
        info.put(PdfName.SUBJECT, unicode(cover.campaign()));
        info.put(PdfName.CREATOR, unicode(CREATOR_TOOL));
        info.put(PdfName.PRODUCER, unicode(PRODUCER));
        PdfDate date = new PdfDate(calendar());
        info.put(PdfName.CREATIONDATE, date);
        info.put(PdfName.MODDATE, date);
        writer.setXmpMetadata(xmp());

        PdfDictionary catalog = writer.getExtraCatalog();
        catalog.put(PdfName.LANG, new PdfString(FrenchText.LANGUAGE_TAG));
        catalog.put(PdfName.OUTPUTINTENTS, new PdfArray(outputIntent(writer)));
        writer.addViewerPreference(PdfName.DISPLAYDOCTITLE, PdfBoolean.PDFTRUE);
    }

    private static PdfDictionary outputIntent(com.lowagie.text.pdf.PdfWriter writer) {
        try {
            PdfICCBased profile = new PdfICCBased(ICC_Profile.getInstance(ColorSpace.CS_sRGB),
                    writer.getCompressionLevel());
            PdfDictionary intent = new PdfDictionary(PdfName.OUTPUTINTENT);
            intent.put(PdfName.S, PdfName.GTS_PDFA1);
            intent.put(PdfName.OUTPUTCONDITIONIDENTIFIER, new PdfString("sRGB IEC61966-2.1"));
            intent.put(PdfName.INFO, new PdfString("sRGB IEC61966-2.1"));
            intent.put(PdfName.DESTOUTPUTPROFILE, writer.addToBody(profile).getIndirectReference());
            return intent;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Calendar calendar() {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        calendar.clear();
        calendar.set(cover.date().getYear(), cover.date().getMonthValue() - 1, cover.date().getDayOfMonth());
        return calendar;
    }

    private static PdfString unicode(String text) {
        return new PdfString(text, PdfObject.TEXT_UNICODE);
    }

    byte[] xmp() {
        String date = DateTimeFormatter.ISO_OFFSET_DATE_TIME
                .format(cover.date().atStartOfDay().atOffset(ZoneOffset.UTC));
        String xml = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
                + "<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n"
                + "</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                + "<dc:format>application/pdf</dc:format>\n"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(cover.title())
                + "</rdf:li></rdf:Alt></dc:title>\n"
                + "<dc:creator><rdf:Seq><rdf:li>" + escape(cover.authority()) + "</rdf:li></rdf:Seq></dc:creator>\n"
                + "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(cover.campaign())
                + "</rdf:li></rdf:Alt></dc:description>\n"
                + "<dc:language><rdf:Bag><rdf:li>" + FrenchText.LANGUAGE_TAG + "</rdf:li></rdf:Bag></dc:language>\n"
                + "</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
                + "<xmp:CreateDate>" + date + "</xmp:CreateDate>\n"
                + "<xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n"
                + "<xmp:MetadataDate>" + date + "</xmp:MetadataDate>\n"
                + "<xmp:CreatorTool>" + CREATOR_TOOL + "</xmp:CreatorTool>\n"
                + "</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
                + "<pdf:Producer>" + escape(PRODUCER) + "</pdf:Producer>\n"
                + "</rdf:Description>\n"
                + "</rdf:RDF>\n"
                + "</x:xmpmeta>\n"
                + "<?xpacket end=\"r\"?>";
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
