package fr.parlonsen.forum;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Writes invitation letters: DOCX from the editable model {@code templates/invitation-modele.docx} (placeholders
 * replaced paragraph by paragraph, so a prefecture may restyle the model in any word processor), and PDF with
 * OpenPDF from the same default wording.
 */
public final class InvitationDocuments {
    private InvitationDocuments() {
    }

    /** The model as a prefecture edits it; {@link #writeDefaultModel} made the committed one. */
    public static byte[] docx(InvitationLetter letter, Path model) {
        try (InputStream in = Files.isReadable(model) ? Files.newInputStream(model)
                : new java.io.ByteArrayInputStream(defaultModel());
                XWPFDocument doc = new XWPFDocument(in)) {
            boolean hasFeedbackField = doc.getParagraphs().stream()
                    .anyMatch(p -> p.getText() != null && p.getText().contains("{{avis}}"));
            for (XWPFParagraph p : doc.getParagraphs()) {
                fill(p, letter);
            }
            String feedback = letter.values().getOrDefault("avis", "");
            if (!feedback.isEmpty()) {
                // a model written before the feedback link: the line is added at the end, with its QR code
                if (!hasFeedbackField) {
                    doc.createParagraph().createRun().setText(letter.fill(InvitationLetter.FEEDBACK_LINE));
                }
                XWPFRun qr = doc.createParagraph().createRun();
                try {
                    qr.addPicture(new java.io.ByteArrayInputStream(fr.parlonsen.export.QrCode.of(feedback).png(8)),
                            org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG, "avis.png",
                            org.apache.poi.util.Units.toEMU(90), org.apache.poi.util.Units.toEMU(90));
                } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                    throw new IllegalStateException(e);
                }
            } else {
                doc.getParagraphs().stream().filter(p -> p.getText() != null && p.getText().contains("questionnaire anonyme"))
                        .findFirst().ifPresent(p -> doc.removeBodyElement(doc.getPosOfParagraph(p)));
            }
            doc.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells()
                    .forEach(c -> c.getParagraphs().forEach(p -> fill(p, letter)))));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Modèle d'invitation illisible : " + model, e);
        }
    }

    /** A placeholder may be split across runs by a word processor: the paragraph's text is replaced as a whole. */
    private static void fill(XWPFParagraph p, InvitationLetter letter) {
        String text = p.getText();
        if (text == null || !text.contains("{{")) {
            return;
        }
        List<XWPFRun> runs = p.getRuns();
        String filled = letter.fill(text);
        for (int i = runs.size() - 1; i > 0; i--) {
            p.removeRun(i);
        }
        runs.get(0).setText(filled, 0);
    }

    public static byte[] pdf(InvitationLetter letter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 70, 70, 70, 70);
        PdfWriter.getInstance(doc, out);
        doc.addTitle(letter.fill("Invitation au forum « {{forum}} »"));
        doc.addAuthor(letter.values().get("prefecture"));
        doc.open();
        Font regular = FontFactory.getFont(FontFactory.HELVETICA, 11);
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
        String feedback = letter.values().getOrDefault("avis", "");
        for (int i = 0; i < InvitationLetter.MODEL.length; i++) {
            boolean feedbackLine = InvitationLetter.MODEL[i].equals(InvitationLetter.FEEDBACK_LINE);
            if (feedbackLine && feedback.isEmpty()) {
                continue;
            }
            String line = letter.fill(InvitationLetter.MODEL[i]);
            Paragraph p = new Paragraph(line.isEmpty() ? " " : line, i == 0 || line.startsWith("Objet") ? bold : regular);
            p.setSpacingAfter(6);
            if (i > 6) {
                p.setAlignment(com.lowagie.text.Element.ALIGN_JUSTIFIED);
            }
            doc.add(p);
            if (feedbackLine) {
                try {
                    com.lowagie.text.Image qr = com.lowagie.text.Image.getInstance(
                            fr.parlonsen.export.QrCode.of(feedback).png(8));
                    qr.scaleAbsolute(90, 90);
                    qr.setAlt("QR code du questionnaire d'avis : " + feedback);
                    doc.add(qr);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        doc.close();
        return out.toByteArray();
    }

    /** The default editable model: the wording of {@link InvitationLetter#MODEL} with its placeholders. */
    public static byte[] defaultModel() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < InvitationLetter.MODEL.length; i++) {
                XWPFParagraph p = doc.createParagraph();
                String line = InvitationLetter.MODEL[i];
                p.setAlignment(i > 6 ? ParagraphAlignment.BOTH : ParagraphAlignment.LEFT);
                XWPFRun r = p.createRun();
                r.setFontFamily("Marianne");
                r.setFontSize(11);
                r.setBold(i == 0 || line.startsWith("Objet"));
                r.setText(line);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the default model (run once to make {@code templates/invitation-modele.docx}). */
    public static void writeDefaultModel(Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(target)) {
            out.write(defaultModel());
        }
    }

    public static void main(String[] args) throws IOException {
        writeDefaultModel(Path.of(args.length > 0 ? args[0] : "templates/invitation-modele.docx"));
    }
}
