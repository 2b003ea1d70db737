package fr.parlonsen.territory;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import fr.parlonsen.territory.MapScene.Area;
import fr.parlonsen.territory.MapScene.Element;
import fr.parlonsen.territory.MapScene.Label;
import fr.parlonsen.territory.MapScene.Marker;
import fr.parlonsen.territory.MapScene.Outline;
import fr.parlonsen.territory.MapScene.Pen;

/**
 * Writes a {@link MapScene} as an inline SVG. Presentation attributes only ({@code fill}, {@code stroke}...): no
 * {@code style} attribute and no {@code <style>} element, as the Content-Security-Policy forbids inline styles.
 * Accessible as an image: {@code role="img"} labelled by its {@code <title>} and {@code <desc>}, and each area carries
 * its own {@code <title>} (tooltip).
 */
final class SvgWriter {
    static final String FONT = "Marianne, arial, sans-serif";

    private SvgWriter() {
    }

    static String write(MapScene scene) {
        String p = scene.idPrefix();
        StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ");
        num(sb, scene.width()).append(' ');
        num(sb, scene.height()).append("\" role=\"img\" aria-labelledby=\"").append(p).append("-titre ").append(p)
                .append("-desc\" focusable=\"false\" stroke-linejoin=\"round\" stroke-linecap=\"round\">\n");
        sb.append("<title id=\"").append(p).append("-titre\">").append(escape(scene.title())).append("</title>\n");
        sb.append("<desc id=\"").append(p).append("-desc\">").append(escape(scene.description())).append("</desc>\n");
        patterns(sb, scene);
        for (Element e : scene.elements()) {
            if (e instanceof Area a) {
                area(sb, p, a);
            } else if (e instanceof Outline o) {
                outline(sb, o);
            } else if (e instanceof Label l) {
                label(sb, l);
            } else if (e instanceof Marker m) {
                marker(sb, m);
            }
        }
        return sb.append("</svg>\n").toString();
    }

    /** The id of the pattern of a hatched fill. */
    static String patternId(String prefix, MapFill fill) {
        return prefix + "-motif-" + fill.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static void patterns(StringBuilder sb, MapScene scene) {
        Set<MapFill> fills = new LinkedHashSet<>();
        scene.elements().stream().filter(Area.class::isInstance).map(e -> ((Area) e).fill())
                .filter(f -> f.hatch() != Hatch.NONE).sorted(Comparator.comparing(MapFill::name))
                .forEach(fills::add);
        if (fills.isEmpty()) {
            return;
        }
        sb.append("<defs>\n");
        for (MapFill f : fills) {
            sb.append("<pattern id=\"").append(patternId(scene.idPrefix(), f)).append("\" width=\"").append(Hatch.TILE)
                    .append("\" height=\"").append(Hatch.TILE).append("\" patternUnits=\"userSpaceOnUse\">")
                    .append("<rect width=\"").append(Hatch.TILE).append("\" height=\"").append(Hatch.TILE)
                    .append("\" fill=\"").append(f.colour()).append("\"/><path d=\"");
            for (double[] s : f.hatch().segments()) {
                sb.append('M');
                num(sb, s[0]).append(' ');
                num(sb, s[1]).append('L');
                num(sb, s[2]).append(' ');
                num(sb, s[3]);
            }
            sb.append("\" stroke=\"").append(Hatch.ink(f.colour())).append("\" stroke-width=\"");
            num(sb, Hatch.LINE_WIDTH).append("\" stroke-linecap=\"butt\"/></pattern>\n");
        }
        sb.append("</defs>\n");
    }

    private static void area(StringBuilder sb, String prefix, Area a) {
        sb.append("<path data-code=\"").append(escape(a.code())).append("\" d=\"");
        path(sb, a.rings(), true);
        sb.append("\" fill=\"");
        sb.append(a.fill().hatch() == Hatch.NONE ? a.fill().colour() : "url(#" + patternId(prefix, a.fill()) + ")");
        sb.append('"');
        pen(sb, a.pen());
        sb.append("><title>").append(escape(a.title())).append("</title></path>\n");
    }

    private static void outline(StringBuilder sb, Outline o) {
        if (o.lines().isEmpty()) {
            return;
        }
        sb.append("<path d=\"");
        path(sb, o.lines(), o.closed());
        sb.append("\" fill=\"none\"");
        pen(sb, o.pen());
        sb.append("/>\n");
    }

    private static void label(StringBuilder sb, Label l) {
        sb.append("<text x=\"");
        num(sb, l.x()).append("\" y=\"");
        num(sb, l.y()).append("\" text-anchor=\"middle\" font-family=\"").append(FONT).append("\" font-size=\"");
        num(sb, Label.SIZE).append('"');
        if (l.halo()) {
            // a white outline drawn under the letters keeps them readable on every fill
            sb.append(" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\" font-weight=\"700\"");
        }
        sb.append(" fill=\"#161616\">").append(escape(l.text())).append("</text>\n");
    }

    private static void marker(StringBuilder sb, Marker m) {
        sb.append("<circle data-marker=\"forum\" cx=\"");
        num(sb, m.x()).append("\" cy=\"");
        num(sb, m.y()).append("\" r=\"");
        num(sb, Marker.RADIUS).append("\" fill=\"#000091\" stroke=\"#ffffff\" stroke-width=\"2\"><title>")
                .append(escape(m.title())).append("</title></circle>\n");
    }

    private static void pen(StringBuilder sb, Pen pen) {
        if (pen == null) {
            sb.append(" stroke=\"none\"");
            return;
        }
        sb.append(" stroke=\"").append(pen.colour()).append("\" stroke-width=\"");
        num(sb, pen.width()).append('"');
    }

    /** {@code M x y L x y x y ... Z} per line. */
    private static void path(StringBuilder sb, List<double[]> lines, boolean closed) {
        for (double[] xy : lines) {
            for (int i = 0; i < xy.length; i += 2) {
                sb.append(i == 0 ? "M" : i == 2 ? "L" : " ");
                num(sb, xy[i]).append(' ');
                num(sb, xy[i + 1]);
            }
            if (closed) {
                sb.append('Z');
            }
        }
    }

    /** Writes {@code v} with at most one decimal, locale-independent ("12", "12.5", "-0.3"). */
    static StringBuilder num(StringBuilder sb, double v) {
        long tenths = Math.round(v * 10);
        if (tenths < 0) {
            sb.append('-');
            tenths = -tenths;
        }
        sb.append(tenths / 10);
        if (tenths % 10 != 0) {
            sb.append('.').append(tenths % 10);
        }
        return sb;
    }

    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
