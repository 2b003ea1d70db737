package fr.parlonsen.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Groups similar short French texts (strengths, weaknesses, proposals, questions from different meetings).
 *
 * <ol>
 *   <li>Each text becomes a TF-IDF vector of its {@link FrenchText} terms (identical term sequences are merged
 *       first). Word bigrams can be added at a chosen weight; they are off by default, as on paraphrases
 *       ("la nuit" / "le soir") they pushed apart more texts than they helped to tell apart.</li>
 *   <li>Every pair of texts whose cosine similarity reaches {@value #CANDIDATE_FACTOR} × threshold is found with
 *       an inverted index that skips frequent words ({@link SimilarPairs}), never by comparing all pairs.</li>
 *   <li>Pairs are taken from the most to the least similar; the groups of the two texts are joined when the
 *       cosine of the two groups' centroids reaches the threshold ({@link CentroidClusters}).</li>
 * </ol>
 * Every item ends up in exactly one group; a text without any meaningful word is a group of its own. The result
 * is deterministic: groups by decreasing size then first appearance, members in input order. Thread-safe.
 */
@ApplicationScoped
public class SimilarityGrouper {

    /** A set of similar items and the member closest to their centroid. */
    public record Group<T>(List<T> members, String representativeText, T representative, double cohesion) {
        public Group {
            members = Collections.unmodifiableList(new ArrayList<>(members));
        }

        public int size() {
            return members.size();
        }
    }

    public static final double DEFAULT_THRESHOLD = 0.3;
    static final double BIGRAM_WEIGHT = 0;
    static final double CANDIDATE_FACTOR = 0.75;

    private final FrenchText french;
    private final double bigramWeight;

    public SimilarityGrouper() {
        this(new FrenchText());
    }

    public SimilarityGrouper(FrenchText french) {
        this(french, BIGRAM_WEIGHT);
    }

    /** @param bigramWeight weight of word bigrams relative to single terms, 0 to leave them out */
    public SimilarityGrouper(FrenchText french, double bigramWeight) {
        if (!(bigramWeight >= 0)) {
            throw new IllegalArgumentException("bigramWeight must be >= 0: " + bigramWeight);
        }
        this.french = Objects.requireNonNull(french);
        this.bigramWeight = bigramWeight;
    }

    public <T> List<Group<T>> group(List<T> items, Function<T, String> text) {
        return group(items, text, DEFAULT_THRESHOLD);
    }

    /**
     * @param threshold cosine similarity, in (0, 1], that two groups' centroids must reach to be joined;
     *                  higher gives smaller, tighter groups
     */
    public <T> List<Group<T>> group(List<T> items, Function<T, String> text, double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
        }
        List<T> all = new ArrayList<>(items);
        List<String> texts = new ArrayList<>(all.size());
        for (T item : all) {
            texts.add(Objects.requireNonNullElse(text.apply(item), ""));
        }
        Documents documents = Documents.of(texts, french);
        List<SparseVector> vectors = TfIdfVectors.of(documents.terms, documents.counts, bigramWeight);
        // A hair below the thresholds, so that rounding never splits texts that are exactly at the threshold.
        double tolerance = 1e-9;
        SimilarPairs.Pairs pairs = SimilarPairs.find(vectors, threshold * CANDIDATE_FACTOR - tolerance);
        CentroidClusters clusters = new CentroidClusters(vectors, documents.counts);
        for (int k = 0; k < pairs.size(); k++) {
            clusters.joinIfClose(pairs.first()[k], pairs.second()[k], threshold - tolerance);
        }
        return groups(all, texts, documents, clusters);
    }

    private static <T> List<Group<T>> groups(List<T> items, List<String> texts, Documents documents,
            CentroidClusters clusters) {
        Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            byRoot.computeIfAbsent(clusters.root(documents.ofItem[i]), r -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> members = new ArrayList<>(byRoot.values());
        // Stable sort: equal sizes keep the order of their first member.
        members.sort(Comparator.comparingInt((List<Integer> m) -> m.size()).reversed());
        List<Group<T>> groups = new ArrayList<>(members.size());
        for (List<Integer> indexes : members) {
            int best = indexes.get(0);
            double bestSimilarity = Double.NEGATIVE_INFINITY;
            double total = 0;
            for (int i : indexes) {
                double similarity = clusters.similarityToCentroid(documents.ofItem[i]);
                total += similarity;
                if (similarity > bestSimilarity) {
                    best = i;
                    bestSimilarity = similarity;
                }
            }
            groups.add(new Group<>(indexes.stream().map(items::get).toList(), texts.get(best), items.get(best),
                    total / indexes.size()));
        }
        return groups;
    }

    /** Distinct non-empty term sequences; every empty one stays a document of its own. */
    private record Documents(List<List<String>> terms, int[] counts, int[] ofItem) {

        static Documents of(List<String> texts, FrenchText french) {
            List<List<String>> terms = new ArrayList<>();
            List<Integer> counts = new ArrayList<>();
            int[] ofItem = new int[texts.size()];
            Map<List<String>, Integer> seen = new HashMap<>();
            for (int i = 0; i < texts.size(); i++) {
                List<String> itemTerms = french.terms(texts.get(i));
                Integer document = itemTerms.isEmpty() ? null : seen.get(itemTerms);
                if (document == null) {
                    document = terms.size();
                    terms.add(itemTerms);
                    counts.add(0);
                    if (!itemTerms.isEmpty()) {
                        seen.put(itemTerms, document);
                    }
                }
                counts.set(document, counts.get(document) + 1);
                ofItem[i] = document;
            }
            return new Documents(terms, counts.stream().mapToInt(Integer::intValue).toArray(), ofItem);
        }
    }
}
