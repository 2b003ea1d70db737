package fr.parlonsen.web;

import java.util.List;
import java.util.Optional;

import fr.parlonsen.security.CurrentUser;

/**
 * A capability's block on the signed-in dashboard ({@code /gestion}): its figures and what this person has to do
 * next. Each capability implements it for its own data (a CDI bean), so {@code web} depends on none of them; the
 * dashboard lists the blocks that answer, by {@link Block#order()}.
 */
public interface DashboardSection {

    /** The block for this user, or empty when the capability has nothing for their roles. */
    Optional<Block> block(CurrentUser me);

    /** {@code value}: already in French form ("12", "88,0 %", "3 / 7"); {@code label} says what it counts. */
    record Figure(String value, String label) {
    }

    /**
     * One thing to do: {@code text} says it in a sentence, {@code href} leads to where it is done and
     * {@code details} names what it is about (forums, cantons), at most a few. {@code urgent} marks it for the eye
     * (a badge) and for screen readers (its text says why).
     */
    record Todo(String text, String href, String linkLabel, List<String> details, boolean urgent) {
        public Todo {
            details = details == null ? List.of() : List.copyOf(details);
        }
    }

    /** {@code id}: the block's anchor and heading id; {@code todos} empty means nothing to do ("done" is shown). */
    record Block(int order, String id, String title, String intro, List<Figure> figures, List<Todo> todos,
            String done, String href, String linkLabel) {
        public Block {
            figures = figures == null ? List.of() : List.copyOf(figures);
            todos = todos == null ? List.of() : List.copyOf(todos);
        }
    }

    /** At most {@code max} names, then "et N autres". */
    static List<String> firstNames(List<String> names, int max) {
        if (names.size() <= max) {
            return List.copyOf(names);
        }
        List<String> out = new java.util.ArrayList<>(names.subList(0, max));
        int rest = names.size() - max;
        out.add("et " + fr.parlonsen.kernel.French.count(rest, "autre", "autres"));
        return out;
    }
}
