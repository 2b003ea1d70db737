package fr.parlonsen.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

class DocxPlaceholdersTest {

    @Test
    void placeholderSplitOverRunsByWordIsStillFilled() throws Exception {
        try (XWPFDocument docx = new XWPFDocument()) {
            XWPFParagraph paragraph = docx.createParagraph();
            paragraph.createRun().setText("Destinataire : {{auto");
            paragraph.createRun().setText("rite}}, le ");
            paragraph.createRun().setText("{{date}}");
            paragraph.createRun().setText(" ({{version}})");
            new DocxPlaceholders(Fixtures.aisneCover()).fill(docx);
            assertEquals("Destinataire : Préfecture de l'Aisne, le 15 juin 2009 (Version 2 — validée par le préfet)",
                    paragraph.getText());
        }
    }
}
