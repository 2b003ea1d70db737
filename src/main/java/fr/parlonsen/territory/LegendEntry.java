package fr.parlonsen.territory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One line of a map legend, for templates that render a text legend and an equivalent table.
 *
 * @param state   the state
 * @param label   its French label
 * @param colour  its fill colour ({@code #rrggbb})
 * @param pattern French description of its hatching ("hachures obliques", "aplat")
 * @param count   how many areas (cantons, départements) are in this state
 */
public record LegendEntry<S extends Enum<S> & MapFill>(S state, String label, String colour, String pattern, int count) {

    /** One entry per constant of {@code type}, in declaration order, counting {@code values} (zero counts kept). */
    static <S extends Enum<S> & MapFill> List<LegendEntry<S>> count(Class<S> type, Collection<S> values) {
        Map<S, Integer> counts = new EnumMap<>(type);
        values.forEach(v -> counts.merge(v, 1, Integer::sum));
        List<LegendEntry<S>> entries = new ArrayList<>();
        for (S s : type.getEnumConstants()) {
            entries.add(new LegendEntry<>(s, s.label(), s.colour(), s.hatch().description(), counts.getOrDefault(s, 0)));
        }
        return List.copyOf(entries);
    }
}
