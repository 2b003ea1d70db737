package fr.parlonsen.minutes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.parlonsen.campaign.Campaign;
import fr.parlonsen.analysis.TopicExample;
import fr.parlonsen.campaign.TopicExamples;
import fr.parlonsen.campaign.TopicSuggestions;
import fr.parlonsen.campaign.TopicSuggestions.TopicChoice;
import fr.parlonsen.minutes.MinutesEditing.Times;
import fr.parlonsen.minutes.MinutesForms.Attendance;
import fr.parlonsen.minutes.MinutesForms.ByCategory;
import fr.parlonsen.minutes.MinutesForms.ItemForm;
import fr.parlonsen.minutes.MinutesForms.MinutesForm;
import fr.parlonsen.minutes.MinutesForms.NoteForm;

/**
 * Writes a checked form into the minutes row and its items: items keep their id when the form gives it back, an item
 * that a transmitted synthesis cites is never rewritten (kept as cited, superseded), topics are suggested or kept as
 * chosen, and chosen topics become examples of the campaign.
 */
@ApplicationScoped
class MinutesDraftWriter {
    @Inject
    TopicSuggestions topics;
    @Inject
    TopicExamples examples;
    @Inject
    CitedItems citations;

    void write(Minutes m, MinutesForm form, Times times, Campaign campaign) {
        Attendance a = form.attendance() == null ? new Attendance(null, null) : form.attendance();
        ByCategory c = a.byCategory() == null ? ByCategory.EMPTY : a.byCategory();
        m.attendanceTotal = a.total();
        m.attendancePublic = c.publicCount();
        m.attendanceElus = c.elus();
        m.attendanceAssociations = c.associations();
        m.attendancePoliceNationale = c.policeNationale();
        m.attendanceGendarmerie = c.gendarmerie();
        m.attendancePoliceMunicipale = c.policeMunicipale();
        m.attendanceAutres = c.autres();
        m.startedAt = times.startedAt();
        m.endedAt = times.endedAt();
        m.summary = blankToNull(form.summary());

        Map<Long, MinutesItem> existing = new HashMap<>();
        MinutesItem.listByForum(m.forumId).forEach(i -> existing.put(i.id, i));
        Set<Long> cited = citations.frozen(existing.keySet());
        List<MinutesItem> kept = new ArrayList<>();
        int position = 0;
        for (NoteForm n : orEmpty(form.topics())) {
            MinutesItem item = reuse(existing, n.id(), m.forumId, ItemKind.TOPIC_NOTE, kept, cited, n.notes(), null);
            item.position = position++;
            item.text = n.notes();
            item.answer = null;
            item.topic = n.topic().strip();
            item.topicSuggested = topics.suggest(campaign, n.notes()).orElse(null);
            item.topicSource = TopicSuggestions.CHOSEN;
        }
        writeItems(m.forumId, ItemKind.QUESTION, form.questions(), existing, kept, campaign, cited);
        writeItems(m.forumId, ItemKind.STRENGTH, form.strengths(), existing, kept, campaign, cited);
        writeItems(m.forumId, ItemKind.WEAKNESS, form.weaknesses(), existing, kept, campaign, cited);
        writeItems(m.forumId, ItemKind.PROPOSAL, form.proposals(), existing, kept, campaign, cited);
        for (MinutesItem removed : existing.values()) {
            if (cited.contains(removed.id)) {
                removed.supersededAt = Instant.now(); // a transmitted synthesis cites it: kept as cited
            } else {
                removed.delete();
            }
        }
        kept.stream().filter(i -> i.id == null).forEach(i -> i.persist());
        learnChosenTopics(kept, campaign);
    }

    /**
     * Every statement whose topic a person chose becomes an example of the campaign (topic notes are not: they
     * gather a whole discussion), one a person said fits no sub-topic an example of no topic
     * ({@link TopicExample#NONE}); one back to a suggestion stops being one.
     */
    private void learnChosenTopics(List<MinutesItem> kept, Campaign campaign) {
        for (MinutesItem i : kept) {
            if (i.kind == ItemKind.TOPIC_NOTE) {
                continue;
            }
            if (TopicSuggestions.CHOSEN.equals(i.topicSource)) {
                examples.record(campaign.id, i.topic == null ? TopicExample.NONE : i.topic, i.text,
                        TopicExamples.MINUTES, i.id, null);
            } else {
                examples.forget(campaign.id, TopicExamples.MINUTES, i.id);
            }
        }
    }

    private void writeItems(long forumId, ItemKind kind, List<ItemForm> forms, Map<Long, MinutesItem> existing,
            List<MinutesItem> kept, Campaign campaign, Set<Long> cited) {
        int position = 0;
        for (ItemForm f : orEmpty(forms)) {
            String answer = kind == ItemKind.QUESTION ? blankToNull(f.answer()) : null;
            MinutesItem item = reuse(existing, f.id(), forumId, kind, kept, cited, f.text(), answer);
            item.position = position++;
            item.text = f.text();
            item.answer = answer;
            String basis = kind == ItemKind.QUESTION && item.answer != null ? f.text() + "\n" + item.answer : f.text();
            TopicChoice choice = topics.choose(campaign, basis, f.topic(), f.topicSource());
            item.topic = choice.topic();
            item.topicSuggested = choice.suggested();
            item.topicSource = choice.source();
        }
    }

    /**
     * The item with this id if it belongs to these minutes and was not claimed yet; a new item otherwise. An item
     * that a transmitted synthesis cites is never rewritten: when its kind, text or answer change, it is marked
     * superseded (its row stays as cited) and the minutes go on with a new item.
     */
    private static MinutesItem reuse(Map<Long, MinutesItem> existing, Long id, long forumId, ItemKind kind,
            List<MinutesItem> kept, Set<Long> cited, String text, String answer) {
        MinutesItem item = id == null ? null : existing.remove(id);
        if (item != null && cited.contains(item.id) && (item.kind != kind || !Objects.equals(item.text, text)
                || !Objects.equals(item.answer, answer))) {
            item.supersededAt = Instant.now();
            item = null;
        }
        if (item == null) {
            item = new MinutesItem();
            item.forumId = forumId;
        }
        item.kind = kind;
        kept.add(item);
        return item;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
