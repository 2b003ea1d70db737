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
