package fr.parlonsen.export;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a synthesis says, independently of how it is written (PDF, DOCX, ODT, CSV).
 * Serves the departmental synthesis (one prefecture, minutes of every held forum annexed)
 * as well as the national one (the Ministry, departmental figures annexed).
 *
 * @param method     how the consultation was led, paragraph by paragraph (may be empty)
 * @param conclusion the signatory's assessment and signature (may be absent)
 */
public record SynthesisDocument(
        Cover cover,
        List<String> method,
        List<Figure> figures,
        List<Chart> charts,
        Optional<MapImage> map,
        List<Section> sections,
        Optional<Conclusion> conclusion,
        List<Annex> annexes) {

    public SynthesisDocument {
        Objects.requireNonNull(cover, "cover");
        method = List.copyOf(method);
        figures = List.copyOf(figures);
        charts = List.copyOf(charts);
        Objects.requireNonNull(map, "map");
        sections = List.copyOf(sections);
        Objects.requireNonNull(conclusion, "conclusion");
        annexes = List.copyOf(annexes);
    }

    public SynthesisDocument(Cover cover, List<Figure> figures, List<Chart> charts, Optional<MapImage> map,
            List<Section> sections, List<Annex> annexes) {
        this(cover, List.of(), figures, charts, map, sections, Optional.empty(), annexes);
    }

    /** Number of items over all sections and subsections. */
    public int itemCount() {
        return sections.stream()
                .flatMap(s -> s.subsections().stream())
                .mapToInt(sub -> sub.items().size())
                .sum();
    }
}
