package fr.parlonsen.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Rasterises a {@link MapImage} with Java2D, headless: areas filled with their colour, white
 * borders, names drawn where they fit, legend under the map. Longitudes and latitudes are projected
 * with an equirectangular projection centred on the map's mid-latitude (good enough at the scale of
 * a department or of metropolitan France). Fixed size, deterministic bytes.
 */
public final class MapRenderer {

    public static final int WIDTH = 1100;
    public static final int HEIGHT = 1100;

    private static final int MARGIN = 24;
    private static final int LEGEND_ROW = 50;
    private static final Color TEXT = new Color(0x16, 0x16, 0x16);
    private static final Color BORDER = Color.WHITE;

    public MapRenderer() {
        Headless.ensure();
    }

    /** PNG bytes of the map, {@value #WIDTH}×{@value #HEIGHT} pixels, opaque. */
    public byte[] render(MapImage map) {
        return renderImage(map).bytes();
    }

    PngImage renderImage(MapImage map) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            int legendHeight = map.legend().isEmpty() ? 0 : MARGIN + LEGEND_ROW * map.legend().size();
            Rectangle2D mapArea = new Rectangle2D.Double(MARGIN, MARGIN,
                    WIDTH - 2.0 * MARGIN, HEIGHT - 2.0 * MARGIN - legendHeight);
            drawShapes(g, map.shapes(), mapArea, map.planar());
            drawLegend(g, map.legend(), HEIGHT - legendHeight);
        } finally {
            g.dispose();
        }
        return PngImage.encode(image);
    }

    private static void drawShapes(Graphics2D g, List<MapShape> shapes, Rectangle2D area, boolean planar) {
        List<Path2D> paths = project(shapes, area, planar);
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int i = 0; i < shapes.size(); i++) {
            g.setColor(Color.decode(shapes.get(i).fillHex()));
            g.fill(paths.get(i));
            g.setColor(BORDER);
            g.draw(paths.get(i));
        }
        Font font = BundledFont.BOLD.awt(28f);
        for (int i = 0; i < shapes.size(); i++) {
            drawLabel(g, font, shapes.get(i).label(), paths.get(i).getBounds2D());
        }
    }

    /** Paths in image coordinates, all shapes sharing one scale so that they stay in proportion. */
    private static List<Path2D> project(List<MapShape> shapes, Rectangle2D area, boolean planar) {
        double minLon = Double.POSITIVE_INFINITY;
        double maxLon = Double.NEGATIVE_INFINITY;
        double minLat = Double.POSITIVE_INFINITY;
        double maxLat = Double.NEGATIVE_INFINITY;
        for (MapShape shape : shapes) {
            for (List<double[]> ring : shape.rings()) {
                for (double[] p : ring) {
                    minLon = Math.min(minLon, p[0]);
                    maxLon = Math.max(maxLon, p[0]);
                    minLat = Math.min(minLat, p[1]);
                    maxLat = Math.max(maxLat, p[1]);
                }
            }
        }
        if (minLon > maxLon) {
            return shapes.stream().map(s -> (Path2D) new Path2D.Double()).toList();
        }
        double kx = planar ? 1 : Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double spanX = Math.max((maxLon - minLon) * kx, 1e-9);
        double spanY = Math.max(maxLat - minLat, 1e-9);
        double scale = Math.min(area.getWidth() / spanX, area.getHeight() / spanY);
        double offsetX = area.getX() + (area.getWidth() - spanX * scale) / 2;
        double offsetY = area.getY() + (area.getHeight() - spanY * scale) / 2;
        double west = minLon;
        double north = maxLat;
        double south = minLat;
        return shapes.stream().map(shape -> {
            Path2D path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            for (List<double[]> ring : shape.rings()) {
                for (int k = 0; k < ring.size(); k++) {
                    double x = offsetX + (ring.get(k)[0] - west) * kx * scale;
                    double y = offsetY + (planar ? ring.get(k)[1] - south : north - ring.get(k)[1]) * scale;
                    if (k == 0) {
                        path.moveTo(x, y);
                    } else {
                        path.lineTo(x, y);
                    }
                }
                if (!ring.isEmpty()) {
                    path.closePath();
                }
            }
            return path;
        }).toList();
    }

    private static void drawLabel(Graphics2D g, Font font, String label, Rectangle2D bounds) {
        if (label.isBlank()) {
            return;
        }
        FontMetrics metrics = g.getFontMetrics(font);
        int width = metrics.stringWidth(label);
        if (width > bounds.getWidth() * 0.95 || metrics.getHeight() > bounds.getHeight() * 0.8) {
            return;
        }
        float x = (float) (bounds.getCenterX() - width / 2.0);
        float y = (float) (bounds.getCenterY() + metrics.getAscent() / 2.0 - 2);
        Shape outline = new TextLayout(label, font, g.getFontRenderContext())
                .getOutline(AffineTransform.getTranslateInstance(x, y));
        g.setStroke(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(Color.WHITE);
        g.draw(outline);
        g.setColor(TEXT);
        g.fill(outline);
    }

    private static void drawLegend(Graphics2D g, List<MapLegendEntry> legend, int top) {
        Font font = BundledFont.REGULAR.awt(30f);
        g.setFont(font);
        int ascent = g.getFontMetrics().getAscent();
        int y = top + MARGIN / 2;
        for (MapLegendEntry entry : legend) {
            g.setColor(Color.decode(entry.fillHex()));
            g.fillRect(MARGIN, y + 4, 56, LEGEND_ROW - 12);
            g.setColor(TEXT);
            g.setStroke(new BasicStroke(1f));
            g.drawRect(MARGIN, y + 4, 56, LEGEND_ROW - 12);
            g.drawString(entry.label(), MARGIN + 72, y + 4 + (LEGEND_ROW - 12 + ascent) / 2 - 2);
            y += LEGEND_ROW;
        }
    }
}
