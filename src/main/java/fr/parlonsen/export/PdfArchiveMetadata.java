package fr.parlonsen.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * What PDF/A-2 and PDF/UA-1 ask of the document as a whole, made reproducible: the information dictionary and
 * the XMP metadata written by the renderer saying the same thing, at fixed dates (the cover date at 00:00 UTC),
 * the document language, the title displayed, and a file identifier derived from the content.
 */
final class PdfArchiveMetadata {

    static final String PRODUCER = "Parlons-en (openhtmltopdf, PDFBox)";
    static final String CREATOR_TOOL = "Parlons-en";
    private static final Pattern XMP_DATE = Pattern.compile(
            "(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)[^<]*(</xmp:(?:CreateDate|ModifyDate|MetadataDate)>)"
                    + "|((?:xmp:CreateDate|xmp:ModifyDate|xmp:MetadataDate)=\")[^\"]*(\")");

    private PdfArchiveMetadata() {
    }

    /** To call after rendering, before saving. */
    static void apply(PDDocument pdf, Cover cover, List<String> contents, String source) throws IOException {
        describeLinks(pdf, contents);
        Calendar date = calendar(cover);
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(cover.title());
        info.setAuthor(cover.authority());
        info.setSubject(cover.campaign());
        info.setCreator(CREATOR_TOOL);
        info.setProducer(PRODUCER);
        info.setCreationDate(date);
        info.setModificationDate(date);
        pdf.getDocumentCatalog().setLanguage(FrenchText.LANGUAGE_TAG);
        PDMetadata metadata = pdf.getDocumentCatalog().getMetadata();
        if (metadata != null) {
            String xmp;
            try (InputStream in = metadata.exportXMPMetadata()) {
                xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(cover.date().atStartOfDay().atOffset(ZoneOffset.UTC));
            Matcher m = XMP_DATE.matcher(xmp);
            StringBuilder fixed = new StringBuilder();
            while (m.find()) {
                String replacement = m.group(1) != null ? m.group(1) + iso + m.group(2) : m.group(3) + iso + m.group(4);
                m.appendReplacement(fixed, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(fixed);
            metadata.importXMPMetadata(fixed.toString().getBytes(StandardCharsets.UTF_8));
        }
        byte[] id = md5(source);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /**
     * PDF/UA wants every link annotation to say where it goes in its Contents: the only links are the table of
     * contents' entries, in order.
     */
    private static void describeLinks(PDDocument pdf, List<String> contents) throws IOException {
        int next = 0;
        for (PDPage page : pdf.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink && annotation.getContents() == null) {
                    annotation.setContents(next < contents.size() ? "Aller à : " + contents.get(next) : "Lien interne");
                    next++;
                }
            }
        }
    }

    private static Calendar calendar(Cover cover) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        calendar.clear();
        calendar.set(cover.date().getYear(), cover.date().getMonthValue() - 1, cover.date().getDayOfMonth());
        return calendar;
    }

    private static byte[] md5(String text) {
        try {
            return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
