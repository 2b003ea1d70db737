package fr.parlonsen.export;

import java.util.List;
import java.util.Objects;

/**
 * One strength, weakness or proposal.
 *
 * @param weightLabel how much it was heard, e.g. "3 réunions, 5 questions" (may be empty)
 * @param sourceRefs  where it comes from, e.g. "Forum 12 (Laon) — point 4", "Question 87"
 */
public record Item(String text, String weightLabel, List<String> sourceRefs) {

    public Item {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(weightLabel, "weightLabel");
        sourceRefs = List.copyOf(sourceRefs);
    }
}
