package fr.parlonsen.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.junit.jupiter.api.Test;

class DocxTemplateTest {

    @Test
    void committedModelHasTheStylesAndTheLetterhead() throws Exception {
        try (XWPFDocument model = new XWPFDocument(Files.newInputStream(DocxWriter.DEFAULT_TEMPLATE))) {
            for (String style : DocxStyles.REQUIRED) {
                assertTrue(model.getStyles().styleExist(style), "model lacks style " + style);
            }
            String header = model.getHeaderList().stream().map(XWPFHeader::getText).reduce("", String::concat);
            assertTrue(header.contains("{{autorite}}"), "letterhead placeholder");
        }
    }

    @Test
    void generatorIsDeterministic() throws Exception {
        assertArrayEquals(DocxTemplateGenerator.generate(), DocxTemplateGenerator.generate());
    }

    @Test
    void modelWithoutTheStylesIsRefused() throws Exception {
        byte[] bare;
        try (XWPFDocument empty = new XWPFDocument(); var out = new java.io.ByteArrayOutputStream()) {
            empty.createParagraph();
            empty.write(out);
            bare = out.toByteArray();
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DocxWriter(new ByteArrayInputStream(bare)));
        assertTrue(e.getMessage().contains("Heading1"), e.getMessage());
        assertEquals(DocxStyles.REQUIRED.size(), DocxStyles.REQUIRED.stream().distinct().count());
    }
}
