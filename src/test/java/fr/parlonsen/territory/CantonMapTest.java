package fr.parlonsen.territory;

import static fr.parlonsen.territory.SvgTestSupport.CONTOURS;
import static fr.parlonsen.territory.SvgTestSupport.assertAccessibleWithoutStyles;
import static fr.parlonsen.territory.SvgTestSupport.desc;
import static fr.parlonsen.territory.SvgTestSupport.parse;
import static fr.parlonsen.territory.SvgTestSupport.title;
import static fr.parlonsen.territory.SvgTestSupport.titledPaths;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Plain JUnit: canton maps drawn from the real contours of ../shared/data/geo/contours. */
class CantonMapTest {
    private final CantonMap map = new CantonMap(CONTOURS);

    /** Aisne: 0201-0212 covered, 0213-0217 planned, 0218-0221 left out (so uncovered). */
    private static Map<String, MapState> aisneStates() {
        Map<String, MapState> states = new HashMap<>();
        for (int i = 1; i <= 17; i++) {
            states.put(String.format("02%02d", i), i <= 12 ? MapState.COVERED : MapState.PLANNED);
        }
        return states;
    }

    @Test
    void contours_are_read_lazily_and_sorted() {
        assertTrue(CONTOURS.available("02"));
        assertTrue(CONTOURS.available("2A"));
        assertTrue(CONTOURS.available("976"));
        assertFalse(CONTOURS.available("75"));
        assertFalse(CONTOURS.available("972"));
        assertFalse(CONTOURS.available("../02"));
        assertFalse(CONTOURS.available(null));
        assertEquals(98, CONTOURS.departments().size());
        List<CantonShape> aisne = CONTOURS.cantons("02");
        assertEquals(21, aisne.size());
        assertEquals("0201", aisne.get(0).code());
        CantonShape laon = aisne.get(8);
        assertEquals("Laon-1", laon.name());
        double[] first = laon.rings().get(0)[0];
        assertTrue(first[0] > 3 && first[0] < 4.5 && first[1] > 49 && first[1] < 50, "lon/lat order");
        assertSame(aisne, CONTOURS.cantons("02"), "cached");
        assertEquals(List.of(), CONTOURS.cantons("75"));
    }

    @Test
    void no_directory_means_no_contours() {
        CantonContours none = new CantonContours((Path) null);
        assertFalse(none.available("02"));
        assertEquals(List.of(), none.departments());
        assertTrue(new CantonMap(none).svg("02", Map.of(), "Aisne").isEmpty());
        assertTrue(new CantonContours(Optional.of(" ")).departments().isEmpty());
    }

    @Test
    void aisne_svg_has_one_titled_path_per_canton_and_counts_in_desc() throws Exception {
        String svg = map.svg("02", aisneStates(), "Couverture des cantons de l'Aisne").orElseThrow();
        Document doc = parse(svg);
        assertAccessibleWithoutStyles(svg, doc);

        List<Element> cantons = titledPaths(doc);
        assertEquals(21, cantons.size());
        assertEquals("Bohain-en-Vermandois (0201) : couvert", title(cantons.get(0)));
        assertEquals("Laon-1 (0209) : couvert", title(cantons.get(8)));
        assertEquals("Saint-Quentin-1 (0213) : prévu", title(cantons.get(12)));
        assertEquals("Villers-Cotterêts (0221) : non couvert", title(cantons.get(20)));
        assertEquals("0209", cantons.get(8).getAttribute("data-code"));

        assertEquals("Couverture des cantons de l'Aisne", doc.getElementsByTagName("title").item(0).getTextContent());
        assertEquals("12 cantons couverts, 5 prévus, 4 non couverts sur 21", desc(doc));
        assertEquals("carte-cantons-02-titre carte-cantons-02-desc",
                doc.getDocumentElement().getAttribute("aria-labelledby"));

        assertEquals("#18753c", cantons.get(0).getAttribute("fill"));
        assertEquals("url(#carte-cantons-02-motif-planned)", cantons.get(12).getAttribute("fill"));
        assertEquals("url(#carte-cantons-02-motif-uncovered)", cantons.get(20).getAttribute("fill"));
        assertEquals(2, doc.getElementsByTagName("pattern").getLength());
        assertEquals("#3a3a3a", cantons.get(0).getAttribute("stroke"));

        String[] viewBox = doc.getDocumentElement().getAttribute("viewBox").split(" ");
        assertEquals("800", viewBox[2]);
        double height = Double.parseDouble(viewBox[3]);
        assertTrue(height > 600 && height < 1300, "Aisne is taller than wide: " + height);
    }

    @Test
    void output_is_deterministic_and_ids_follow_the_prefix() {
        Map<String, MapState> states = aisneStates();
        String a = map.svg("02", states, "Aisne").orElseThrow();
        assertEquals(a, map.svg("02", new HashMap<>(states), "Aisne").orElseThrow());
        String other = map.svg("02", states, "Aisne", "second map").orElseThrow();
        assertNotEquals(a, other);
        assertTrue(other.contains("id=\"second-map-titre\""));
        assertFalse(other.contains("carte-cantons-02"));
    }

    @Test
    void desc_uses_singular_and_zero_counts() throws Exception {
        Map<String, MapState> states = new HashMap<>();
        CONTOURS.cantons("02").forEach(c -> states.put(c.code(), MapState.COVERED));
        states.put("0201", MapState.UNCOVERED);
        assertEquals("20 cantons couverts, 0 prévu, 1 non couvert sur 21",
                desc(parse(map.svg("02", states, "Aisne").orElseThrow())));
    }

    @Test
    void legend_lists_every_state_with_colour_pattern_and_count() {
        List<LegendEntry<MapState>> legend = map.legend("02", aisneStates());
        assertEquals(List.of(MapState.COVERED, MapState.PLANNED, MapState.UNCOVERED),
                legend.stream().map(LegendEntry::state).toList());
        assertEquals(List.of(12, 5, 4), legend.stream().map(LegendEntry::count).toList());
        assertEquals("Prévu", legend.get(1).label());
        assertEquals("#fc5d00", legend.get(1).colour());
        assertEquals("hachures obliques", legend.get(1).pattern());
        assertEquals(List.of(12, 5, 0), map.legend(aisneStates()).stream().map(LegendEntry::count).toList());
    }

    @Test
    void departments_without_cantons_have_no_map() {
        for (String dep : List.of("75", "972", "973", "975", "99", "../../etc")) {
            assertTrue(map.svg(dep, Map.of(), "x").isEmpty(), dep);
        }
    }

    @Test
    void multipolygon_cantons_and_corsica_are_drawn() throws Exception {
        String svg = map.svg("2A", Map.of(), "Corse-du-Sud").orElseThrow();
        Document doc = parse(svg);
        assertAccessibleWithoutStyles(svg, doc);
        assertEquals(CONTOURS.cantons("2A").size(), titledPaths(doc).size());
        String guadeloupe = map.svg("971", Map.of(), "Guadeloupe").orElseThrow();
        assertEquals(21, titledPaths(parse(guadeloupe)).size());
        assertTrue(guadeloupe.contains("ZM"), "multi-ring paths");
    }

    @Test
    void cantons_are_labelled_inside_themselves_and_forums_are_marked_in_their_canton() throws Exception {
        Map<String, String> numbers = new HashMap<>();
        List<CantonShape> aisne = CONTOURS.cantons("02");
        for (int i = 0; i < aisne.size(); i++) {
            numbers.put(aisne.get(i).code(), String.valueOf(i + 1));
        }
        List<CantonMap.ForumMarker> markers = List.of(new CantonMap.ForumMarker("0209", "Forum de Laon, 5 avril 2009"),
                new CantonMap.ForumMarker("0209", "Forum de Laon II, 6 avril 2009"),
                new CantonMap.ForumMarker("0216", "Forum de Soissons, 3 avril 2009"));
        String svg = map.svg("02", aisneStates(), "Aisne", numbers, markers).orElseThrow();
        Document doc = parse(svg);
        assertAccessibleWithoutStyles(svg, doc);
        org.w3c.dom.NodeList texts = doc.getElementsByTagName("text");
        assertEquals(21, texts.getLength(), "one label per canton");
        int names = 0;
        for (int i = 0; i < texts.getLength(); i++) {
            String t = texts.item(i).getTextContent();
            String code = aisne.get(i).code();
            assertTrue(t.equals(aisne.get(i).name()) || t.equals(numbers.get(code)), t);
            names += t.equals(aisne.get(i).name()) ? 1 : 0;
        }
        assertTrue(names >= 5 && names < 21, names + " names fit, the others are numbered");
        org.w3c.dom.NodeList circles = doc.getElementsByTagName("circle");
        assertEquals(3, circles.getLength());
        assertEquals("Forum de Laon, 5 avril 2009", circles.item(0).getTextContent());
        assertEquals(((Element) circles.item(0)).getAttribute("cy"), ((Element) circles.item(1)).getAttribute("cy"),
                "two forums of one canton side by side");
        assertTrue(desc(doc).endsWith("; 3 forums placés sur la carte"), desc(doc));

        // each label point lies inside its own canton (the centroid of a crescent would not)
        MapScene scene = map.scene("02", Map.of(), "Aisne", "x").orElseThrow();
        for (MapScene.Element e : scene.elements()) {
            MapScene.Area a = (MapScene.Area) e;
            double[] spot = CantonMap.labelSpot(a.rings());
            assertTrue(inside(spot[0], spot[1], a.rings()), a.title());
        }
    }

    private static boolean inside(double x, double y, List<double[]> rings) {
        boolean in = false;
        for (double[] r : rings) {
            int n = r.length / 2;
            for (int i = 0, j = n - 1; i < n; j = i++) {
                double xi = r[2 * i], yi = r[2 * i + 1], xj = r[2 * j], yj = r[2 * j + 1];
                if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                    in = !in;
                }
            }
        }
        return in;
    }
}
