package fr.parlonsen.territory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.parlonsen.territory.MapScene.Area;
import fr.parlonsen.territory.MapScene.Element;
import fr.parlonsen.territory.MapScene.Label;
import fr.parlonsen.territory.MapScene.Pen;

/**
 * Map of the cantons of one département coloured by {@link MapState}, as an inline SVG (see {@link SvgWriter}); the
 * documents draw the same contours through export.MapRenderer. Cantons missing from the {@code states} map are {@link MapState#UNCOVERED}.
 * Départements without canton contours (Paris, Martinique, Guyane, or no {@code parlonsen.geo.dir}) give
 * {@link Optional#empty()}: the page shows its canton table alone.
 */
@ApplicationScoped
public class CantonMap {
    static final double WIDTH = 800;
    static final double MARGIN = 8;
    static final Pen OUTLINE = new Pen("#3a3a3a", 0.8);

    private final CantonContours contours;

    @Inject
    public CantonMap(CantonContours contours) {
        this.contours = contours;
    }

    /** The SVG with ids prefixed {@code carte-cantons-<dep>}, or empty when the département has no contours. */
    public Optional<String> svg(String dep, Map<String, MapState> states, String title) {
        return svg(dep, states, title, "carte-cantons-" + dep);
    }

    /** The SVG with ids prefixed {@code idPrefix} (for two maps of the same département on one page). */
    public Optional<String> svg(String dep, Map<String, MapState> states, String title, String idPrefix) {
        return scene(dep, states, title, idPrefix).map(SvgWriter::write);
    }

    /** A forum drawn on the map, in the canton of its place, with its tooltip ("Forum de Laon, 5 avril 2009"). */
    public record ForumMarker(String canton, String title) {
    }

    /**
     * The coverage map with its canton labels and forum markers. Each canton is labelled with its name when the
     * name fits inside it, else with its number in {@code numbers} (canton code → "12", the numbers of the page's
     * canton table), so that every label leads to a row of that table. Markers sit under the label of their canton,
     * side by side when a canton has several forums.
     */
    public Optional<String> svg(String dep, Map<String, MapState> states, String title, Map<String, String> numbers,
            List<ForumMarker> markers) {
        return scene(dep, states, title, "carte-cantons-" + dep).map(scene -> {
            List<Element> elements = new ArrayList<>(scene.elements());
            Map<String, List<ForumMarker>> byCanton = new java.util.LinkedHashMap<>();
            markers.forEach(m -> byCanton.computeIfAbsent(m.canton(), k -> new ArrayList<>()).add(m));
            List<Element> marks = new ArrayList<>();
            for (Element e : scene.elements()) {
                if (!(e instanceof Area a)) {
                    continue;
                }
                double[] spot = labelSpot(a.rings());
                if (spot == null) {
                    continue;
                }
                String name = a.title().substring(0, Math.max(0, a.title().indexOf(" (")));
                String number = numbers.get(a.code());
                String text = textWidth(name) <= spot[2] - 4 ? name : number;
                if (text != null && !text.isEmpty()) {
                    elements.add(new Label(Projection.round(spot[0]), Projection.round(spot[1] + Label.SIZE / 3),
                            text, true));
                }
                List<ForumMarker> here = byCanton.getOrDefault(a.code(), List.of());
                double step = 2 * MapScene.Marker.RADIUS + 3;
                double x0 = spot[0] - (here.size() - 1) * step / 2;
                for (int i = 0; i < here.size(); i++) {
                    marks.add(new MapScene.Marker(Projection.round(x0 + i * step),
                            Projection.round(spot[1] + Label.SIZE / 3 + 4 + MapScene.Marker.RADIUS), here.get(i).title()));
                }
            }
            elements.addAll(marks);
            return SvgWriter.write(new MapScene(scene.idPrefix(), scene.width(), scene.height(), scene.title(),
                    scene.description() + (markers.isEmpty() ? "" : " ; " + markers.size()
                            + (markers.size() > 1 ? " forums placés" : " forum placé") + " sur la carte"), elements));
        });
    }

    /** A rough width of a label in map units (bold Marianne averages 0.6 em a character). */
    static double textWidth(String text) {
        return text.length() * Label.SIZE * 0.6;
    }

    /**
     * Where to write a label inside an area: the middle of the widest horizontal run inside it, on scanlines across
     * the middle of its largest ring (a concave canton's centroid may lie outside it). {x, y, width of the run}.
     */
    static double[] labelSpot(List<double[]> rings) {
        double[] largest = null;
        double best = 0;
        for (double[] r : rings) {
            double area = Math.abs(signedArea(r));
            if (area > best) {
                best = area;
                largest = r;
            }
        }
        if (largest == null) {
            return null;
        }
        double minY = Double.POSITIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (int i = 1; i < largest.length; i += 2) {
            minY = Math.min(minY, largest[i]);
            maxY = Math.max(maxY, largest[i]);
        }
        double[] spot = null;
        double bestScore = -1;
        int lines = 15;
        for (int k = 1; k < lines; k++) {
            double y = minY + (maxY - minY) * k / lines + 0.05;
            List<Double> xs = new ArrayList<>();
            for (double[] r : rings) {
                int n = r.length / 2;
                for (int i = 0; i < n; i++) {
                    double x1 = r[2 * i], y1 = r[2 * i + 1];
                    double x2 = r[2 * ((i + 1) % n)], y2 = r[2 * ((i + 1) % n) + 1];
                    if ((y1 <= y && y2 > y) || (y2 <= y && y1 > y)) {
                        xs.add(x1 + (y - y1) * (x2 - x1) / (y2 - y1));
                    }
                }
            }
            java.util.Collections.sort(xs);
            double centrality = 1 - Math.abs((double) k / lines - 0.5);
            for (int i = 0; i + 1 < xs.size(); i += 2) {
                double width = xs.get(i + 1) - xs.get(i);
                double score = width * centrality;
                if (score > bestScore) {
                    bestScore = score;
                    spot = new double[] { (xs.get(i) + xs.get(i + 1)) / 2, y, width };
                }
            }
        }
        return spot;
    }

    private static double signedArea(double[] r) {
        double a = 0;
        int n = r.length / 2;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            a += r[2 * i] * r[2 * j + 1] - r[2 * j] * r[2 * i + 1];
        }
        return a / 2;
    }

    /** Counts per state of the given states (every state listed, in order, zero counts kept). */
    public List<LegendEntry<MapState>> legend(Map<String, MapState> states) {
        return LegendEntry.count(MapState.class, states.values());
    }

    /** Counts per state over the cantons of the département, missing ones counted as uncovered, like the map. */
    public List<LegendEntry<MapState>> legend(String dep, Map<String, MapState> states) {
        return LegendEntry.count(MapState.class,
                contours.cantons(dep).stream().map(c -> state(states, c.code())).toList());
    }

    Optional<MapScene> scene(String dep, Map<String, MapState> states, String title, String idPrefix) {
        List<CantonShape> cantons = contours.cantons(dep);
        if (cantons.isEmpty()) {
            return Optional.empty();
        }
        Projection.Bounds bounds = Projection.Bounds.of(cantons.stream().flatMap(c -> c.rings().stream()).toList());
        double width = WIDTH - 2 * MARGIN;
        double height = Projection.round(width * bounds.aspect());
        Projection projection = Projection.fit(bounds, MARGIN, MARGIN, width, height);
        List<Element> areas = new ArrayList<>(cantons.size());
        for (CantonShape c : cantons) {
            MapState s = state(states, c.code());
            areas.add(new Area(c.code(), c.name() + " (" + c.code() + ") : " + s.label().toLowerCase(Locale.FRENCH),
                    s, projection.rings(c.rings()), OUTLINE));
        }
        return Optional.of(new MapScene(idPrefix, WIDTH, height + 2 * MARGIN,
                title == null || title.isBlank() ? "Carte des cantons (" + dep + ")" : title,
                description(legend(dep, states), cantons.size()), List.copyOf(areas)));
    }

    /** "12 cantons couverts, 5 prévus, 4 non couverts sur 21". */
    static String description(List<LegendEntry<MapState>> legend, int total) {
        StringJoiner parts = new StringJoiner(", ");
        for (LegendEntry<MapState> e : legend) {
            int n = e.count();
            String adjective = e.label().toLowerCase(Locale.FRENCH) + (n > 1 ? "s" : "");
            parts.add(parts.length() == 0 ? n + (n > 1 ? " cantons " : " canton ") + adjective : n + " " + adjective);
        }
        return parts + " sur " + total;
    }

    static MapState state(Map<String, MapState> states, String code) {
        MapState s = states == null ? null : states.get(code);
        return s == null ? MapState.UNCOVERED : s;
    }
}
