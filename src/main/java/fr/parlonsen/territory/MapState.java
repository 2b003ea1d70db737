package fr.parlonsen.territory;

/** Coverage of a canton by the meetings of a campaign, as shown on {@link CantonMap}. */
public enum MapState implements MapFill {
    COVERED("Couvert", "#18753c", Hatch.NONE),
    PLANNED("Prévu", "#fc5d00", Hatch.DIAGONAL),
    UNCOVERED("Non couvert", "#e5e5e5", Hatch.HORIZONTAL);

    private final String label;
    private final String colour;
    private final Hatch hatch;

    MapState(String label, String colour, Hatch hatch) {
        this.label = label;
        this.colour = colour;
        this.hatch = hatch;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String colour() {
        return colour;
    }

    @Override
    public Hatch hatch() {
        return hatch;
    }
}
