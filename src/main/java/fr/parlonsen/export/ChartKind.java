package fr.parlonsen.export;

/** Kinds of chart the renderers know how to draw. */
public enum ChartKind {
    /** Vertical bars, one per category. */
    BAR
}
