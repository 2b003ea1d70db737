package fr.parlonsen.territory;

import static fr.parlonsen.territory.SvgTestSupport.CONTOURS;
import static fr.parlonsen.territory.SvgTestSupport.assertAccessibleWithoutStyles;
import static fr.parlonsen.territory.SvgTestSupport.desc;
import static fr.parlonsen.territory.SvgTestSupport.parse;
import static fr.parlonsen.territory.SvgTestSupport.title;
import static fr.parlonsen.territory.SvgTestSupport.titledPaths;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Plain JUnit: the national map drawn from the real contours. */
class DepartmentMapTest {
    private final DepartmentMap map = new DepartmentMap(CONTOURS);

    private static final Map<String, DeptState> STATES = Map.of("02", DeptState.IN_PROGRESS, "75", DeptState.LATE,
            "972", DeptState.TRANSMITTED, "973", DeptState.PLANNING, "2A", DeptState.SYNTHESIS_VALIDATED);

    @Test
    void every_departement_has_one_titled_shape_with_special_shapes_for_paris_martinique_guyane() throws Exception {
        String svg = map.svg(STATES, "Avancement national").orElseThrow();
        Document doc = parse(svg);
        assertAccessibleWithoutStyles(svg, doc);

        Map<String, Element> byCode = titledPaths(doc).stream()
                .collect(Collectors.toMap(p -> p.getAttribute("data-code"), Function.identity()));
        assertEquals(101, byCode.size());
        assertEquals(96 + 5, DepartmentMap.DEPARTMENTS.size());
        assertEquals("Aisne (02) : réunions en cours", title(byCode.get("02")));
        assertEquals("Paris (75) : en retard", title(byCode.get("75")));
        assertEquals("Martinique (972) : synthèse transmise", title(byCode.get("972")));
        assertEquals("Guyane (973) : en préparation", title(byCode.get("973")));
        assertEquals("Corse-du-Sud (2A) : synthèse validée", title(byCode.get("2A")));
        assertEquals("Mayotte (976) : non commencé", title(byCode.get("976")));
        assertEquals("#18753c", byCode.get("2A").getAttribute("fill"));
        assertEquals("url(#carte-departements-motif-late)", byCode.get("75").getAttribute("fill"));

        // Paris: the hole left by the cantons of the petite couronne; Martinique and Guyane: squares
        assertEquals(1, rings(byCode.get("75")));
        assertTrue(points(byCode.get("75")) > 10, "a real outline, not a symbol");
        assertEquals(4, points(byCode.get("972")));
        assertEquals(4, points(byCode.get("973")));
        assertEquals("#3a3a3a", byCode.get("75").getAttribute("stroke"));
        assertEquals("#3a3a3a", byCode.get("02").getAttribute("stroke"));

        assertEquals("101 départements. Non commencé : 96 ; En préparation : 1 ; Réunions en cours : 1 ;"
                + " Synthèse validée : 1 ; Synthèse transmise : 1 ; En retard : 1. Figurés par un symbole faute de"
                + " contours de cantons : Martinique (carré), Guyane (carré).", desc(doc));
        assertEquals(5, doc.getElementsByTagName("text").getLength(), "one label per overseas inset");
        assertEquals(4, doc.getElementsByTagName("pattern").getLength(), "hatched states in use (validated is flat)");
    }

    @Test
    void departements_are_drawn_as_outlines_without_internal_canton_lines() throws Exception {
        String svg = map.svg(Map.of(), "France").orElseThrow();
        Map<String, Element> byCode = titledPaths(parse(svg)).stream()
                .collect(Collectors.toMap(p -> p.getAttribute("data-code"), Function.identity()));
        assertEquals(1, rings(byCode.get("02")), "the Aisne is one ring, not 21 cantons");
        assertEquals(1, rings(byCode.get("23")), "the Creuse is one ring");
        assertTrue(rings(byCode.get("29")) > 1, "the Finistère keeps its islands");
        assertTrue(covers("69", 4.8357, 45.7640), "the Métropole de Lyon (no cantons) joins the Rhône");
        assertTrue(covers("75", 2.3522, 48.8566), "Paris fills the hole of the petite couronne");
        assertTrue(covers("75", 2.2950, 48.8738), "Arc de Triomphe");
        assertFalse(covers("75", 2.2410, 48.8924), "La Défense is in the Hauts-de-Seine");
        assertTrue(svg.length() < 500_000, "SVG size " + svg.length());
        assertEquals(svg, map.svg(Map.of(), "France").orElseThrow(), "deterministic");
    }

    /** Whether the shape of département {@code code} covers the point, in the national scene. */
    private boolean covers(String code, double lon, double lat) {
        MapScene scene = map.scene(Map.of(), "France", "t").orElseThrow();
        MapScene.Area area = scene.elements().stream().filter(MapScene.Area.class::isInstance)
                .map(MapScene.Area.class::cast).filter(a -> a.code().equals(code)).findFirst().orElseThrow();
        double[] p = metroProjection().point(lon, lat);
        return area.rings().stream().anyMatch(r -> Outlines.contains(r, p[0], p[1]));
    }

    /** The projection of the metropolitan map, from the bounds of the metropolitan cantons. */
    private static Projection metroProjection() {
        Projection.Bounds b = Projection.Bounds.of(DepartmentMap.DEPARTMENTS.stream().filter(d -> !d.overseas())
                .flatMap(d -> CONTOURS.cantons(d.code()).stream()).flatMap(c -> c.rings().stream()).toList());
        return DepartmentMap.metroProjection(b);
    }

    private static long rings(Element path) {
        return path.getAttribute("d").chars().filter(c -> c == 'M').count();
    }

    @Test
    void legend_counts_the_101_departements() {
        List<LegendEntry<DeptState>> legend = map.legend(STATES);
        assertEquals(DeptState.values().length, legend.size());
        assertEquals(101, legend.stream().mapToInt(LegendEntry::count).sum());
        assertEquals(96, legend.get(0).count());
        assertEquals("Non commencé", legend.get(0).label());
        assertEquals("hachures croisées", legend.get(DeptState.LATE.ordinal()).pattern());
    }

    @Test
    void no_contours_means_no_national_map() {
        assertTrue(new DepartmentMap(new CantonContours((Path) null)).svg(STATES, "France").isEmpty());
    }

    /** Number of points of a one-ring path "Mx yLx y x y…Z". */
    private static long points(Element path) {
        return Arrays.stream(path.getAttribute("d").split("[MLZ ]+")).filter(t -> !t.isEmpty()).count() / 2;
    }
}
