package fr.parlonsen.synthesis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * An answer with two ideas is a member of one group only and a mention of the other: mentions are kept apart from
 * sources and weight, stay with their item across rebuilds, follow a statement a person moved, and go away when
 * the statement is moved into that very group.
 */
class DraftMentionsTest {
    static final String TOPIC = "proximite.presence";
    final DraftBuilder builder = new DraftBuilder();
    long nextId = 1;

    SourceItem said(long forum, String text) {
        return new SourceItem(SynthesisSection.PROPOSALS, TOPIC, text, SourceRef.minutesItem(forum, nextId++));
    }

    /** Night patrols (3), burglaries (3), street lighting (1), and one answer raising patrols and burglaries. */
    List<SourceItem> said() {
        return new ArrayList<>(List.of(
                said(1, "Plus de patrouilles de police la nuit"),
                said(2, "Des patrouilles de police plus fréquentes la nuit"),
                said(3, "Renforcer les patrouilles de nuit de la police"),
                said(1, "Lutter contre les cambriolages dans les lotissements"),
                said(2, "Les cambriolages se multiplient : agir contre les cambriolages"),
                said(3, "Prévenir les cambriolages des maisons"),
                said(4, "Améliorer l'éclairage public des rues"),
                said(4, "Plus de patrouilles de police la nuit ; et agir contre les cambriolages")));
    }

    static DraftItem holding(List<DraftItem> items, SourceRef ref) {
        List<DraftItem> owners = items.stream().filter(i -> i.sources.contains(ref)).toList();
        assertEquals(1, owners.size(), "a statement is a member of exactly one item: " + owners.size());
        return owners.get(0);
    }

    static List<DraftItem> mentioning(List<DraftItem> items, SourceRef ref) {
        return items.stream().filter(i -> i.mentions.contains(ref)).toList();
    }

    static List<DraftItem> withIds(List<DraftItem> items, long first) {
        for (DraftItem i : items) {
            i.id = first++;
        }
        return items;
    }

    @Test
    void a_text_with_two_ideas_is_a_member_of_one_group_and_a_mention_of_the_other() {
        List<SourceItem> said = said();
        SourceRef both = said.get(7).ref();
        List<DraftItem> items = builder.rebuild(said, List.of());
        DraftItem member = holding(items, both);
        List<DraftItem> mentioned = mentioning(items, both);
        assertEquals(1, mentioned.size(), () -> items.stream().map(i -> i.text + " " + i.sources + " " + i.mentions).toList().toString());
        DraftItem other = mentioned.get(0);
        assertNotEquals(member, other);
        assertFalse(other.sources.contains(both), "a mention is never a source");
        assertTrue(member.mentions.isEmpty() || !member.mentions.contains(both));
        assertEquals(said.size(), items.stream().mapToInt(i -> i.sources.size()).sum(), "each statement exactly once");
        // the weight counts members only
        assertEquals(other.sources.stream().map(SourceRef::forumId).distinct().count(), other.meetings());
        assertTrue(other.text.contains("patrouilles") != member.text.contains("patrouilles"),
                "one item is about patrols, the other about burglaries: " + member.text + " / " + other.text);
        // deterministic
        nextId = 1;
        List<DraftItem> again = builder.rebuild(said(), List.of());
        assertEquals(items.stream().map(i -> List.copyOf(i.mentions)).toList(),
                again.stream().map(i -> List.copyOf(i.mentions)).toList());
    }

    @Test
    void mentions_survive_a_rebuild_and_follow_a_moved_statement() {
        List<SourceItem> said = said();
        SourceRef both = said.get(7).ref();
        SourceRef lighting = said.get(6).ref();
        List<DraftItem> first = withIds(builder.rebuild(said, List.of()), 100);
        DraftItem mentioned = mentioning(first, both).get(0);
        long mentionedId = mentioned.id;

        List<DraftItem> rebuilt = builder.rebuild(said, first);
        assertEquals(List.of(mentionedId), mentioning(rebuilt, both).stream().map(i -> i.id).toList(),
                "the mention stays with its item across a rebuild");

        // a person moves the statement into the lighting item: it stays mentioned where it was
        holding(rebuilt, both).sources.remove(both);
        holding(rebuilt, lighting).sources.add(both);
        List<DraftItem> afterMove = builder.rebuild(said, rebuilt);
        assertTrue(holding(afterMove, both).sources.contains(lighting), "the moved statement stays where it was put");
        assertTrue(mentioning(afterMove, both).stream().anyMatch(i -> i.id == mentionedId));

        // moved into the very item that mentions it: a member now, no longer a mention
        holding(afterMove, both).sources.remove(both);
        DraftItem target = afterMove.stream().filter(i -> i.id == mentionedId).findFirst().orElseThrow();
        target.sources.add(both);
        List<DraftItem> inside = builder.rebuild(said, afterMove);
        DraftItem now = holding(inside, both);
        assertEquals(mentionedId, now.id);
        assertFalse(now.mentions.contains(both));
    }

    @Test
    void a_statement_is_mentioned_once_per_item_even_when_its_reference_changed() {
        List<SourceItem> said = said();
        SourceRef both = said.get(7).ref();
        List<DraftItem> first = withIds(builder.rebuild(said, List.of()), 100);
        DraftItem mentioned = mentioning(first, both).get(0);
        mentioned.mentions.remove(both);
        mentioned.mentions.add(new SourceRef(both.key(), 99L, both.itemId(), null, null, null)); // stored before a change
        List<DraftItem> rebuilt = builder.rebuild(said, first);
        DraftItem again = rebuilt.stream().filter(i -> i.id != null && i.id.equals(mentioned.id)).findFirst().orElseThrow();
        assertEquals(1, again.mentions.stream().filter(r -> r.key().equals(both.key())).count(),
                "one row per (item, statement): the table's key");
        assertTrue(again.mentions.contains(both));
    }

    @Test
    void a_mention_whose_statement_vanished_goes_away() {
        List<SourceItem> said = said();
        SourceRef both = said.get(7).ref();
        List<DraftItem> first = withIds(builder.rebuild(said, List.of()), 100);
        assertFalse(mentioning(first, both).isEmpty());
        said.remove(7); // minutes reopened
        List<DraftItem> rebuilt = builder.rebuild(said, first);
        assertTrue(mentioning(rebuilt, both).isEmpty());
    }
}
