package fr.parlonsen.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelTest {

    @Test
    void chartNeedsOneValuePerCategory() {
        assertThrows(IllegalArgumentException.class, () -> new Chart("Participants", ChartKind.BAR,
                List.of("Laon", "Soissons"), List.of(612), "…"));
    }

    @Test
    void coloursAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new MapLegendEntry("Bleu", "blue"));
        assertThrows(IllegalArgumentException.class, () -> new MapShape("Laon", List.of(), "#00009"));
    }

    @Test
    void recordsKeepTheirOwnCopies() {
        double[] point = {3.6, 49.5};
        List<double[]> ring = new ArrayList<>(List.of(point));
        MapShape shape = new MapShape("Laon", List.of(ring), "#000091");
        point[0] = 0;
        ring.clear();
        assertEquals(3.6, shape.rings().get(0).get(0)[0]);
        List<Item> items = new ArrayList<>(List.of(new Item("Texte", "", List.of())));
        Subsection subsection = new Subsection("Thème", items);
        items.clear();
        assertEquals(1, subsection.items().size());
        assertThrows(UnsupportedOperationException.class, () -> subsection.items().clear());
    }

    @Test
    void itemCountAddsUpSubsections() {
        assertEquals(8, Fixtures.aisne().itemCount());
        assertEquals(600, Fixtures.synthetic(600, 1).itemCount());
    }

    @Test
    void frenchDates() {
        assertEquals("1er mars 2009", FrenchText.date(LocalDate.of(2009, 3, 1)));
        assertEquals("15 juin 2009", FrenchText.date(LocalDate.of(2009, 6, 15)));
    }
}
