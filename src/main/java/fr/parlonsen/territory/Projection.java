package fr.parlonsen.territory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Equirectangular projection of lon/lat onto map units: longitudes are scaled by the cosine of the mean latitude of
 * the area, y grows downwards, and the area is fitted (centred) into a box. Projected coordinates are rounded to
 * 0.1 unit so that the SVG and the PNG draw exactly the same points and the output is deterministic.
 */
final class Projection {
    private final double minLon;
    private final double maxLat;
    private final double xScale;
    private final double yScale;
    private final double x0;
    private final double y0;

    /** The lon/lat extent of some rings. */
    record Bounds(double minLon, double minLat, double maxLon, double maxLat) {
        static Bounds of(Collection<double[][]> rings) {
            double minLon = Double.POSITIVE_INFINITY, minLat = Double.POSITIVE_INFINITY;
            double maxLon = Double.NEGATIVE_INFINITY, maxLat = Double.NEGATIVE_INFINITY;
            for (double[][] ring : rings) {
                for (double[] p : ring) {
                    minLon = Math.min(minLon, p[0]);
                    maxLon = Math.max(maxLon, p[0]);
                    minLat = Math.min(minLat, p[1]);
                    maxLat = Math.max(maxLat, p[1]);
                }
            }
            if (minLon > maxLon) {
                throw new IllegalArgumentException("Aucun point à projeter");
            }
            return new Bounds(minLon, minLat, maxLon, maxLat);
        }

        double cosMeanLatitude() {
            return Math.cos(Math.toRadians((minLat + maxLat) / 2));
        }

        /** Projected height / width. */
        double aspect() {
            return Math.max(maxLat - minLat, 1e-9) / Math.max((maxLon - minLon) * cosMeanLatitude(), 1e-9);
        }
    }

    private Projection(Bounds b, double scale, double x0, double y0) {
        this.minLon = b.minLon();
        this.maxLat = b.maxLat();
        this.xScale = scale * b.cosMeanLatitude();
        this.yScale = scale;
        this.x0 = x0;
        this.y0 = y0;
    }

    /** Fits the bounds into the box {@code (x, y, width, height)}, keeping proportions and centring. */
    static Projection fit(Bounds b, double x, double y, double width, double height) {
        double projectedWidth = Math.max((b.maxLon() - b.minLon()) * b.cosMeanLatitude(), 1e-9);
        double projectedHeight = Math.max(b.maxLat() - b.minLat(), 1e-9);
        double scale = Math.min(width / projectedWidth, height / projectedHeight);
        return new Projection(b, scale, x + (width - projectedWidth * scale) / 2,
                y + (height - projectedHeight * scale) / 2);
    }

    /** The projected point {@code [x, y]}, rounded. */
    double[] point(double lon, double lat) {
        return new double[] { round(x0 + (lon - minLon) * xScale), round(y0 + (maxLat - lat) * yScale) };
    }

    /**
     * Projects rings to flat {@code [x0, y0, x1, y1, ...]} arrays, rounded, without consecutive duplicates nor the
     * closing point. Rings that collapse to fewer than 3 points at this scale are dropped.
     */
    List<double[]> rings(Collection<double[][]> lonLatRings) {
        List<double[]> out = new ArrayList<>(lonLatRings.size());
        for (double[][] ring : lonLatRings) {
            double[] xy = ring(ring);
            if (xy.length >= 6) {
                out.add(xy);
            }
        }
        return out;
    }

    private double[] ring(double[][] ring) {
        double[] xy = new double[ring.length * 2];
        int n = 0;
        for (double[] p : ring) {
            double[] q = point(p[0], p[1]);
            if (n == 0 || q[0] != xy[n - 2] || q[1] != xy[n - 1]) {
                xy[n++] = q[0];
                xy[n++] = q[1];
            }
        }
        if (n >= 4 && xy[0] == xy[n - 2] && xy[1] == xy[n - 1]) {
            n -= 2;
        }
        return Arrays.copyOf(xy, n);
    }

    /** A regular polygon approximating a circle, in map units (for shapes that have no outline). */
    static double[] circle(double cx, double cy, double radius, int sides) {
        double[] xy = new double[sides * 2];
        for (int i = 0; i < sides; i++) {
            double a = 2 * Math.PI * i / sides;
            xy[2 * i] = round(cx + radius * Math.cos(a));
            xy[2 * i + 1] = round(cy + radius * Math.sin(a));
        }
        return xy;
    }

    static double[] rectangle(double x, double y, double width, double height) {
        double x1 = round(x), y1 = round(y), x2 = round(x + width), y2 = round(y + height);
        return new double[] { x1, y1, x2, y1, x2, y2, x1, y2 };
    }

    static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
