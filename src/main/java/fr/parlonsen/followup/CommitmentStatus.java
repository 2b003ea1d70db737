package fr.parlonsen.followup;

import java.util.Arrays;
import java.util.Optional;

/** Where a commitment stands. Abandoning one needs a reason. */
public enum CommitmentStatus {
    PLANNED("planned", "Prévu", "fr-badge--info"),
    IN_PROGRESS("in-progress", "En cours", "fr-badge--new"),
    DONE("done", "Réalisé", "fr-badge--success"),
    ABANDONED("abandoned", "Abandonné", "fr-badge--error");

    public final String code;
    public final String label;
    public final String badge;

    CommitmentStatus(String code, String label, String badge) {
        this.code = code;
        this.label = label;
        this.badge = badge;
    }

    public static Optional<CommitmentStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
