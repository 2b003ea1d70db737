package fr.parlonsen.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Groups short French texts (strengths, weaknesses, proposals, questions from different meetings) by the ideas
 * they express, as a human coder would.
 *
 * <ol>
 *   <li><b>Ideas.</b> A text is split into idea segments on line breaks, list bullets, semicolons and sentence
 *       ends ({@link Settings#segments}); a segment without any meaningful word joins its neighbour.</li>
 *   <li><b>Features.</b> Each segment becomes a TF-IDF vector of three blocks, each L2-normalised then weighted:
 *       its {@link FrenchText} terms (stems), the character 4-grams of those terms (catch spelling mistakes and
 *       derived words: "écologie"/"écologique"), and the synonyms the {@link Thesaurus} gives for its words,
 *       kept only when the synonym occurs elsewhere in the texts ("vélo"/"bicyclette").</li>
 *   <li><b>Clusters.</b> Frequent-term clustering refined by k-means: the term found in the most segments not
 *       yet clustered makes a cluster of them, as long as some term is found in at least {@link Settings#minShare}
 *       of the segments (terms found in more than {@link Settings#maxShare}, such as the words of the question
 *       itself, never make one). The number of clusters thus follows the data. Each cluster's centroid then
 *       attracts the segments closest to it ({@link Settings#rounds} rounds of spherical k-means); a segment
 *       whose cosine to every centroid stays below {@link Settings#attach} (or the caller's threshold) stays
 *       alone.</li>
 *   <li><b>Items.</b> An item belongs to the group of its main idea (the largest cluster among its segments); the
 *       other groups its segments reached list it in {@link Group#alsoRelated()}.</li>
 * </ol>
 * Every item ends up in exactly one group as a member. The result is deterministic: groups by decreasing size
 * then first appearance, members in input order. Thread-safe.
 */
@ApplicationScoped
public class SimilarityGrouper {

    /**
     * A set of similar items: a short label (its most characteristic words), the member closest to the others
     * (representative) and items whose secondary idea belongs here.
     */
    public record Group<T>(List<T> members, String representativeText, T representative, double cohesion,
            String label, List<T> alsoRelated) {
        public Group {
            members = Collections.unmodifiableList(new ArrayList<>(members));
            alsoRelated = Collections.unmodifiableList(new ArrayList<>(alsoRelated));
        }

        public int size() {
            return members.size();
        }
    }

    /** The knobs of the method, each measured on the development set (see the grouping note). */
    public record Settings(boolean segments, double ngramWeight, double synonymWeight, double minShare,
            double maxShare, int rounds, double attach) {
        public static final Settings DEFAULT = new Settings(true, 0.5, 0.3, 0.05, 0.3, 3, 0.1);

        public Settings with(String name, double value) {
            return switch (name) {
            case "segments" -> new Settings(value != 0, ngramWeight, synonymWeight, minShare, maxShare, rounds, attach);
            case "ngram" -> new Settings(segments, value, synonymWeight, minShare, maxShare, rounds, attach);
            case "synonym" -> new Settings(segments, ngramWeight, value, minShare, maxShare, rounds, attach);
            case "min" -> new Settings(segments, ngramWeight, synonymWeight, value, maxShare, rounds, attach);
            case "max" -> new Settings(segments, ngramWeight, synonymWeight, minShare, value, rounds, attach);
            case "rounds" -> new Settings(segments, ngramWeight, synonymWeight, minShare, maxShare, (int) value, attach);
            case "attach" -> new Settings(segments, ngramWeight, synonymWeight, minShare, maxShare, rounds, value);
            default -> throw new IllegalArgumentException(name);
            };
        }
    }

    /** Kept for callers that name a threshold: 0 means "scaled to the data". */
    public static final double DEFAULT_THRESHOLD = 0;

    private static final Pattern SEGMENT_BREAK = Pattern.compile(
            "\\R+|;|•|·|\\u2022|(?<=[.!?…])\\s+(?=\\p{Lu}|\\d|-)|(?:^|\\s)[-*–]\\s+|\\s\\d+[).]\\s+|(?:^|\\s)\\d+[).]\\s+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+(?:['’-][\\p{L}]+)*");

    private final FrenchText french;
    private final Thesaurus thesaurus;
    private final Settings settings;

    public SimilarityGrouper() {
        this(new FrenchText());
    }

    public SimilarityGrouper(FrenchText french) {
        this(french, Thesaurus.shared(), Settings.DEFAULT);
    }

    public SimilarityGrouper(FrenchText french, Thesaurus thesaurus, Settings settings) {
        this.french = Objects.requireNonNull(french);
        this.thesaurus = Objects.requireNonNull(thesaurus);
        this.settings = Objects.requireNonNull(settings);
    }

    public <T> List<Group<T>> group(List<T> items, Function<T, String> text) {
        return group(items, text, DEFAULT_THRESHOLD);
    }

    /**
     * @param threshold mean similarity, in [0, 1], below which two clusters are not joined; 0 scales it to the
     *                  data, higher gives smaller, tighter groups, 1 keeps only identical texts together
     */
    public <T> List<Group<T>> group(List<T> items, Function<T, String> text, double threshold) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in [0, 1]: " + threshold);
        }
        List<T> all = new ArrayList<>(items);
        List<String> texts = new ArrayList<>(all.size());
        for (T item : all) {
            texts.add(Objects.requireNonNullElse(text.apply(item), ""));
        }
        if (all.isEmpty()) {
            return List.of();
        }
        Units units = Units.of(texts, french, settings.segments);
        Vectors vectors = Vectors.of(units, french, thesaurus, settings);
        double bar = threshold > 0 ? threshold - 1e-9 : settings.attach;
        int[] cluster = Anchors.cluster(units, vectors.vectors, settings.minShare, settings.maxShare, settings.rounds,
                bar, threshold >= 1 - 1e-9);
        return groups(all, texts, units, vectors, cluster);
    }

    private <T> List<Group<T>> groups(List<T> items, List<String> texts, Units units, Vectors vectors, int[] cluster) {
        int n = items.size();
        // cluster sizes in items (a unit stands for counts[u] identical segments)
        Map<Integer, Integer> size = new HashMap<>();
        for (int u = 0; u < units.terms.size(); u++) {
            size.merge(cluster[u], units.counts[u], Integer::sum);
        }
        int[] main = new int[n];
        List<List<Integer>> other = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int[] us = units.ofItem.get(i);
            int best = cluster[us[0]];
            for (int u : us) {
                int c = cluster[u];
                if (size.get(c) > size.get(best)) {
                    best = c;
                }
            }
            main[i] = best;
            List<Integer> rest = new ArrayList<>();
            for (int u : us) {
                if (cluster[u] != best && !rest.contains(cluster[u])) {
                    rest.add(cluster[u]);
                }
            }
            other.add(rest);
        }
        Map<Integer, List<Integer>> byCluster = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            byCluster.computeIfAbsent(main[i], c -> new ArrayList<>()).add(i);
        }
        Map<Integer, List<Integer>> related = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (int c : other.get(i)) {
                if (byCluster.containsKey(c)) {
                    related.computeIfAbsent(c, k -> new ArrayList<>()).add(i);
                }
            }
        }
        List<Map.Entry<Integer, List<Integer>>> entries = new ArrayList<>(byCluster.entrySet());
        // Stable sort: equal sizes keep the order of their first member.
        entries.sort(Comparator.comparingInt((Map.Entry<Integer, List<Integer>> e) -> e.getValue().size()).reversed());
        List<Group<T>> groups = new ArrayList<>(entries.size());
        for (Map.Entry<Integer, List<Integer>> e : entries) {
            List<Integer> members = e.getValue();
            // centroid of the member items' whole-text vectors
            SparseVector sum = SparseVector.EMPTY;
            for (int i : members) {
                sum = sum.plus(vectors.itemVector(units, i));
            }
            int best = members.get(0);
            double bestSimilarity = Double.NEGATIVE_INFINITY;
            double total = 0;
            double norm = Math.sqrt(sum.dot(sum));
            for (int i : members) {
                SparseVector v = vectors.itemVector(units, i);
                double similarity = norm == 0 ? 1 : v.dot(sum) / norm;
                total += similarity;
                // prefer a member close to the others, and not a long one
                if (similarity > bestSimilarity + 1e-12) {
                    best = i;
                    bestSimilarity = similarity;
                }
            }
            List<T> also = related.getOrDefault(e.getKey(), List.of()).stream().map(items::get).toList();
            groups.add(new Group<>(members.stream().map(items::get).toList(), texts.get(best), items.get(best),
                    total / members.size(), vectors.label(units, members), also));
        }
        return groups;
    }

    /** Idea segments of the texts; identical term sequences are one unit standing for several segments. */
    private record Units(List<List<String>> terms, List<List<String>> words, int[] counts, List<int[]> ofItem) {

        static Units of(List<String> texts, FrenchText french, boolean segment) {
            List<List<String>> terms = new ArrayList<>();
            List<List<String>> words = new ArrayList<>();
            List<Integer> counts = new ArrayList<>();
            List<int[]> ofItem = new ArrayList<>(texts.size());
            Map<List<String>, Integer> seen = new HashMap<>();
            for (String text : texts) {
                List<String> pieces = segment ? segments(text, french) : List.of(text);
                int[] us = new int[pieces.size()];
                for (int p = 0; p < pieces.size(); p++) {
                    List<String> itemTerms = french.terms(pieces.get(p));
                    Integer unit = itemTerms.isEmpty() ? null : seen.get(itemTerms);
                    if (unit == null) {
                        unit = terms.size();
                        terms.add(itemTerms);
                        words.add(words(pieces.get(p)));
                        counts.add(0);
                        if (!itemTerms.isEmpty()) {
                            seen.put(itemTerms, unit);
                        }
                    }
                    counts.set(unit, counts.get(unit) + 1);
                    us[p] = unit;
                }
                ofItem.add(us);
            }
            return new Units(terms, words, counts.stream().mapToInt(Integer::intValue).toArray(), ofItem);
        }

        /** The idea segments of a text; at least one (the whole text) even when it has no meaningful word. */
        static List<String> segments(String text, FrenchText french) {
            List<String> out = new ArrayList<>();
            String pending = "";
            for (String piece : SEGMENT_BREAK.split(text)) {
                String candidate = pending.isEmpty() ? piece : pending + " " + piece;
                if (piece.isBlank()) {
                    continue;
                }
                if (french.terms(candidate).isEmpty()) {
                    pending = candidate;
                } else {
                    out.add(candidate);
                    pending = "";
                }
            }
            if (out.isEmpty()) {
                return List.of(text);
            }
            if (!pending.isBlank()) {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + pending);
            }
            return out;
        }

        static List<String> words(String text) {
            List<String> list = new ArrayList<>();
            var m = WORD.matcher(text);
            while (m.find()) {
                list.add(m.group());
            }
            return list;
        }
    }

    /** TF-IDF vectors of the units (terms, character 4-grams, synonyms), their item vectors and labels. */
    private static final class Vectors {
        final List<SparseVector> vectors;
        final Map<String, Integer> termIds;
        final String[] termSurface;
        final double[] termIdf;
        final Map<Integer, SparseVector> itemCache = new HashMap<>();

        private Vectors(List<SparseVector> vectors, Map<String, Integer> termIds, String[] termSurface, double[] termIdf) {
            this.vectors = vectors;
            this.termIds = termIds;
            this.termSurface = termSurface;
            this.termIdf = termIdf;
        }

        static Vectors of(Units units, FrenchText french, Thesaurus thesaurus, Settings settings) {
            int u = units.terms.size();
            long total = 0;
            for (int c : units.counts) {
                total += c;
            }
            // term ids and document frequencies
            Map<String, Integer> termIds = new HashMap<>();
            List<Long> termDf = new ArrayList<>();
            for (int d = 0; d < u; d++) {
                for (String t : new java.util.LinkedHashSet<>(units.terms.get(d))) {
                    Integer id = termIds.get(t);
                    if (id == null) {
                        id = termIds.size();
                        termIds.put(t, id);
                        termDf.add(0L);
                    }
                    termDf.set(id, termDf.get(id) + units.counts[d]);
                }
            }
            // surface word of each term: its most frequent spelling
            Map<String, Map<String, Integer>> spellings = new HashMap<>();
            Map<String, List<String>> synonymTerms = new HashMap<>();
            Map<String, String> stemOfWord = new HashMap<>();
            for (int d = 0; d < u; d++) {
                for (String w : units.words.get(d)) {
                    String lower = w.toLowerCase(Locale.ROOT);
                    String stem = stemOfWord.computeIfAbsent(lower, x -> single(french.terms(x)));
                    if (stem == null) {
                        continue;
                    }
                    spellings.computeIfAbsent(stem, x -> new TreeMap<>()).merge(lower, units.counts[d], Integer::sum);
                    if (settings.synonymWeight > 0 && !synonymTerms.containsKey(lower)) {
                        List<String> syn = new ArrayList<>();
                        for (String s : thesaurus.synonyms(lower)) {
                            String st = stemOfWord.computeIfAbsent(s, x -> single(french.terms(x)));
                            if (st != null && !st.equals(stem) && termIds.containsKey(st) && !syn.contains(st)) {
                                syn.add(st);
                            }
                        }
                        synonymTerms.put(lower, syn);
                    }
                }
            }
            String[] surface = new String[termIds.size()];
            for (Map.Entry<String, Integer> e : termIds.entrySet()) {
                Map<String, Integer> sp = spellings.get(e.getKey());
                surface[e.getValue()] = sp == null ? e.getKey()
                        : sp.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).get().getKey();
            }
            double[] idf = new double[termIds.size()];
            for (int t = 0; t < idf.length; t++) {
                idf[t] = 1 + Math.log((1.0 + total) / (1.0 + termDf.get(t)));
            }
            // per-unit features: block 0 terms, block 1 n-grams, block 2 synonyms (as term ids)
            List<Map<String, Double>> raw = new ArrayList<>(u);
            Map<String, Long> featureDf = new HashMap<>();
            for (int d = 0; d < u; d++) {
                Map<String, Double> f = new HashMap<>();
                Map<String, Integer> tf = new HashMap<>();
                for (String t : units.terms.get(d)) {
                    tf.merge(t, 1, Integer::sum);
                }
                Map<String, Double> terms = new HashMap<>();
                Map<String, Double> grams = new HashMap<>();
                Map<String, Double> syns = new HashMap<>();
                for (Map.Entry<String, Integer> e : tf.entrySet()) {
                    double w = (1 + Math.log(e.getValue()));
                    terms.put("t:" + e.getKey(), w * idf[termIds.get(e.getKey())]);
                    if (settings.ngramWeight > 0) {
                        String padded = "<" + e.getKey() + ">";
                        for (int k = 0; k + 4 <= padded.length(); k++) {
                            grams.merge("g:" + padded.substring(k, k + 4), w, Double::sum);
                        }
                    }
                }
                if (settings.synonymWeight > 0) {
                    for (String w : units.words.get(d)) {
                        String lower = w.toLowerCase(Locale.ROOT);
                        for (String s : synonymTerms.getOrDefault(lower, List.of())) {
                            if (!tf.containsKey(s)) {
                                syns.merge("t:" + s, idf[termIds.get(s)], Math::max);
                            }
                        }
                    }
                }
                put(f, terms, 1);
                raw.add(f);
                // n-gram IDF is computed below; keep raw tf for now
                grams.forEach((k, v) -> f.put(k, v));
                syns.forEach((k, v) -> f.put("s" + k, v));
                for (String k : f.keySet()) {
                    featureDf.merge(k, (long) units.counts[d], Long::sum);
                }
            }
            // final vectors: n-grams get their IDF, then each block is normalised and weighted
            Map<String, Integer> ids = new HashMap<>();
            List<SparseVector> vectors = new ArrayList<>(u);
            for (int d = 0; d < u; d++) {
                Map<String, Double> f = raw.get(d);
                double[] norms = new double[3];
                Map<String, Double> weighted = new HashMap<>();
                for (Map.Entry<String, Double> e : f.entrySet()) {
                    String k = e.getKey();
                    double w = e.getValue();
                    if (k.startsWith("g:")) {
                        w *= 1 + Math.log((1.0 + total) / (1.0 + featureDf.get(k)));
                    }
                    weighted.put(k, w);
                    norms[block(k)] += w * w;
                }
                double[] factor = { 1, settings.ngramWeight, settings.synonymWeight };
                TreeMap<Integer, Double> vector = new TreeMap<>();
                double n2 = 0;
                for (Map.Entry<String, Double> e : weighted.entrySet()) {
                    int b = block(e.getKey());
                    double w = e.getValue() / Math.sqrt(norms[b]) * factor[b];
                    if (w == 0) {
                        continue;
                    }
                    // a synonym feature is the same dimension as the term it names
                    String key = b == 2 ? e.getKey().substring(1) : e.getKey();
                    int id = ids.computeIfAbsent(key, x -> ids.size());
                    vector.merge(id, w, Double::sum);
                }
                for (double w : vector.values()) {
                    n2 += w * w;
                }
                vectors.add(toVector(vector, Math.sqrt(n2)));
            }
            return new Vectors(vectors, termIds, surface, idf);
        }

        private static void put(Map<String, Double> f, Map<String, Double> block, double factor) {
            block.forEach((k, v) -> f.put(k, v * factor));
        }

        private static int block(String key) {
            return key.charAt(0) == 't' ? 0 : key.charAt(0) == 'g' ? 1 : 2;
        }

        private static String single(List<String> terms) {
            return terms.size() == 1 ? terms.get(0) : null;
        }

        private static SparseVector toVector(TreeMap<Integer, Double> vector, double norm) {
            if (vector.isEmpty() || norm == 0) {
                return SparseVector.EMPTY;
            }
            int[] ids = new int[vector.size()];
            double[] weights = new double[vector.size()];
            int k = 0;
            for (Map.Entry<Integer, Double> e : vector.entrySet()) {
                ids[k] = e.getKey();
                weights[k++] = e.getValue() / norm;
            }
            return new SparseVector(ids, weights);
        }

        /** The normalised sum of an item's segment vectors. */
        SparseVector itemVector(Units units, int item) {
            return itemCache.computeIfAbsent(item, i -> {
                int[] us = units.ofItem.get(i);
                if (us.length == 1) {
                    return vectors.get(us[0]);
                }
                SparseVector sum = SparseVector.EMPTY;
                for (int x : us) {
                    sum = sum.plus(vectors.get(x));
                }
                double norm = Math.sqrt(sum.dot(sum));
                return norm == 0 ? SparseVector.EMPTY : sum.times(1 / norm);
            });
        }

        /** Up to three words most characteristic of the members: frequent among them, rare elsewhere. */
        String label(Units units, List<Integer> members) {
            Map<Integer, Integer> df = new TreeMap<>();
            for (int i : members) {
                java.util.Set<Integer> seen = new java.util.HashSet<>();
                for (int x : units.ofItem.get(i)) {
                    for (String t : units.terms.get(x)) {
                        Integer id = termIds.get(t);
                        if (id != null && seen.add(id)) {
                            df.merge(id, 1, Integer::sum);
                        }
                    }
                }
            }
            int size = members.size();
            List<Map.Entry<Integer, Integer>> ranked = new ArrayList<>(df.entrySet());
            ranked.sort(Comparator.comparingDouble((Map.Entry<Integer, Integer> e) ->
                    -(e.getValue() / (double) size) * termIdf[e.getKey()]).thenComparing(Map.Entry::getKey));
            StringBuilder label = new StringBuilder();
            int words = 0;
            for (Map.Entry<Integer, Integer> e : ranked) {
                if (words == 3 || (words > 0 && e.getValue() * 4 < size)) {
                    break;
                }
                label.append(words == 0 ? "" : ", ").append(termSurface[e.getKey()]);
                words++;
            }
            if (label.isEmpty()) {
                return "";
            }
            return Character.toUpperCase(label.charAt(0)) + label.substring(1);
        }
    }

    /**
     * Frequent-term clustering refined by k-means: the term found in the most units still unassigned makes a
     * cluster of them, while some term is found in at least {@code minShare} of the units; centroids of those
     * clusters then attract every unit (a few k-means rounds); a unit far from every centroid stays alone.
     */
    static final class Anchors {
        private Anchors() {
        }

        static int[] cluster(Units units, List<SparseVector> vectors, double minShare, double maxShare, int rounds,
                double bar, boolean identicalOnly) {
            int n = vectors.size();
            if (identicalOnly) {
                int[] alone = new int[n];
                Arrays.setAll(alone, x -> x);
                return alone;
            }
            long total = 0;
            for (int c : units.counts) {
                total += c;
            }
            int minDf = (int) Math.max(2, Math.round(minShare * total));
            long maxDf = Math.max(minDf, Math.round(maxShare * total));
            Map<String, List<Integer>> postings = new TreeMap<>();
            for (int x = 0; x < n; x++) {
                for (String t : new java.util.TreeSet<>(units.terms.get(x))) {
                    postings.computeIfAbsent(t, z -> new ArrayList<>()).add(x);
                }
            }
            int[] assign = new int[n];
            Arrays.fill(assign, -1);
            int k = 0;
            while (true) {
                String best = null;
                long bestDf = minDf - 1;
                for (Map.Entry<String, List<Integer>> e : postings.entrySet()) {
                    long all = 0;
                    long free = 0;
                    for (int x : e.getValue()) {
                        all += units.counts[x];
                        if (assign[x] < 0) {
                            free += units.counts[x];
                        }
                    }
                    if (all <= maxDf && free > bestDf) {
                        bestDf = free;
                        best = e.getKey();
                    }
                }
                if (best == null) {
                    break;
                }
                for (int x : postings.get(best)) {
                    if (assign[x] < 0) {
                        assign[x] = k;
                    }
                }
                k++;
            }
            if (k == 0) {
                int[] alone = new int[n];
                Arrays.setAll(alone, x -> x);
                return alone;
            }
            int dims = 0;
            for (SparseVector v : vectors) {
                dims = v.isEmpty() ? dims : Math.max(dims, v.ids()[v.size() - 1] + 1);
            }
            float[][] centroids = new float[k][dims];
            double[] sim = new double[n];
            for (int round = 0; round <= rounds; round++) {
                for (float[] c : centroids) {
                    Arrays.fill(c, 0);
                }
                for (int x = 0; x < n; x++) {
                    if (assign[x] < 0) {
                        continue;
                    }
                    SparseVector v = vectors.get(x);
                    for (int j = 0; j < v.size(); j++) {
                        centroids[assign[x]][v.ids()[j]] += (float) (v.weights()[j] * units.counts[x]);
                    }
                }
                for (float[] c : centroids) {
                    double norm = 0;
                    for (float w : c) {
                        norm += w * w;
                    }
                    norm = Math.sqrt(norm);
                    if (norm > 0) {
                        for (int j = 0; j < c.length; j++) {
                            c[j] = (float) (c[j] / norm);
                        }
                    }
                }
                for (int x = 0; x < n; x++) {
                    int best = -1;
                    double b = 0;
                    for (int c = 0; c < k; c++) {
                        double s = dot(vectors.get(x), centroids[c]);
                        if (s > b) {
                            b = s;
                            best = c;
                        }
                    }
                    sim[x] = b;
                    if (round < rounds || assign[x] >= 0) {
                        assign[x] = best;
                    }
                }
            }
            int[] result = new int[n];
            for (int x = 0; x < n; x++) {
                result[x] = assign[x] < 0 || sim[x] < bar ? n + x : assign[x];
            }
            return result;
        }

        private static double dot(SparseVector v, float[] dense) {
            double sum = 0;
            for (int j = 0; j < v.size(); j++) {
                sum += v.weights()[j] * dense[v.ids()[j]];
            }
            return sum;
        }
    }
}
