package fr.parlonsen.territory;

/** Progress of a département in a campaign, as shown on {@link DepartmentMap}. */
public enum DeptState implements MapFill {
    NOT_STARTED("Non commencé", "#e5e5e5", Hatch.NONE),
    PLANNING("En préparation", "#fc5d00", Hatch.DIAGONAL),
    IN_PROGRESS("Réunions en cours", "#6a6af4", Hatch.HORIZONTAL),
    SYNTHESIS_VALIDATED("Synthèse validée", "#18753c", Hatch.NONE),
    TRANSMITTED("Synthèse transmise", "#000091", Hatch.VERTICAL),
    LATE("En retard", "#ce0500", Hatch.CROSS);

    private final String label;
    private final String colour;
    private final Hatch hatch;

    DeptState(String label, String colour, Hatch hatch) {
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
