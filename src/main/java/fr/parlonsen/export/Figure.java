package fr.parlonsen.export;

import java.util.Objects;

/** A key figure: "Forums tenus" → "38". The value is already formatted. */
public record Figure(String label, String value) {

    public Figure {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }
}
