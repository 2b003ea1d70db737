package fr.parlonsen.export;

import java.util.List;
import java.util.Objects;

/** "Points forts", "Points faibles", "Propositions"… */
public record Section(String title, List<Subsection> subsections) {

    public Section {
        Objects.requireNonNull(title, "title");
        subsections = List.copyOf(subsections);
    }
}
