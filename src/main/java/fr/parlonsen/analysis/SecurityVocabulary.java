package fr.parlonsen.analysis;

import java.util.List;
import java.util.Map;

/**
 * French analysis for grouping remarks on security: on top of {@link FrenchText}, the words people use for the
 * same thing fall on one term ("le soir", "la nuit", "nocturnes"; "patrouilles", "présence policière",
 * "policiers"). Used for similarity only; topic suggestion keeps the plain analysis.
 */
public class SecurityVocabulary extends FrenchText {
    /** Stems (as {@link FrenchText} gives them) → the term they stand for. */
    static final Map<String, String> SAME = Map.ofEntries(
            Map.entry("soir", "nuit"), Map.entry("soire", "nuit"), Map.entry("nocturn", "nuit"),
            Map.entry("polic", "polici"), Map.entry("patrouil", "polici"), Map.entry("ilotag", "polici"),
            Map.entry("presenc", "polici"), Map.entry("absenc", "manqu"), Map.entry("insuffis", "manqu"),
            Map.entry("videoprotect", "camera"), Map.entry("videosurveil", "camera"), Map.entry("video", "camera"),
            Map.entry("cambrioleur", "cambriol"), Map.entry("adolescent", "jeun"), Map.entry("ado", "jeun"),
            Map.entry("stupefi", "drog"), Map.entry("cannabi", "drog"), Map.entry("dealer", "drog"),
            Map.entry("vitess", "rout"), Map.entry("radar", "rout"));

    @Override
    public List<String> terms(String text) {
        return super.terms(text).stream().map(t -> SAME.getOrDefault(t, t)).toList();
    }
}
