package fr.parlonsen.synthesis;

import java.util.LinkedHashSet;
import java.util.Set;

/** An item of the draft as the builder works on it: either already stored (id set) or new. */
public final class DraftItem {
    public Long id;
    public SynthesisSection section;
    public String topic;
    public String text;
    /** The text the builder proposed; differs from {@link #text} once a person rewrote it. */
    public String generatedText;
    public boolean edited;
    /** A few words naming the group, generated from its members unless a person wrote it. */
    public String label;
    public boolean labelEdited;
    /** One formulation from its members (the one closest to the others), unless a person wrote it. */
    public String representative;
    public boolean representativeEdited;
    public boolean deleted;
    public String deleteReason;
    public int position;
    /** A person confirmed or changed the topic on the synthesis itself. */
    public boolean topicChosen;
    /** Every source had its topic chosen by a person, and it is this item's topic. */
    public boolean sourcesConfirmed;
    public final Set<SourceRef> sources = new LinkedHashSet<>();
    /**
     * Statements that are members of another item but also raise this one (a second idea): mentions, never
     * sources, never in the weight; a statement that becomes a source of this very item stops being a mention.
     */
    public final Set<SourceRef> mentions = new LinkedHashSet<>();

    public DraftItem(SynthesisSection section, String topic, String text) {
        this.section = section;
        this.topic = topic;
        this.text = text;
        this.generatedText = text;
    }

    /** The contract's {@code topicConfirmed}: a person confirmed or chose the topic. */
    public boolean topicConfirmed() {
        return topicChosen || sourcesConfirmed;
    }

    /** Drops the mentions that are sources of this very item (or no longer in {@code known}, when given). */
    public void pruneMentions(java.util.function.Predicate<String> known) {
        java.util.Set<String> own = new java.util.HashSet<>();
        sources.forEach(s -> own.add(s.key()));
        mentions.removeIf(m -> own.contains(m.key()) || (known != null && !known.test(m.key())));
    }

    /** Meetings this item was heard in. */
    public int meetings() {
        return (int) sources.stream().filter(s -> !s.isQuestion() && s.forumId() != null).map(SourceRef::forumId)
                .distinct().count();
    }

    /** Citizens' questions behind this item. */
    public int questions() {
        return (int) sources.stream().filter(SourceRef::isQuestion).count();
    }

    /** The weight of the contract: meetings plus questions. */
    public int weight() {
        return meetings() + questions();
    }
}
