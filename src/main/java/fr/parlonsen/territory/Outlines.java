package fr.parlonsen.territory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outline of a group of polygons (a département, from its cantons) as closed rings, without the internal lines.
 * The contours share their vertices along common borders and the rings are consistently oriented, so the edges that
 * appear in only one ring of the group form its outline; chaining them keeps that orientation (outer boundaries one
 * way, enclaves the other), so the result fills correctly with the non-zero rule. Works on projected, rounded rings
 * ({@link Projection#rings}).
 */
final class Outlines {
    /** An edge whatever its direction: its two end points, smaller key first. */
    private record Edge(long a, long b) {
    }

    private Outlines() {
    }

    static List<double[]> of(List<double[]> rings) {
        Map<Edge, Integer> counts = new HashMap<>();
        for (double[] ring : rings) {
            for (int i = 0; i < ring.length; i += 2) {
                counts.merge(undirected(ring, i), 1, Integer::sum);
            }
        }
        Map<Long, ArrayDeque<Long>> next = new LinkedHashMap<>();
        for (double[] ring : rings) {
            for (int i = 0; i < ring.length; i += 2) {
                if (counts.get(undirected(ring, i)) == 1) {
                    int j = (i + 2) % ring.length;
                    next.computeIfAbsent(key(ring[i], ring[i + 1]), k -> new ArrayDeque<>())
                            .add(key(ring[j], ring[j + 1]));
                }
            }
        }
        List<double[]> outline = new ArrayList<>();
        for (Map.Entry<Long, ArrayDeque<Long>> start : next.entrySet()) {
            while (!start.getValue().isEmpty()) {
                double[] ring = chain(start.getKey(), next);
                if (ring.length >= 6) {
                    outline.add(ring);
                }
            }
        }
        return outline;
    }

    /**
     * The holes of an outline: the rings turning the other way than its largest ring. For the union of all the
     * cantons, these are the places without cantons (Paris, the Métropole de Lyon).
     */
    static List<double[]> holes(List<double[]> outline) {
        double largest = 0;
        for (double[] ring : outline) {
            double a = area(ring);
            largest = Math.abs(a) > Math.abs(largest) ? a : largest;
        }
        List<double[]> holes = new ArrayList<>();
        for (double[] ring : outline) {
            if (area(ring) * largest < 0) {
                holes.add(ring);
            }
        }
        return holes;
    }

    /** Signed area (shoelace) of a flat ring. */
    static double area(double[] ring) {
        double sum = 0;
        for (int i = 0; i < ring.length; i += 2) {
            int j = (i + 2) % ring.length;
            sum += ring[i] * ring[j + 1] - ring[j] * ring[i + 1];
        }
        return sum / 2;
    }

    /** Whether the point lies inside the flat ring (even-odd ray casting). */
    static boolean contains(double[] ring, double x, double y) {
        boolean inside = false;
        for (int i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
            if ((ring[i + 1] > y) != (ring[j + 1] > y)
                    && x < (ring[j] - ring[i]) * (y - ring[i + 1]) / (ring[j + 1] - ring[i + 1]) + ring[i]) {
                inside = !inside;
            }
        }
        return inside;
    }

    /** Follows unused edges from {@code start} until back to it (or a dead end, on inconsistent data). */
    private static double[] chain(long start, Map<Long, ArrayDeque<Long>> next) {
        double[] xy = new double[16];
        int n = 0;
        long point = start;
        do {
            if (n == xy.length) {
                xy = Arrays.copyOf(xy, n * 2);
            }
            xy[n++] = (point >> 32) / 10.0;
            xy[n++] = ((int) point) / 10.0;
            ArrayDeque<Long> out = next.get(point);
            if (out == null || out.isEmpty()) {
                break;
            }
            point = out.poll();
        } while (point != start);
        return Arrays.copyOf(xy, n);
    }

    /** A point on the 0.1 grid as one long: x tenths in the high half, y tenths in the low half. */
    private static long key(double x, double y) {
        return Math.round(x * 10) << 32 | (Math.round(y * 10) & 0xffffffffL);
    }

    /** The edge from point {@code i/2} to the next one (wrapping around). */
    private static Edge undirected(double[] ring, int i) {
        int j = (i + 2) % ring.length;
        long a = key(ring[i], ring[i + 1]), b = key(ring[j], ring[j + 1]);
        return a <= b ? new Edge(a, b) : new Edge(b, a);
    }
}
