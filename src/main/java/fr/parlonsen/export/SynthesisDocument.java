package fr.parlonsen.export;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a synthesis says, independently of how it is written (PDF, DOCX, ODT, CSV).
 * Serves the departmental synthesis (one prefecture, minutes of every forum annexed)
 * as well as the national one (the Ministry, departmental figures annexed).
 */
public record SynthesisDocument(
        Cover cover,
        List<Figure> figures,
        List<Chart> charts,
        Optional<MapImage> map,
        List<Section> sections,
        List<Annex> annexes) {

    public SynthesisDocument {
        Objects.requireNonNull(cover, "cover");
        figures = List.copyOf(figures);
        charts = List.copyOf(charts);
        Objects.requireNonNull(map, "map");
        sections = List.copyOf(sections);
        annexes = List.copyOf(annexes);
    }

    /** Number of items over all sections and subsections. */
    public int itemCount() {
        return sections.stream()
                .flatMap(s -> s.subsections().stream())
                .mapToInt(sub -> sub.items().size())
                .sum();
    }
}
