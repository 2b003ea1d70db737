package fr.parlonsen.security;

import java.util.Arrays;
import java.util.Optional;

/** The roles of the contract, with their French labels. */
public enum Role {
    ADMIN("admin", "Administrateur"),
    NATIONAL("national", "Équipe nationale (DPS, DICOM)"),
    PREFECTURE("prefecture", "Préfecture (cabinet)"),
    SOUS_PREFET("sous-prefet", "Sous-préfet"),
    FACILITATOR("facilitator", "Animateur"),
    MODERATOR("moderator", "Modérateur");

    public final String code;
    public final String label;

    Role(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public static Optional<Role> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }

    /** admin and national see every département; the others are scoped to one. */
    public boolean isNationalScope() {
        return this == ADMIN || this == NATIONAL;
    }
}
