package fr.parlonsen.export;

import java.util.List;
import java.util.Objects;

/**
 * One point raised, strength, weakness or proposal: a group of similar statements.
 *
 * @param label       a few words naming the point (may be empty)
 * @param text        the point, as the synthesis words it
 * @param weightLabel how much it was heard, e.g. "3 réunions, 5 questions" (may be empty)
 * @param places      where it was raised, e.g. "Laon, Soissons (arrondissements de Laon et de Soissons)" (may be empty)
 * @param sourceRefs  where it comes from, readable: "Forum de Laon, 3 mars 2009 — proposition 2"
 * @param mentions    one line on the statements classed under another point that also raise this one, e.g.
 *                    "Aussi évoqué dans 3 contributions classées ailleurs" (may be empty)
 */
public record Item(String label, String text, String weightLabel, String places, List<String> sourceRefs,
        String mentions) {

    public Item {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(weightLabel, "weightLabel");
        Objects.requireNonNull(places, "places");
        Objects.requireNonNull(mentions, "mentions");
        sourceRefs = List.copyOf(sourceRefs);
    }

    public Item(String label, String text, String weightLabel, String places, List<String> sourceRefs) {
        this(label, text, weightLabel, places, sourceRefs, "");
    }

    public Item(String text, String weightLabel, List<String> sourceRefs) {
        this("", text, weightLabel, "", sourceRefs);
    }
}
