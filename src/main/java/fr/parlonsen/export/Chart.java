package fr.parlonsen.export;

import java.util.List;
import java.util.Objects;

/**
 * A chart, given as data; {@link ChartRenderer} draws it.
 *
 * @param altText text alternative shown under the image and attached to it where the format allows
 */
public record Chart(String title, ChartKind kind, List<String> categories, List<Number> values, String altText) {

    public Chart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        categories = List.copyOf(categories);
        values = List.copyOf(values);
        Objects.requireNonNull(altText, "altText");
        if (categories.size() != values.size()) {
            throw new IllegalArgumentException("chart \"" + title + "\": " + categories.size()
                    + " categories but " + values.size() + " values");
        }
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("chart \"" + title + "\" has no data");
        }
    }
}
