package fr.parlonsen.territory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Plain JUnit: the projection, border extraction and number formatting shared by the SVG and PNG maps. */
class MapGeometryTest {
    @Test
    void projection_fits_centres_flips_y_and_rounds() {
        double[][] square = { { 0, 0 }, { 1, 0 }, { 1, 1 }, { 0, 1 }, { 0, 0 } };
        Projection.Bounds b = Projection.Bounds.of(Collections.singletonList(square));
        assertEquals(1 / Math.cos(Math.toRadians(0.5)), b.aspect(), 1e-9, "1 / cos(mean latitude)");
        Projection p = Projection.fit(b, 10, 0, 200, 100);
        // 100 × 100 square centred in the 200 × 100 box, north up
        assertArrayEquals(new double[] { 60, 100, 160, 100, 160, 0, 60, 0 }, p.rings(Collections.singletonList(square)).get(0),
                0.11);
        double[][] north = { { 0, 60 }, { 1, 60 }, { 1, 61 }, { 0, 60 } };
        assertEquals(Math.cos(Math.toRadians(60.5)), 1 / Projection.Bounds.of(Collections.singletonList(north)).aspect(),
                1e-9, "longitudes shrink with latitude");
        assertEquals(12.3, Projection.round(12.34));
    }

    @Test
    void tiny_rings_are_dropped_and_duplicates_removed() {
        double[][] big = { { 0, 0 }, { 10, 0 }, { 10, 10 }, { 0, 0 } };
        double[][] dot = { { 5, 5 }, { 5.00001, 5 }, { 5, 5.00001 }, { 5, 5 } };
        Projection p = Projection.fit(Projection.Bounds.of(Collections.singletonList(big)), 0, 0, 100, 100);
        List<double[]> rings = p.rings(List.of(big, dot));
        assertEquals(1, rings.size());
        assertEquals(6, rings.get(0).length, "three points, closing point dropped");
    }

    @Test
    void outlines_drop_shared_edges_and_keep_enclaves() {
        // two unit squares side by side (counter-clockwise with y down: any consistent orientation works)
        double[] a = { 0, 0, 0, 1, 1, 1, 1, 0 };
        double[] b = { 1, 0, 1, 1, 2, 1, 2, 0 };
        List<double[]> outline = Outlines.of(List.of(a, b));
        assertEquals(1, outline.size());
        assertEquals(6, outline.get(0).length / 2, "2 × 1 rectangle with its two mid points");
        // a square with a hole (reverse orientation) and an island of the same group inside the hole
        double[] outer = { 0, 0, 0, 3, 3, 3, 3, 0 };
        double[] hole = { 1, 1, 2, 1, 2, 2, 1, 2 };
        double[] island = { 1.2, 1.2, 1.2, 1.8, 1.8, 1.8, 1.8, 1.2 };
        assertEquals(3, Outlines.of(List.of(outer, hole, island)).size());
        // a canton enclosed by another of the same group: the shared hole disappears
        assertEquals(1, Outlines.of(List.of(outer, hole, new double[] { 1, 1, 1, 2, 2, 2, 2, 1 })).size());
    }

    @Test
    void numbers_are_written_with_one_decimal_at_most() {
        assertEquals("12", SvgWriter.num(new StringBuilder(), 12.0).toString());
        assertEquals("12.5", SvgWriter.num(new StringBuilder(), 12.49).toString());
        assertEquals("-0.3", SvgWriter.num(new StringBuilder(), -0.3).toString());
        assertEquals("0", SvgWriter.num(new StringBuilder(), -0.01).toString());
        assertEquals("L&apos;x &amp; &lt;y&gt;".replace("&apos;", "'"), SvgWriter.escape("L'x & <y>"));
    }

    @Test
    void hatch_ink_contrasts_with_the_fill() {
        assertEquals("#161616", Hatch.ink("#e5e5e5"));
        assertEquals("#161616", Hatch.ink("#fc5d00"));
        assertEquals("#ffffff", Hatch.ink("#000091"));
        assertEquals("#ffffff", Hatch.ink("#ce0500"));
    }
}
