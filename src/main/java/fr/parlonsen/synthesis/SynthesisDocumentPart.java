package fr.parlonsen.synthesis;

import java.util.List;

import fr.parlonsen.export.Figure;

/**
 * What another capability adds to a departmental synthesis document, without the synthesis depending on it: lines
 * of the method section and key figures (the follow-up's participation and evaluation indicators). Implemented as
 * CDI beans; the document takes every one, in {@link #position()} order.
 */
public interface SynthesisDocumentPart {
    /**
     * @param method sentences for the method section (how the figures are obtained)
     * @param figures key figures, shown after the synthesis' own
     */
    record Contribution(List<String> method, List<Figure> figures) {
        public static final Contribution NONE = new Contribution(List.of(), List.of());
    }

    /** Computed once per document; {@link Contribution#NONE} when there is nothing to say. */
    Contribution contribution(long campaignId, String department);

    default int position() {
        return 100;
    }
}
