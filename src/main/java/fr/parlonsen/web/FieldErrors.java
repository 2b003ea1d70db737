package fr.parlonsen.web;

import fr.parlonsen.kernel.Violation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The violations of a submitted page form, for the DSFR error summary (each linked to its field) and the
 * message under each field. A field "venue.name" or "invitees[2].email" has the HTML id "venue-name",
 * "invitees-2-email" ({@link #id}).
 */
public final class FieldErrors {
    public static final FieldErrors NONE = new FieldErrors(List.of());

    private final List<Violation> violations;
    private final Map<String, String> byField = new LinkedHashMap<>();

    public FieldErrors(List<Violation> violations) {
        this.violations = List.copyOf(violations);
        for (Violation v : violations) {
            byField.merge(v.field(), v.message(), (a, b) -> a + " " + b);
        }
    }

    public record Item(String href, String message) {
    }

    public boolean isEmpty() {
        return violations.isEmpty();
    }

    public int getCount() {
        return violations.size();
    }

    public List<Item> getItems() {
        return violations.stream().map(v -> new Item("#" + id(v.field()), v.message())).toList();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** Any violation on this field or below it ("catchment" covers "catchment.cantons"). */
    public boolean hasUnder(String prefix) {
        return byField.keySet().stream().anyMatch(f -> f.equals(prefix) || f.startsWith(prefix + ".")
                || f.startsWith(prefix + "["));
    }

    public String get(String field) {
        return byField.get(field);
    }

    /** Every message on this field or below it, joined. */
    public String under(String prefix) {
        return String.join(" ", byField.entrySet().stream().filter(e -> e.getKey().equals(prefix)
                || e.getKey().startsWith(prefix + ".") || e.getKey().startsWith(prefix + "["))
                .map(Map.Entry::getValue).toList());
    }

    public static String id(String field) {
        return field.replaceAll("[.\\[\\]]+", "-").replaceAll("-$", "");
    }
}
