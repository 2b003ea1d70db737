package fr.parlonsen.export;

import java.util.List;
import java.util.Objects;

/**
 * A choropleth map drawn by the server ({@link MapRenderer}) from polygons, so that no SVG
 * engine is needed and the picture is the same in every format.
 */
public record MapImage(String title, List<MapShape> shapes, List<MapLegendEntry> legend, String altText,
        boolean planar) {

    public MapImage {
        Objects.requireNonNull(title, "title");
        shapes = List.copyOf(shapes);
        legend = List.copyOf(legend);
        Objects.requireNonNull(altText, "altText");
    }

    /** Shapes in longitude and latitude (degrees). */
    public MapImage(String title, List<MapShape> shapes, List<MapLegendEntry> legend, String altText) {
        this(title, shapes, legend, altText, false);
    }

    /**
     * Shapes already projected by the caller (x to the right, y downwards, any unit), e.g. the national map of
     * départements with its overseas insets: drawn as they are, only scaled to fit.
     */
    public static MapImage planar(String title, List<MapShape> shapes, List<MapLegendEntry> legend, String altText) {
        return new MapImage(title, shapes, legend, altText, true);
    }
}
