package fr.parlonsen.territory;

import static fr.parlonsen.territory.SvgTestSupport.CONTOURS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/** Plain JUnit: PNG rasterisation of the canton and national maps, and timings. */
class MapRasterTest {
    private final CantonMap cantonMap = new CantonMap(CONTOURS);
    private final DepartmentMap departmentMap = new DepartmentMap(CONTOURS);
    private final MapRaster raster = new MapRaster(cantonMap, departmentMap);

    @Test
    void canton_png_is_deterministic_and_has_the_requested_width() throws Exception {
        Map<String, MapState> states = new HashMap<>();
        states.put("0209", MapState.COVERED);
        states.put("0210", MapState.PLANNED);
        byte[] png = raster.cantonPng("02", states, 600).orElseThrow();
        assertArrayEquals(png, raster.cantonPng("02", new HashMap<>(states), 600).orElseThrow());
        assertEquals(0x89, png[0] & 0xff);
        assertEquals("PNG", new String(png, 1, 3, StandardCharsets.US_ASCII));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(600, image.getWidth());
        assertTrue(image.getHeight() > 450, "height follows the Aisne's proportions: " + image.getHeight());
        assertTrue(contains(image, 0x18753c), "a covered canton is filled with the covered green");
        assertTrue(contains(image, 0xfc5d00), "the planned orange shows between the hatches");
        assertTrue(contains(image, 0xffffff), "white background");
    }

    @Test
    void department_png_is_deterministic_and_has_the_requested_width() throws Exception {
        Map<String, DeptState> states = Map.of("75", DeptState.LATE, "972", DeptState.TRANSMITTED);
        byte[] png = raster.departmentPng(states, 1000).orElseThrow();
        assertArrayEquals(png, raster.departmentPng(states, 1000).orElseThrow());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(1000, image.getWidth());
        assertTrue(contains(image, 0xe5e5e5), "not started grey");
        assertTrue(contains(image, 0x000091), "transmitted blue (Martinique square)");
    }

    @Test
    void unavailable_maps_and_bad_widths() {
        assertTrue(raster.cantonPng("75", Map.of(), 600).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> raster.cantonPng("02", Map.of(), 0));
        assertThrows(IllegalArgumentException.class, () -> raster.departmentPng(Map.of(), 100_000));
    }

    @Test
    void national_svg_and_png_timings() {
        long t0 = System.nanoTime();
        String svg = departmentMap.svg(Map.of(), "France").orElseThrow();
        long t1 = System.nanoTime();
        byte[] png = raster.departmentPng(Map.of(), 1600).orElseThrow();
        long t2 = System.nanoTime();
        String svg2 = departmentMap.svg(Map.of("02", DeptState.LATE), "France").orElseThrow();
        long t3 = System.nanoTime();
        byte[] png2 = raster.departmentPng(Map.of("02", DeptState.LATE), 1600).orElseThrow();
        long t4 = System.nanoTime();
        String aisne = cantonMap.svg("02", Map.of(), "Aisne").orElseThrow();
        long t5 = System.nanoTime();
        System.out.printf("[carte] national SVG %d ms (first, with parsing of 98 files; %d kB), PNG 1600 px %d ms (%d kB);"
                + " again: SVG %d ms, PNG %d ms (%d kB); Aisne SVG %d ms (%d kB)%n",
                ms(t0, t1), svg.length() / 1024, ms(t1, t2), png.length / 1024, ms(t2, t3), ms(t3, t4),
                png2.length / 1024, ms(t4, t5), aisne.length() / 1024);
        assertTrue(svg2.length() > 100_000);
        assertTrue(ms(t0, t4) < 30_000, "generous bound on a shared 2-core machine");
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static boolean contains(BufferedImage image, int rgb) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == rgb) {
                    return true;
                }
            }
        }
        return false;
    }
}
