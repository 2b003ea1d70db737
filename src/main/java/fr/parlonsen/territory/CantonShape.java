package fr.parlonsen.territory;

import java.util.List;

/**
 * One canton outline, as read from the contour files.
 *
 * @param code  INSEE canton code ({@code 0209}, {@code 2A03}, {@code 97601})
 * @param name  canton name (COG 2025)
 * @param rings every ring of every polygon of the canton; each ring is an array of {@code [lon, lat]} points (WGS84),
 *              closed (last point = first point). Outer rings turn counter-clockwise and holes clockwise, so the
 *              rings can be filled with the non-zero rule. The arrays are shared: do not modify them.
 */
public record CantonShape(String code, String name, List<double[][]> rings) {
}
