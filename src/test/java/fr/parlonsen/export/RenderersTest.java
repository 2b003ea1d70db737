package fr.parlonsen.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class RenderersTest {

    @Test
    void chartIsAFixedSizeOpaquePngWithStableBytes() throws Exception {
        Chart chart = Fixtures.charts().get(0);
        byte[] png = new ChartRenderer().render(chart);
        assertArrayEquals(png, new ChartRenderer().render(chart));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(ChartRenderer.WIDTH, image.getWidth());
        assertEquals(ChartRenderer.HEIGHT, image.getHeight());
        assertFalse(image.getColorModel().hasAlpha());
        assertEquals(List.of("IHDR", "IDAT", "IEND"), distinctChunks(png), "no time or text chunk");
    }

    @Test
    void countsGetAWholeNumberAxisEvenWhenTheyAreSmall() {
        // xchart's step is at least spacing × span / axis length; the axis is shorter than the image
        for (int max : new int[] { 1, 2, 3, 7, 12, 150, 4000 }) {
            int spacing = ChartRenderer.integerTickSpacing(List.of(0, max / 2, max)).getAsInt();
            assertTrue(spacing * (double) max / ChartRenderer.HEIGHT >= 1, "step of 1 or more for a maximum of " + max);
        }
        assertTrue(ChartRenderer.integerTickSpacing(List.of(88.5, 12)).isEmpty(), "shares keep their decimals");
        new ChartRenderer().render(new Chart("Participants", ChartKind.BAR, List.of("Laon", "Soissons"), List.of(2, 3),
                "Participants : Laon 2, Soissons 3."));
    }

    @Test
    void mapFillsAreasWithTheirColourAndIsStable() throws Exception {
        List<double[]> square = List.of(new double[] {3.0, 49.0}, new double[] {4.0, 49.0},
                new double[] {4.0, 50.0}, new double[] {3.0, 50.0});
        MapImage map = new MapImage("Essai", List.of(new MapShape("", List.of(square), "#FF0000")),
                List.of(new MapLegendEntry("Rouge", "#FF0000")), "Un carré rouge.");
        byte[] png = new MapRenderer().render(map);
        assertArrayEquals(png, new MapRenderer().render(map));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(MapRenderer.WIDTH, image.getWidth());
        assertEquals(MapRenderer.HEIGHT, image.getHeight());
        assertEquals(0xFF0000, image.getRGB(MapRenderer.WIDTH / 2, MapRenderer.HEIGHT / 2) & 0xFFFFFF);
        assertEquals(0xFFFFFF, image.getRGB(2, 2) & 0xFFFFFF, "background");
        assertEquals(List.of("IHDR", "IDAT", "IEND"), distinctChunks(png));
    }

    @Test
    void aisneMapRendersEveryArrondissement() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(new MapRenderer().render(Fixtures.map())));
        long blue = 0;
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == 0x000091) {
                    blue++;
                }
            }
        }
        assertFalse(blue < 1000, "dark blue areas drawn: " + blue);
    }

    @Test
    void emptyMapStillRenders() {
        MapImage empty = new MapImage("Vide", List.of(), List.of(), "Aucune donnée.");
        assertFalse(new MapRenderer().render(empty).length == 0);
    }

    /** Chunk types of a PNG, in order, without repeats. */
    private static List<String> distinctChunks(byte[] png) {
        List<String> types = new ArrayList<>();
        int at = 8;
        while (at + 8 <= png.length) {
            int length = ((png[at] & 0xFF) << 24) | ((png[at + 1] & 0xFF) << 16) | ((png[at + 2] & 0xFF) << 8)
                    | (png[at + 3] & 0xFF);
            String type = new String(png, at + 4, 4, StandardCharsets.US_ASCII);
            if (types.isEmpty() || !types.get(types.size() - 1).equals(type)) {
                types.add(type);
            }
            at += 12 + length;
        }
        return types;
    }
}
