package fr.parlonsen.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    private final SynthesisDocument doc = Fixtures.aisne();
    private final byte[] csv = new CsvWriter().write(doc);

    @Test
    void utf8WithBomSemicolonsAndOneLinePerItem() {
        assertEquals((byte) 0xEF, csv[0]);
        assertEquals((byte) 0xBB, csv[1]);
        assertEquals((byte) 0xBF, csv[2]);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        assertEquals("Section;Sous-section;Texte;Poids;Sources", lines[0]);
        assertEquals(doc.itemCount() + 1, lines.length);
        assertTrue(text.endsWith("\r\n"));
        assertEquals("Points forts;" + Fixtures.THEME_DUTY + ";Une présence de la gendarmerie appréciée dans les "
                + "communes rurales du Thiérache, où les brigades sont connues des élus.;3 réunions, 5 questions;"
                + "\"Forum 12 (Laon) — point 4 ; Forum 17 (Vervins) — point 2 ; Question 87\"", lines[1]);
    }

    @Test
    void quotesAndFormulasAreNeutralised() {
        assertEquals("\"a;b\"", CsvWriter.cell("a;b"));
        assertEquals("\"dit \"\"oui\"\"\"", CsvWriter.cell("dit \"oui\""));
        assertEquals("\"deux\nlignes\"", CsvWriter.cell("deux\nlignes"));
        assertEquals("'=SOMME(A1:A3)", CsvWriter.cell("=SOMME(A1:A3)"));
        assertEquals("'-1", CsvWriter.cell("-1"));
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.contains(";'=Informer les victimes par SMS"), "item text starting with =");
    }

    @Test
    void deterministic() {
        assertArrayEquals(csv, new CsvWriter().write(Fixtures.aisne()));
        assertEquals(List.of("Section", "Sous-section", "Texte", "Poids", "Sources"), CsvWriter.HEADER);
    }
}
