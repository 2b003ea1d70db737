package fr.parlonsen.export;

import java.util.List;
import java.util.Objects;

/**
 * A choropleth map drawn by the server ({@link MapRenderer}) from polygons, so that no SVG
 * engine is needed and the picture is the same in every format.
 */
public record MapImage(String title, List<MapShape> shapes, List<MapLegendEntry> legend, String altText) {

    public MapImage {
        Objects.requireNonNull(title, "title");
        shapes = List.copyOf(shapes);
        legend = List.copyOf(legend);
        Objects.requireNonNull(altText, "altText");
    }
}
