package fr.parlonsen.territory;

/**
 * How a state is painted on a map: a French label, a DSFR-compatible colour and a hatching, so that the states stay
 * distinguishable without colour (greyscale printing, colour blindness). Implemented by the state enums.
 */
public interface MapFill {
    /** The enum constant name; used to build pattern ids. */
    String name();

    /** French label, capitalised ("Non couvert"). */
    String label();

    /** Fill colour, {@code #rrggbb}. */
    String colour();

    Hatch hatch();
}
