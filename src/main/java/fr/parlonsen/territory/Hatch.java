package fr.parlonsen.territory;

/**
 * Hatchings drawn over a fill colour, as line segments inside a square {@value #TILE}×{@value #TILE} tile that
 * repeats. The same segments feed the SVG {@code <pattern>} and the PNG texture.
 */
public enum Hatch {
    NONE("aplat", new double[][] {}),
    DIAGONAL("hachures obliques", new double[][] { { -1, 1, 1, -1 }, { 0, 8, 8, 0 }, { 7, 9, 9, 7 } }),
    HORIZONTAL("hachures horizontales", new double[][] { { 0, 4, 8, 4 } }),
    VERTICAL("hachures verticales", new double[][] { { 4, 0, 4, 8 } }),
    CROSS("hachures croisées", new double[][] { { -1, 1, 1, -1 }, { 0, 8, 8, 0 }, { 7, 9, 9, 7 },
            { -1, 7, 1, 9 }, { 0, 0, 8, 8 }, { 7, -1, 9, 1 } });

    /** Tile size, in map units. */
    public static final int TILE = 8;
    /** Width of the hatching lines, in map units. */
    public static final double LINE_WIDTH = 1.2;
    private static final String DARK = "#161616";

    private final String description;
    private final double[][] segments;

    Hatch(String description, double[][] segments) {
        this.description = description;
        this.segments = segments;
    }

    /** French description for text legends ("hachures obliques"). */
    public String description() {
        return description;
    }

    /** Segments {@code {x1, y1, x2, y2}} in tile coordinates; they may overflow the tile to join across edges. */
    double[][] segments() {
        return segments;
    }

    /** The hatching ink for a fill: white on dark fills, near-black on light ones (whichever contrasts more). */
    static String ink(String fill) {
        double l = luminance(fill);
        return 1.05 / (l + 0.05) > (l + 0.05) / (luminance(DARK) + 0.05) ? "#ffffff" : DARK;
    }

    /** WCAG relative luminance of {@code #rrggbb}. */
    static double luminance(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        return 0.2126 * linear(rgb >> 16) + 0.7152 * linear(rgb >> 8) + 0.0722 * linear(rgb);
    }

    private static double linear(int channel) {
        double c = (channel & 0xff) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
