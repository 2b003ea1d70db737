package fr.parlonsen.minutes;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import fr.parlonsen.minutes.MinutesForms.Attendance;
import fr.parlonsen.minutes.MinutesForms.ByCategory;
import fr.parlonsen.minutes.MinutesForms.ItemView;
import fr.parlonsen.minutes.MinutesForms.MinutesView;
import fr.parlonsen.minutes.MinutesForms.NoteView;
import fr.parlonsen.minutes.MinutesForms.QuestionView;

/** The minutes row and its items as the API and the pages show them ({@link MinutesView}). */
final class MinutesViews {
    static final ZoneId PARIS = fr.parlonsen.kernel.French.PARIS;

    private MinutesViews() {
    }

    static MinutesView view(Minutes m) {
        Map<ItemKind, List<MinutesItem>> byKind = new EnumMap<>(ItemKind.class);
        for (ItemKind k : ItemKind.values()) {
            byKind.put(k, new ArrayList<>());
        }
        MinutesItem.listByForum(m.forumId).forEach(i -> byKind.get(i.kind).add(i));
        byKind.values().forEach(l -> l.sort((x, y) -> Integer.compare(x.position, y.position)));
        return new MinutesView(m.forumId, m.status.code, m.version,
                new Attendance(m.attendanceTotal, new ByCategory(m.attendancePublic, m.attendanceElus,
                        m.attendanceAssociations, m.attendancePoliceNationale, m.attendanceGendarmerie,
                        m.attendancePoliceMunicipale, m.attendanceAutres)),
                offset(m.startedAt), offset(m.endedAt), m.summary,
                byKind.get(ItemKind.TOPIC_NOTE).stream()
                        .map(i -> new NoteView(i.id, i.topic, i.text, i.topicSuggested, i.topicSource)).toList(),
                byKind.get(ItemKind.QUESTION).stream().map(i -> new QuestionView(i.id, i.text, i.topic, i.answer,
                        i.topicSuggested, i.topicSource)).toList(),
                items(byKind.get(ItemKind.STRENGTH)), items(byKind.get(ItemKind.WEAKNESS)),
                items(byKind.get(ItemKind.PROPOSAL)), m.reopenReason, m.updatedBy, m.updatedAt);
    }

    private static List<ItemView> items(Collection<MinutesItem> items) {
        return items.stream().map(i -> new ItemView(i.id, i.text, i.topic, i.topicSuggested, i.topicSource)).toList();
    }

    private static OffsetDateTime offset(LocalDateTime t) {
        return t == null ? null : t.atZone(PARIS).toOffsetDateTime();
    }
}
