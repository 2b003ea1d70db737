package fr.parlonsen.synthesis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import fr.parlonsen.analysis.SimilarityGrouper;

/**
 * Builds the draft of a synthesis from what was said, and rebuilds it when new minutes arrive without losing
 * what people did to it.
 * <ul>
 * <li>Items of a section and sub-topic are grouped by French text similarity (TF-IDF cosine, threshold);
 * each group becomes one item weighted by its meetings and questions, listing every source.</li>
 * <li>A source already claimed by an existing item stays with it: rewrites, merges, splits and deletions are
 * decisions about sources, so they survive a rebuild.</li>
 * <li>New sources join the existing item their group overlaps, or make a new item. Sources that vanished
 * (minutes reopened) leave their item; an item left without sources goes away.</li>
 * <li>No source is ever dropped: every one ends in exactly one item (a deleted item keeps its sources and the
 * reason).</li>
 * <li>An answer with several ideas is a member of the item of its main idea only; the items of its other ideas
 * ({@link SimilarityGrouper.Group#alsoRelated()}) list it as a <em>mention</em> ({@link DraftItem#mentions}),
 * outside their sources and weight. Mentions stay with their item across rebuilds as sources do, leave it when
 * their source vanishes or becomes a source of that very item, and are added as the grouping finds new ones.</li>
 * </ul>
 */
@ApplicationScoped
public class DraftBuilder {
    private final SimilarityGrouper grouper;
    private final double threshold;

    public DraftBuilder() {
        this(new SimilarityGrouper(new fr.parlonsen.analysis.SecurityVocabulary()), SimilarityGrouper.DEFAULT_THRESHOLD);
    }

    public DraftBuilder(SimilarityGrouper grouper, double threshold) {
        this.grouper = grouper;
        this.threshold = threshold;
    }

    public List<DraftItem> rebuild(List<SourceItem> current, List<DraftItem> existing) {
        return rebuild(current, existing, DraftItem::weight, done -> {
        });
    }

    /**
     * As {@link #rebuild(List, List)}, new items ordered by {@code weight} (the national one weighs départements),
     * reporting the share of the grouping done (0 to 100).
     */
    public List<DraftItem> rebuild(List<SourceItem> current, List<DraftItem> existing,
            java.util.function.ToIntFunction<DraftItem> weight, java.util.function.IntConsumer progress) {
        Map<String, SourceItem> byKey = new LinkedHashMap<>();
        current.forEach(s -> byKey.put(s.ref().key(), s));

        // 1. existing items keep the sources that still exist
        List<DraftItem> items = new ArrayList<>();
        Map<String, DraftItem> owner = new HashMap<>();
        for (DraftItem e : existing) {
            e.sources.removeIf(s -> !byKey.containsKey(s.key()));
            // mentions that still exist, as the sources now give them (one ref per key: the table's key)
            List<SourceRef> mentioned = e.mentions.stream().filter(s -> byKey.containsKey(s.key()))
                    .map(s -> byKey.get(s.key()).ref()).toList();
            e.mentions.clear();
            e.mentions.addAll(mentioned);
            if (e.sources.isEmpty()) {
                continue;
            }
            items.add(e);
            e.sources.forEach(s -> owner.put(s.key(), e));
        }

        // 2. group what was said, per section and sub-topic; attach new sources
        Map<String, List<SourceItem>> buckets = current.stream().collect(Collectors.groupingBy(
                s -> s.section().code + "|" + Objects.toString(s.topic(), ""), LinkedHashMap::new, Collectors.toList()));
        int bucketsDone = 0;
        for (List<SourceItem> bucket : buckets.values()) {
            progress.accept(100 * bucketsDone++ / Math.max(1, buckets.size()));
            for (SimilarityGrouper.Group<SourceItem> g : grouper.group(bucket, SourceItem::text, threshold)) {
                List<SourceItem> unclaimed = g.members().stream().filter(m -> !owner.containsKey(m.ref().key())).toList();
                DraftItem target = g.members().stream().map(m -> owner.get(m.ref().key())).filter(Objects::nonNull)
                        .findFirst().orElse(null);
                if (unclaimed.isEmpty()) {
                    if (target != null && target.label == null) {
                        describe(target, g); // an item stored before groups had labels
                    }
                    mention(target, g);
                    continue;
                }
                if (target == null) {
                    SourceItem first = g.representative();
                    target = new DraftItem(first.section(), first.topic(), g.representativeText());
                    target.position = Integer.MAX_VALUE;
                    items.add(target);
                }
                for (SourceItem m : unclaimed) {
                    target.sources.add(m.ref());
                    owner.put(m.ref().key(), target);
                }
                if (!target.edited && target.id != null) {
                    target.generatedText = target.text;
                }
                describe(target, g);
                mention(target, g);
            }
        }
        for (DraftItem i : items) {
            i.pruneMentions(null); // mentions are already among the current sources (filtered above or just grouped)
        }

        // 3. order: per section, kept positions first, new items by weight
        Comparator<DraftItem> order = Comparator.<DraftItem, Integer>comparing(i -> i.section.ordinal())
                .thenComparing(i -> i.position == Integer.MAX_VALUE ? 1 : 0)
                .thenComparing(i -> i.position == Integer.MAX_VALUE ? -weight.applyAsInt(i) : i.position)
                .thenComparing(i -> Objects.toString(i.topic, ""))
                .thenComparing(i -> i.sources.stream().map(SourceRef::key).sorted().findFirst().orElse(""));
        items.sort(order);
        Map<SynthesisSection, Integer> next = new HashMap<>();
        for (DraftItem i : items) {
            i.position = next.merge(i.section, 1, Integer::sum);
        }
        return items;
    }

    /** The group's second-idea items become mentions of its item (pruned of the item's own sources at the end). */
    private static void mention(DraftItem target, SimilarityGrouper.Group<SourceItem> g) {
        if (target != null) {
            g.alsoRelated().forEach(r -> target.mentions.add(r.ref()));
        }
    }

    /** Label and representative formulation from the group, unless a person wrote them. */
    private static void describe(DraftItem target, SimilarityGrouper.Group<SourceItem> g) {
        if (!target.labelEdited) {
            target.label = g.label().isEmpty() ? shorten(g.representativeText(), 60) : g.label();
        }
        if (!target.representativeEdited) {
            target.representative = shorten(g.representativeText(), REPRESENTATIVE_LENGTH);
        }
    }

    static final int REPRESENTATIVE_LENGTH = 400;

    /** The text trimmed, cut at a word boundary before {@code max} characters with an ellipsis. */
    static String shorten(String text, int max) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (t.length() <= max) {
            return t;
        }
        int cut = t.lastIndexOf(' ', max - 1);
        return (cut > max / 2 ? t.substring(0, cut) : t.substring(0, max - 1)).strip() + " …";
    }

    /** Keys of every source that some item lists (deleted items included). */
    public static Set<String> coveredKeys(List<DraftItem> items) {
        return items.stream().flatMap(i -> i.sources.stream()).map(SourceRef::key).collect(Collectors.toSet());
    }
}
