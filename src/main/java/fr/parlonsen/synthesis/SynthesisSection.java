package fr.parlonsen.synthesis;

import java.util.Arrays;
import java.util.Optional;

/** The sections the circular asks for: problems raised, strengths, weaknesses, proposals. */
public enum SynthesisSection {
    ISSUES("issues", "Problèmes soulevés"),
    STRENGTHS("strengths", "Points forts"),
    WEAKNESSES("weaknesses", "Points faibles"),
    PROPOSALS("proposals", "Propositions pour renforcer la confiance");

    public final String code;
    public final String title;

    SynthesisSection(String code, String title) {
        this.code = code;
        this.title = title;
    }

    public static Optional<SynthesisSection> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
