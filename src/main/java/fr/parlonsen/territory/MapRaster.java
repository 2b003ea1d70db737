package fr.parlonsen.territory;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * PNG versions of {@link CantonMap} and {@link DepartmentMap} for the PDF and DOCX exports: the very same scenes,
 * rasterised by {@link PngWriter}. Same input, same bytes. Empty when the map itself would be.
 */
@ApplicationScoped
public class MapRaster {
    private final CantonMap cantonMap;
    private final DepartmentMap departmentMap;

    @Inject
    public MapRaster(CantonMap cantonMap, DepartmentMap departmentMap) {
        this.cantonMap = cantonMap;
        this.departmentMap = departmentMap;
    }

    /**
     * @param widthPx image width in pixels, 16 to 8000; the height follows the map's proportions
     * @throws IllegalArgumentException when the width is out of bounds
     */
    public Optional<byte[]> cantonPng(String dep, Map<String, MapState> states, int widthPx) {
        return cantonMap.scene(dep, states, null, "png").map(scene -> PngWriter.write(scene, widthPx));
    }

    /** @see #cantonPng(String, Map, int) */
    public Optional<byte[]> departmentPng(Map<String, DeptState> states, int widthPx) {
        return departmentMap.scene(states, null, "png").map(scene -> PngWriter.write(scene, widthPx));
    }
}
