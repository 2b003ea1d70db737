package fr.parlonsen.forum;

import java.util.Arrays;
import java.util.Optional;

/** How a forum's catchment is given; each kind is expanded to the set of communes it covers. */
public enum CatchmentKind {
    CANTONS("cantons", "Cantons", "Canton", "un canton", "inconnu"),
    EPCIS("epcis", "Intercommunalités (EPCI)", "EPCI", "un EPCI", "inconnu"),
    ARRONDISSEMENTS("arrondissements", "Arrondissements", "Arrondissement", "un arrondissement", "inconnu"),
    COMMUNES("communes", "Communes", "Commune", "une commune", "inconnue");

    public final String code;
    public final String label;
    /** "Canton", to start a sentence. */
    public final String noun;
    /** "un canton". */
    public final String one;
    /** "inconnu" or "inconnue". */
    public final String unknown;

    CatchmentKind(String code, String label, String noun, String one, String unknown) {
        this.code = code;
        this.label = label;
        this.noun = noun;
        this.one = one;
        this.unknown = unknown;
    }

    public static Optional<CatchmentKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
