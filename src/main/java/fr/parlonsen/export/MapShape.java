package fr.parlonsen.export;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One area of a map (a canton, a department).
 *
 * @param label   name, drawn at the centre of the area when it fits (may be empty)
 * @param rings   outer rings and holes, each a list of {@code [longitude, latitude]} points in degrees
 *                (GeoJSON order); filled with the even-odd rule
 * @param fillHex fill colour, {@code #RRGGBB}
 */
public record MapShape(String label, List<List<double[]>> rings, String fillHex) {

    static final Pattern HEX_COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");

    public MapShape {
        Objects.requireNonNull(label, "label");
        rings = rings.stream()
                .map(ring -> ring.stream().map(MapShape::point).toList())
                .toList();
        requireColor(fillHex);
    }

    private static double[] point(double[] p) {
        if (p.length < 2) {
            throw new IllegalArgumentException("a map point needs a longitude and a latitude");
        }
        return new double[] {p[0], p[1]};
    }

    static String requireColor(String hex) {
        if (hex == null || !HEX_COLOR.matcher(hex).matches()) {
            throw new IllegalArgumentException("colour must be #RRGGBB: " + hex);
        }
        return hex;
    }
}
