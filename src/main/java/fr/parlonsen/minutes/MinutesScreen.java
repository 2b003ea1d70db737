package fr.parlonsen.minutes;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;


import fr.parlonsen.kernel.Violation;
import fr.parlonsen.campaign.TopicChoices.ThemeView;
import fr.parlonsen.campaign.TopicChoices.TopicView;
import fr.parlonsen.campaign.TopicSuggestions;
import fr.parlonsen.minutes.MinutesForms.Attendance;
import fr.parlonsen.minutes.MinutesForms.ByCategory;
import fr.parlonsen.minutes.MinutesForms.ItemForm;
import fr.parlonsen.minutes.MinutesForms.ItemView;
import fr.parlonsen.minutes.MinutesForms.MinutesForm;
import fr.parlonsen.minutes.MinutesForms.MinutesView;
import fr.parlonsen.minutes.MinutesForms.NoteView;
import fr.parlonsen.minutes.MinutesForms.QuestionView;
import fr.parlonsen.minutes.MinutesReading.Context;

/** What the minutes pages show, built from the minutes (saved) or from what the user just sent (kept on error). */
public final class MinutesScreen {
    private MinutesScreen() {
    }

    static final int BLANK_ROWS = 2;
    static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    /** One attendance field: its form name, its label and its value. */
    public record Count(String name, String label, Integer value) {
    }

    /** The notes of one sub-topic, in the group of its theme. */
    public record NoteRow(String topic, String title, Long id, String notes) {
    }

    public record NoteGroup(String theme, List<NoteRow> notes) {
        /** How many of its sub-topics have notes: the theme opens when there is at least one. */
        public int filled() {
            return (int) notes.stream().filter(n -> n.notes() != null && !n.notes().isBlank()).count();
        }

    }

    /**
     * One row of a list (question, strength...). {@code topic} is the person's choice (null: the suggestion),
     * {@code suggestedTitle} what the suggester proposes.
     */
    public record Row(String list, int index, int number, Long id, String text, String answer, String topic,
            String topicTitle, String suggested, String suggestedTitle, boolean chosen) {
    }

    /** A list of the minutes: "Question", "question", "Ajouter une question". */
    public record Section(String key, String title, String itemLabel, String itemLower, String addLabel,
            boolean withAnswer, List<Row> rows) {
    }

    /** The whole page content: the same for the edit form, the conflict screen and the read-only page. */
    public record Content(int version, String status, String statusLabel, String reopenReason, String updatedBy,
            OffsetDateTime updatedAt, List<Count> attendance, Integer total, String startedAt, String endedAt,
            String summary, List<NoteGroup> notes, List<Section> sections, List<ThemeView> themes) {

        public int itemCount() {
            return sections.stream().mapToInt(s -> (int) s.rows().stream().filter(r -> r.text() != null).count())
                    .sum();
        }
    }

    /** A hidden field carrying what the user sent, for "save mine over theirs" on the conflict screen. */
    public record Field(String name, String value) {
    }

    public record Edit(Context ctx, Content content, List<Violation> violations, String notice) {
    }

    public record Conflict(Context ctx, Content theirs, Content yours, List<Field> yourFields) {
    }

    /** The read-only page; {@code shownVersion} when it shows a past version. */
    public record ReadOnly(Context ctx, Content content, List<MinutesForms.AuditEntry> audit,
            List<MinutesForms.VersionSummary> versions, Integer shownVersion, String notice) {
    }

    /** The saved minutes; with empty rows to fill in when {@code editable}. */
    static Content of(MinutesView v, List<ThemeView> themes, boolean editable) {
        return of(v, v.startedAt() == null ? null : v.startedAt().atZoneSameInstant(MinutesViews.PARIS)
                .toLocalDateTime().format(LOCAL_INPUT), v.endedAt() == null ? null
                        : v.endedAt().atZoneSameInstant(MinutesViews.PARIS).toLocalDateTime().format(LOCAL_INPUT),
                themes, editable);
    }

    /** What the user sent, as it would be saved (no suggestion computed), with the dates as typed. */
    static Content ofForm(MinutesForm f, int version, String status, List<ThemeView> themes) {
        MinutesView v = new MinutesView(0, status, version, f.attendance(), null, null, f.summary(),
                f.topics().stream().map(n -> new NoteView(n.id(), n.topic(), n.notes(), null, TopicSuggestions.CHOSEN))
                        .toList(),
                f.questions().stream().map(q -> new QuestionView(q.id(), q.text(), chosenTopic(q), q.answer(), null,
                        source(q))).toList(),
                items(f.strengths()), items(f.weaknesses()), items(f.proposals()), null, null, null);
        return of(v, f.startedAt(), f.endedAt(), themes, true);
    }

    static List<Field> fields(Map<String, List<String>> params) {
        List<Field> out = new ArrayList<>();
        params.forEach((name, values) -> {
            if (!name.equals("_csrf") && !name.equals("version")) {
                values.forEach(v -> out.add(new Field(name, v)));
            }
        });
        return out;
    }

    private static List<ItemView> items(List<ItemForm> forms) {
        return forms.stream().map(i -> new ItemView(i.id(), i.text(), chosenTopic(i), null, source(i))).toList();
    }

    private static String chosenTopic(ItemForm i) {
        return TopicSuggestions.CHOSEN.equals(source(i)) ? i.topic() : null;
    }

    private static String source(ItemForm i) {
        return (i.topic() == null && !TopicSuggestions.CHOSEN.equals(i.topicSource()))
                || TopicSuggestions.SUGGESTED.equals(i.topicSource()) ? TopicSuggestions.SUGGESTED
                : TopicSuggestions.CHOSEN;
    }

    private static Content of(MinutesView v, String startedAt, String endedAt, List<ThemeView> themes,
            boolean editable) {
        Map<String, String> titles = new HashMap<>();
        themes.forEach(t -> t.topics().forEach(p -> titles.put(p.code(), p.title())));
        Attendance a = v.attendance() == null ? new Attendance(null, ByCategory.EMPTY) : v.attendance();
        ByCategory c = a.byCategory() == null ? ByCategory.EMPTY : a.byCategory();
        List<Count> counts = List.of(new Count("public", "Public", c.publicCount()),
                new Count("elus", "Élus", c.elus()), new Count("associations", "Associations", c.associations()),
                new Count("policeNationale", "Police nationale", c.policeNationale()),
                new Count("gendarmerie", "Gendarmerie nationale", c.gendarmerie()),
                new Count("policeMunicipale", "Police municipale", c.policeMunicipale()),
                new Count("autres", "Autres", c.autres()));

        Map<String, NoteView> notesByTopic = new HashMap<>();
        for (NoteView n : v.topics()) {
            notesByTopic.merge(n.topic(), n, (x, y) -> new NoteView(x.id(), x.topic(), x.notes() + "\n\n" + y.notes(),
                    x.topicSuggested(), x.topicSource()));
        }
        List<NoteGroup> notes = new ArrayList<>();
        for (ThemeView t : themes) {
            List<NoteRow> rows = new ArrayList<>();
            for (TopicView p : t.topics()) {
                NoteView n = notesByTopic.get(p.code());
                if (editable || n != null) {
                    rows.add(new NoteRow(p.code(), p.title(), n == null ? null : n.id(), n == null ? null : n.notes()));
                }
            }
            if (!rows.isEmpty()) {
                notes.add(new NoteGroup(t.title(), rows));
            }
        }

        List<Section> sections = List.of(
                section("questions", "Questions du public et réponses apportées", "Question", "une question", true,
                        v.questions().stream().map(q -> new Row(null, 0, 0, q.id(), q.text(), q.answer(), q.topic(),
                                null, q.topicSuggested(), null, TopicSuggestions.CHOSEN.equals(q.topicSource())))
                                .toList(), titles, editable),
                section("strengths", "Points forts", "Point fort", "un point fort", false, rows(v.strengths()),
                        titles, editable),
                section("weaknesses", "Points faibles", "Point faible", "un point faible", false,
                        rows(v.weaknesses()), titles, editable),
                section("proposals", "Propositions", "Proposition", "une proposition", false, rows(v.proposals()),
                        titles, editable));
        MinutesStatus status = MinutesStatus.fromCode(v.status());
        return new Content(v.version(), v.status(), status.label, v.reopenReason(), v.updatedBy(),
                v.updatedAt() == null ? null : v.updatedAt().atZone(MinutesViews.PARIS).toOffsetDateTime(), counts,
                a.total(), startedAt, endedAt, v.summary(), notes, sections, themes);
    }

    private static List<Row> rows(List<ItemView> items) {
        return items.stream().map(i -> new Row(null, 0, 0, i.id(), i.text(), null, i.topic(), null,
                i.topicSuggested(), null, TopicSuggestions.CHOSEN.equals(i.topicSource()))).toList();
    }

    private static Section section(String key, String title, String itemLabel, String oneItem, boolean withAnswer,
            List<Row> items, Map<String, String> titles, boolean editable) {
        List<Row> rows = new ArrayList<>();
        int i = 0;
        for (Row r : items) {
            rows.add(new Row(key, i, i + 1, r.id(), r.text(), r.answer(), r.chosen() ? r.topic() : null,
                    titles.get(r.topic()), r.suggested(), titles.get(r.suggested()), r.chosen()));
            i++;
        }
        if (editable) {
            for (int b = 0; b < BLANK_ROWS; b++, i++) {
                rows.add(new Row(key, i, i + 1, null, null, null, null, null, null, null, false));
            }
        }
        return new Section(key, title, itemLabel, itemLabel.toLowerCase(java.util.Locale.FRENCH),
                "Ajouter " + oneItem, withAnswer, rows);
    }
}
