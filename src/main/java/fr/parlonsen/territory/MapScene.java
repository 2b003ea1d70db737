package fr.parlonsen.territory;

import java.util.List;

/**
 * A projected map ready to draw, in map units ({@code width} × {@code height}), as {@link SvgWriter} renders it.
 *
 * @param idPrefix prefix of the SVG ids (title, desc, patterns), unique per page; characters other than
 *                 {@code [A-Za-z0-9_-]} become {@code -}
 * @param elements drawn in order
 */
record MapScene(String idPrefix, double width, double height, String title, String description,
        List<Element> elements) {

    MapScene {
        idPrefix = idPrefix == null ? "" : idPrefix.replaceAll("[^A-Za-z0-9_-]", "-");
        if (idPrefix.isEmpty() || !Character.isLetter(idPrefix.charAt(0))) {
            idPrefix = "carte-" + idPrefix;
        }
        elements = List.copyOf(elements);
    }

    sealed interface Element permits Area, Outline, Label, Marker {
    }

    /** A stroke colour and width, in map units. */
    record Pen(String colour, double width) {
    }

    /**
     * A filled area made of closed rings (non-zero rule) with a tooltip title.
     *
     * @param code the canton or département code ({@code data-code} in the SVG)
     * @param pen  its outline, or {@code null} for none
     */
    record Area(String code, String title, MapFill fill, List<double[]> rings, Pen pen) implements Element {
    }

    /** Lines only: open polylines, or closed rings when {@code closed}. */
    record Outline(List<double[]> lines, boolean closed, Pen pen) implements Element {
    }

    /** A text centred on {@code x}, baseline at {@code y}. */
    record Label(double x, double y, String text, boolean halo) implements Element {
        static final double SIZE = 11;

        Label(double x, double y, String text) {
            this(x, y, text, false);
        }
    }

    /** A round marker centred on {@code x, y} (a forum's place) with a tooltip title. */
    record Marker(double x, double y, String title) implements Element {
        static final double RADIUS = 6;
    }
}
