package fr.parlonsen.synthesis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.parlonsen.campaign.Campaign;
import fr.parlonsen.export.MapImage;
import fr.parlonsen.export.MapLegendEntry;
import fr.parlonsen.export.MapShape;
import fr.parlonsen.forum.Coverage;
import fr.parlonsen.forum.CoverageService;
import fr.parlonsen.territory.CantonContours;
import fr.parlonsen.territory.CantonShape;
import fr.parlonsen.territory.MapState;

/** The canton coverage map of a département, as the documents draw it (no contours: no map). */
@ApplicationScoped
public class CoverageMaps {
    @Inject
    CoverageService coverage;
    @Inject
    CantonContours contours;

    public Optional<MapImage> coverageMap(long campaignId, String department) {
        if (!contours.available(department)) {
            return Optional.empty();
        }
        Coverage cov = coverage.compute(Campaign.findById(campaignId), department);
        Map<String, MapState> states = cov.mapStates();
        List<MapShape> shapes = new ArrayList<>();
        Map<MapState, Integer> counts = new EnumMap<>(MapState.class);
        for (CantonShape k : contours.cantons(department)) {
            MapState state = states.getOrDefault(k.code(), MapState.UNCOVERED);
            counts.merge(state, 1, Integer::sum);
            List<List<double[]>> rings = k.rings().stream().map(r -> Arrays.asList(r)).toList();
            shapes.add(new MapShape(k.name(), rings, state.colour()));
        }
        List<MapLegendEntry> legend = Arrays.stream(MapState.values())
                .map(s -> new MapLegendEntry(s.label() + " (" + counts.getOrDefault(s, 0) + ")", s.colour())).toList();
        String alt = "Carte des cantons : " + String.join(", ", Arrays.stream(MapState.values())
                .map(s -> counts.getOrDefault(s, 0) + " " + s.label().toLowerCase(java.util.Locale.FRANCE)).toList())
                + " sur " + shapes.size() + ".";
        return Optional.of(new MapImage("Couverture des cantons par les forums", shapes, legend, alt));
    }
}
