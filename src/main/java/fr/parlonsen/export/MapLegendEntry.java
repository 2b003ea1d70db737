package fr.parlonsen.export;

import java.util.Objects;

/** One line of a map legend: a colour and what it means. */
public record MapLegendEntry(String label, String fillHex) {

    public MapLegendEntry {
        Objects.requireNonNull(label, "label");
        MapShape.requireColor(fillHex);
    }
}
