package fr.parlonsen.territory;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.TexturePaint;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import javax.imageio.ImageIO;

import org.jboss.logging.Logger;

import fr.parlonsen.territory.MapScene.Area;
import fr.parlonsen.territory.MapScene.Element;
import fr.parlonsen.territory.MapScene.Label;
import fr.parlonsen.territory.MapScene.Outline;
import fr.parlonsen.territory.MapScene.Pen;

/**
 * Rasterises a {@link MapScene} to PNG with Java2D (headless), on a white background, scaled to the requested pixel
 * width. The output is deterministic: same scene and width, same bytes (software rendering, no metadata: the JDK PNG
 * writer adds no time chunk). Labels need a font; when the JVM has none (bare container without fontconfig), they
 * are left out rather than failing the export.
 */
final class PngWriter {
    private static final Logger LOG = Logger.getLogger(PngWriter.class);
    static final int MIN_WIDTH = 16;
    static final int MAX_WIDTH = 8000;

    private PngWriter() {
    }

    static byte[] write(MapScene scene, int widthPx) {
        if (widthPx < MIN_WIDTH || widthPx > MAX_WIDTH) {
            throw new IllegalArgumentException("Largeur hors limites (" + MIN_WIDTH + "-" + MAX_WIDTH + ") : " + widthPx);
        }
        double scale = widthPx / scene.width();
        int heightPx = Math.max(1, (int) Math.ceil(scene.height() * scale));
        BufferedImage image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, widthPx, heightPx);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(scale, scale);
            for (Element e : scene.elements()) {
                if (e instanceof Area a) {
                    area(g, a, scale);
                } else if (e instanceof Outline o) {
                    stroke(g, path(o.lines(), o.closed()), o.pen());
                } else if (e instanceof Label l) {
                    label(g, l);
                }
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void area(Graphics2D g, Area a, double scale) {
        Path2D shape = path(a.rings(), true);
        g.setPaint(paint(a.fill(), scale));
        g.fill(shape);
        stroke(g, shape, a.pen());
    }

    private static void stroke(Graphics2D g, Path2D shape, Pen pen) {
        if (pen == null) {
            return;
        }
        g.setColor(Color.decode(pen.colour()));
        g.setStroke(new BasicStroke((float) pen.width(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(shape);
    }

    /** The flat colour, or a texture drawn at device resolution from the hatch segments (anchored at 0,0). */
    private static Paint paint(MapFill fill, double scale) {
        Color colour = Color.decode(fill.colour());
        if (fill.hatch() == Hatch.NONE) {
            return colour;
        }
        int size = Math.max(2, (int) Math.round(Hatch.TILE * scale));
        BufferedImage tile = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D t = tile.createGraphics();
        try {
            t.setColor(colour);
            t.fillRect(0, 0, size, size);
            t.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            t.scale((double) size / Hatch.TILE, (double) size / Hatch.TILE);
            t.setColor(Color.decode(Hatch.ink(fill.colour())));
            t.setStroke(new BasicStroke((float) Hatch.LINE_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
            for (double[] s : fill.hatch().segments()) {
                t.draw(new Line2D.Double(s[0], s[1], s[2], s[3]));
            }
        } finally {
            t.dispose();
        }
        return new TexturePaint(tile, new Rectangle2D.Double(0, 0, Hatch.TILE, Hatch.TILE));
    }

    private static void label(Graphics2D g, Label l) {
        try {
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont((float) Label.SIZE));
            g.setColor(Color.decode("#161616"));
            float width = (float) g.getFontMetrics().getStringBounds(l.text(), g).getWidth();
            g.drawString(l.text(), (float) l.x() - width / 2, (float) l.y());
        } catch (RuntimeException | LinkageError e) {
            LOG.debugf("Étiquette « %s » omise : pas de police disponible (%s)", l.text(), e);
        }
    }

    private static Path2D path(List<double[]> lines, boolean closed) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO);
        for (double[] xy : lines) {
            path.moveTo(xy[0], xy[1]);
            for (int i = 2; i < xy.length; i += 2) {
                path.lineTo(xy[i], xy[i + 1]);
            }
            if (closed) {
                path.closePath();
            }
        }
        return path;
    }
}
