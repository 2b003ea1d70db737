package fr.parlonsen.territory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.zip.GZIPInputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.parlonsen.territory.MapScene.Area;
import fr.parlonsen.territory.MapScene.Element;
import fr.parlonsen.territory.MapScene.Label;
import fr.parlonsen.territory.MapScene.Outline;
import fr.parlonsen.territory.MapScene.Pen;

/**
 * National map: the 101 départements coloured by {@link DeptState}, as an inline SVG (the documents draw the same
 * shapes through export.MapRenderer). Départements missing from the {@code states} map are {@link DeptState#NOT_STARTED}.
 * <p>
 * Each département is drawn as the union of its canton outlines: one path holding the outline rings of the
 * département (canton edges shared by two of its cantons are left out, see {@link Outlines}), filled and stroked.
 * Shared borders are drawn by both neighbours at the same place, so they look the same everywhere. Internal canton
 * lines are not drawn at all, which also keeps the SVG small.
 * <p>
 * Layout (map units, 800 wide): metropolitan France and Corsica on the right; the five DROM in a column of labelled
 * inset frames on the left, each at its own scale (971 Guadeloupe, 972 Martinique, 973 Guyane, 974 La Réunion,
 * 976 Mayotte). Places without cantons, hence without contours:
 * <ul>
 * <li>Paris (75) is the hole that the cantons of the Hauts-de-Seine, Seine-Saint-Denis and Val-de-Marne leave
 * around it (found as the hole of the union of all cantons that contains 48.8566 N, 2.3522 E): its real outline, at
 * real size. Should that hole not be found (other contours), a circle of radius {@value #PARIS_RADIUS} at that point
 * is drawn instead;</li>
 * <li>the Métropole de Lyon, the part of the Rhône (69) without cantons, is found the same way (at 45.7640 N,
 * 4.8357 E) and added to the Rhône, whose state it takes: the département as the State's services see it;</li>
 * <li>Martinique (972) and Guyane (973) are a square in the middle of their inset frame.</li>
 * </ul>
 * The description ({@code <desc>}) names the squares. Without any contour ({@code parlonsen.geo.dir} empty), the map is
 * {@link Optional#empty()}.
 */
@ApplicationScoped
public class DepartmentMap {
    static final double WIDTH = 800;
    static final double MARGIN = 8;
    static final double INSET_WIDTH = 140;
    static final double GAP = 12;
    static final double INSET_GAP = 6;
    static final double LABEL_BAND = 16;
    static final double METRO_X = MARGIN + INSET_WIDTH + GAP;
    static final double METRO_WIDTH = WIDTH - MARGIN - METRO_X;
    static final double PARIS_RADIUS = 5.5;
    /** Lon/lat of a point inside each metropolitan place without cantons: Paris, the Métropole de Lyon (Rhône). */
    static final Map<String, double[]> NO_CANTON_PLACES = Map.of("75", new double[] { 2.3522, 48.8566 }, "69",
            new double[] { 4.8357, 45.7640 });
    static final Pen BORDER = new Pen("#3a3a3a", 0.6);
    static final Pen FRAME = new Pen("#929292", 0.8);

    /** A département of the map, from the etalab reference bundled in the jar. */
    record Dept(String code, String name, boolean overseas) {
    }

    /** Metropolitan départements then DROM (101), by code. */
    static final List<Dept> DEPARTMENTS = readDepartments();

    private record Shape(String code, String name, List<double[]> rings, String symbol) {
    }

    /** What does not depend on the states: projected shapes, inset frames and labels. */
    private record Geometry(double height, List<Shape> shapes, List<double[]> frames, List<Label> labels) {
    }

    private final CantonContours contours;
    private volatile Geometry geometry;

    @Inject
    public DepartmentMap(CantonContours contours) {
        this.contours = contours;
    }

    /** The SVG with ids prefixed {@code carte-departements}, or empty when no contours are configured. */
    public Optional<String> svg(Map<String, DeptState> states, String title) {
        return svg(states, title, "carte-departements");
    }

    public Optional<String> svg(Map<String, DeptState> states, String title, String idPrefix) {
        return scene(states, title, idPrefix).map(SvgWriter::write);
    }

    /** A département as drawn on the map, in map units (x to the right, y downwards), with its state's colour. */
    public record DrawnDepartment(String code, String name, DeptState state, List<double[]> rings) {
    }

    /**
     * The same 101 shapes as the SVG (département borders, Paris and the Métropole de Lyon filled in, overseas
     * insets), for the documents to draw; empty without contours.
     */
    public Optional<List<DrawnDepartment>> drawn(Map<String, DeptState> states) {
        Geometry g = geometry();
        if (g == null) {
            return Optional.empty();
        }
        return Optional.of(g.shapes().stream()
                .map(s -> new DrawnDepartment(s.code(), s.name(), state(states, s.code()), s.rings())).toList());
    }

    /** Counts per state over the 101 départements, missing ones counted as not started, like the map. */
    public List<LegendEntry<DeptState>> legend(Map<String, DeptState> states) {
        return LegendEntry.count(DeptState.class, DEPARTMENTS.stream().map(d -> state(states, d.code())).toList());
    }

    Optional<MapScene> scene(Map<String, DeptState> states, String title, String idPrefix) {
        Geometry g = geometry();
        if (g == null) {
            return Optional.empty();
        }
        List<Element> areas = new ArrayList<>();
        List<Element> symbols = new ArrayList<>();
        for (Shape s : g.shapes()) {
            DeptState state = state(states, s.code());
            String tooltip = s.name() + " (" + s.code() + ") : " + state.label().toLowerCase(Locale.FRENCH);
            (s.symbol() == null ? areas : symbols).add(new Area(s.code(), tooltip, state, s.rings(), BORDER));
        }
        List<Element> elements = new ArrayList<>(areas);
        elements.add(new Outline(g.frames(), true, FRAME));
        elements.addAll(symbols);
        elements.addAll(g.labels());
        return Optional.of(new MapScene(idPrefix, WIDTH, g.height(),
                title == null || title.isBlank() ? "Carte des départements" : title, description(g, states),
                elements));
    }

    /** "101 départements. Non commencé : 95 ; En retard : 6. Figurés par un symbole ... : Paris (cercle), ...". */
    private static String description(Geometry g, Map<String, DeptState> states) {
        List<LegendEntry<DeptState>> legend = LegendEntry.count(DeptState.class,
                g.shapes().stream().map(s -> state(states, s.code())).toList());
        StringJoiner counts = new StringJoiner(" ; ", g.shapes().size() + " départements. ", ".");
        legend.stream().filter(e -> e.count() > 0).forEach(e -> counts.add(e.label() + " : " + e.count()));
        StringJoiner symbols = new StringJoiner(", ", " Figurés par un symbole faute de contours de cantons : ", ".");
        symbols.setEmptyValue("");
        g.shapes().stream().filter(s -> s.symbol() != null).forEach(s -> symbols.add(s.name() + " (" + s.symbol() + ")"));
        return counts + symbols.toString();
    }

    static DeptState state(Map<String, DeptState> states, String code) {
        DeptState s = states == null ? null : states.get(code);
        return s == null ? DeptState.NOT_STARTED : s;
    }

    private Geometry geometry() {
        Geometry g = geometry;
        if (g == null) {
            synchronized (this) {
                g = geometry;
                if (g == null) {
                    g = build();
                    geometry = g;
                }
            }
        }
        return g;
    }

    /** Projects everything once; {@code null} when there is no metropolitan contour at all. */
    private Geometry build() {
        Map<String, List<double[][]>> metroCantons = new LinkedHashMap<>();
        for (Dept d : DEPARTMENTS) {
            List<CantonShape> cantons = contours.cantons(d.code());
            if (!d.overseas() && !cantons.isEmpty()) {
                metroCantons.put(d.code(), rings(cantons));
            }
        }
        if (metroCantons.isEmpty()) {
            return null;
        }
        Projection.Bounds bounds = Projection.Bounds.of(metroCantons.values().stream().flatMap(List::stream).toList());
        double metroHeight = Projection.round(METRO_WIDTH * bounds.aspect());
        Projection metro = metroProjection(bounds);

        List<Shape> shapes = metroShapes(metro, metroCantons);
        List<double[]> frames = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        List<Dept> overseas = DEPARTMENTS.stream().filter(Dept::overseas).toList();
        double insetHeight = (metroHeight - (overseas.size() - 1) * INSET_GAP) / overseas.size();
        for (int i = 0; i < overseas.size(); i++) {
            Dept d = overseas.get(i);
            double x = MARGIN, y = MARGIN + i * (insetHeight + INSET_GAP);
            frames.add(Projection.rectangle(x, y, INSET_WIDTH, insetHeight));
            labels.add(new Label(Projection.round(x + INSET_WIDTH / 2), Projection.round(y + insetHeight - 5), d.name()));
            shapes.add(insetShape(d, x + 6, y + 6, INSET_WIDTH - 12, insetHeight - 12 - LABEL_BAND));
        }
        return new Geometry(metroHeight + 2 * MARGIN, List.copyOf(shapes), List.copyOf(frames), List.copyOf(labels));
    }

    /** Metropolitan France fitted to the right of the insets, as wide as possible. */
    static Projection metroProjection(Projection.Bounds bounds) {
        return Projection.fit(bounds, METRO_X, MARGIN, METRO_WIDTH, Projection.round(METRO_WIDTH * bounds.aspect()));
    }

    /**
     * Metropolitan départements as the outline of their cantons. The places without cantons are the holes of the
     * union of all cantons: the one at Lyon joins the Rhône, the one at Paris is Paris (a circle if not found).
     */
    private static List<Shape> metroShapes(Projection metro, Map<String, List<double[][]>> metroCantons) {
        Map<String, List<double[]>> projected = new LinkedHashMap<>();
        metroCantons.forEach((code, rings) -> projected.put(code, metro.rings(rings)));
        List<double[]> gaps = Outlines.holes(Outlines.of(projected.values().stream().flatMap(List::stream).toList()));
        List<Shape> shapes = new ArrayList<>();
        for (Dept d : DEPARTMENTS) {
            if (d.overseas()) {
                continue;
            }
            List<double[]> rings = new ArrayList<>(Outlines.of(projected.getOrDefault(d.code(), List.of())));
            double[] place = NO_CANTON_PLACES.get(d.code());
            if (place != null) {
                double[] p = metro.point(place[0], place[1]);
                gaps.stream().filter(g -> Outlines.contains(g, p[0], p[1])).forEach(rings::add);
                if (rings.isEmpty()) {
                    shapes.add(new Shape(d.code(), d.name(), List.of(Projection.circle(p[0], p[1], PARIS_RADIUS, 24)),
                            "cercle"));
                    continue;
                }
            }
            if (!rings.isEmpty()) {
                shapes.add(new Shape(d.code(), d.name(), List.copyOf(rings), null));
            }
        }
        return shapes;
    }

    /** A DROM fitted into its inset box, or a square when it has no contours (Martinique, Guyane). */
    private Shape insetShape(Dept d, double x, double y, double width, double height) {
        List<CantonShape> cantons = contours.cantons(d.code());
        if (cantons.isEmpty()) {
            double side = Math.min(width, height) / 2;
            return new Shape(d.code(), d.name(),
                    List.of(Projection.rectangle(x + (width - side) / 2, y + (height - side) / 2, side, side)), "carré");
        }
        List<double[][]> rings = rings(cantons);
        Projection inset = Projection.fit(Projection.Bounds.of(rings), x, y, width, height);
        return new Shape(d.code(), d.name(), Outlines.of(inset.rings(rings)), null);
    }

    private static List<double[][]> rings(List<CantonShape> cantons) {
        return cantons.stream().flatMap(c -> c.rings().stream()).toList();
    }

    private static List<Dept> readDepartments() {
        try (InputStream in = new GZIPInputStream(ReferenceData.resource("departements.json.gz"))) {
            List<Dept> out = new ArrayList<>();
            for (JsonNode d : new ObjectMapper().readTree(in)) {
                String zone = d.path("zone").asText();
                if (zone.equals("metro") || zone.equals("drom")) {
                    out.add(new Dept(d.path("code").asText(), d.path("name").asText(), zone.equals("drom")));
                }
            }
            out.sort(Comparator.comparing(Dept::overseas).thenComparing(Dept::code));
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Liste des départements introuvable", e);
        }
    }
}
