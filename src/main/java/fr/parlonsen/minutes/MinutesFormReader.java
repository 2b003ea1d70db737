package fr.parlonsen.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


import fr.parlonsen.kernel.Versions;
import fr.parlonsen.kernel.Violation;
import fr.parlonsen.campaign.TopicSuggestions;
import fr.parlonsen.minutes.MinutesForms.Attendance;
import fr.parlonsen.minutes.MinutesForms.ByCategory;
import fr.parlonsen.minutes.MinutesForms.ItemForm;
import fr.parlonsen.minutes.MinutesForms.MinutesForm;
import fr.parlonsen.minutes.MinutesForms.NoteForm;

/**
 * Reads the edit page's form (x-www-form-urlencoded) into the same {@link MinutesForm} the API takes. Field names:
 * {@code attendance.total}, {@code attendance.public}..., {@code startedAt}, {@code summary},
 * {@code note.<topic>} / {@code noteId.<topic>}, {@code questions[i].text|answer|topic|id},
 * {@code strengths[i].text|topic|id}... A row whose text is empty is left out (so clearing a text removes it);
 * an empty topic lets the suggester choose, {@value TopicSuggestions#NO_TOPIC_CHOICE} says the statement fits no sub-topic.
 */
public final class MinutesFormReader {
    private MinutesFormReader() {
    }

    private static final Pattern ROW = Pattern.compile("(questions|strengths|weaknesses|proposals)\\[(\\d{1,4})\\]\\.(id|text|answer|topic)");
    static final List<String> CATEGORIES = List.of("public", "elus", "associations", "policeNationale", "gendarmerie",
            "policeMunicipale", "autres");

    /** The form, the version the page was showing (null when absent), the numbers that could not be read. */
    public record Read(Integer version, MinutesForm form, List<Violation> unreadable) {
    }

    public static Read read(Map<String, List<String>> params) {
        List<Violation> bad = new ArrayList<>();
        Integer total = number(params, "attendance.total", bad);
        Integer[] c = new Integer[CATEGORIES.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = number(params, "attendance." + CATEGORIES.get(i), bad);
        }
        Attendance attendance = new Attendance(total, new ByCategory(c[0], c[1], c[2], c[3], c[4], c[5], c[6]));

        List<NoteForm> notes = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : params.entrySet()) {
            if (e.getKey().startsWith("note.") && !blank(first(e.getValue()))) {
                String topic = e.getKey().substring("note.".length());
                notes.add(new NoteForm(id(first(params, "noteId." + topic)), topic, first(e.getValue())));
            }
        }
        notes.sort((a, b) -> a.topic().compareTo(b.topic()));

        Map<String, TreeMap<Integer, Map<String, String>>> rows = Map.of("questions", new TreeMap<>(), "strengths",
                new TreeMap<>(), "weaknesses", new TreeMap<>(), "proposals", new TreeMap<>());
        for (Map.Entry<String, List<String>> e : params.entrySet()) {
            Matcher m = ROW.matcher(e.getKey());
            if (m.matches()) {
                rows.get(m.group(1)).computeIfAbsent(Integer.parseInt(m.group(2)), k -> new java.util.HashMap<>())
                        .put(m.group(3), first(e.getValue()));
            }
        }
        MinutesForm form = new MinutesForm(attendance, first(params, "startedAt"), first(params, "endedAt"),
                first(params, "summary"), notes, items(rows.get("questions")), items(rows.get("strengths")),
                items(rows.get("weaknesses")), items(rows.get("proposals")));
        return new Read(Versions.parse(first(params, "version")), form, bad);
    }

    private static List<ItemForm> items(TreeMap<Integer, Map<String, String>> rows) {
        List<ItemForm> out = new ArrayList<>();
        for (Map<String, String> row : rows.values()) {
            String text = row.get("text");
            if (blank(text)) {
                continue;
            }
            String topic = row.get("topic");
            boolean none = TopicSuggestions.NO_TOPIC_CHOICE.equals(topic);
            out.add(new ItemForm(id(row.get("id")), text, blank(topic) || none ? null : topic, row.get("answer"),
                    blank(topic) ? TopicSuggestions.SUGGESTED : TopicSuggestions.CHOSEN));
        }
        return out;
    }

    private static Integer number(Map<String, List<String>> params, String name, List<Violation> bad) {
        String v = first(params, name);
        if (blank(v)) {
            return null;
        }
        try {
            return Integer.parseInt(v.strip().replace(" ", "").replace("\u202f", "").replace("\u00a0", ""));
        } catch (NumberFormatException e) {
            bad.add(new Violation(name, "Indiquez un nombre entier de participants."));
            return null;
        }
    }

    private static Long id(String v) {
        if (blank(v)) {
            return null;
        }
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String first(Map<String, List<String>> params, String name) {
        return first(params.get(name));
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
