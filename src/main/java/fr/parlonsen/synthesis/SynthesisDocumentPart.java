package fr.parlonsen.synthesis;

import java.util.List;

import fr.parlonsen.export.Figure;

/**
 * What another capability adds to a departmental synthesis document, without the synthesis depending on it: lines
 * of the method section and key figures (the follow-up's participation and evaluation indicators). Implemented as
 * CDI beans; the document takes every one, in {@link #position()} order.
 */
public interface SynthesisDocumentPart {
    /** Sentences for the method section (how the figures below are obtained); empty when there is nothing to say. */
    List<String> method(long campaignId, String department);

    /** Key figures, shown after the synthesis' own. */
    List<Figure> figures(long campaignId, String department);

    default int position() {
        return 100;
    }
}
