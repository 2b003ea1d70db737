package fr.parlonsen.export;

import java.util.List;
import java.util.Objects;

/** Usually one theme of the consultation within a section. */
public record Subsection(String title, List<Item> items) {

    public Subsection {
        Objects.requireNonNull(title, "title");
        items = List.copyOf(items);
    }
}
