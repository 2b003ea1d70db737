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
 *       other groups its segments reached list it in {@link Group#alsoRelated()}, and so does the second nearest
 *       group of a segment that is almost as close to it as to its own ({@link Settings#second} of its cosine, and
 *       at least {@link Settings#secondMin}): one sentence may hold two ideas.</li>
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

    /**
     * The knobs of the method, each measured on the development set (see the grouping note). {@code method} 0 is
     * frequent-term clusters refined by k-means; 1 is average linkage on the nearest-neighbour graph of the
     * segments, stopped at {@code cut}, whose clusters are then merged while their centroids have a cosine of at
     * least {@code merge}.
     */
    public record Settings(boolean segments, double ngramWeight, double synonymWeight, double minShare,
            double maxShare, int rounds, double attach, int method, double cut, double merge, int neighbours, double strong, double cohesion,
            boolean leaveOut, boolean mutual, int synonymCap, double pair, double second, double secondMin) {
        public static final Settings DEFAULT = new Settings(true, 0.5, 0.3, 0.1, 0.3, 3, 0.08, 0, 0.3, 0, 30, 0, 0, true,
                true, 8, 0.35, 0.6, 0.1);

        public Settings with(String name, double value) {
            boolean sg = segments;
            double ng = ngramWeight, sy = synonymWeight, mi = minShare, ma = maxShare, at = attach, cu = cut, me = merge;
            int ro = rounds, mt = method, nb = neighbours;
            double st = strong, co = cohesion;
            boolean lo = leaveOut, mu = mutual;
            int cap = synonymCap;
            double pa = pair, se = second, sm = secondMin;
            switch (name) {
            case "segments" -> sg = value != 0;
            case "ngram" -> ng = value;
            case "synonym" -> sy = value;
            case "min" -> mi = value;
            case "max" -> ma = value;
            case "rounds" -> ro = (int) value;
            case "attach" -> at = value;
            case "method" -> mt = (int) value;
            case "cut" -> cu = value;
            case "merge" -> me = value;
            case "k" -> nb = (int) value;
            case "strong" -> st = value;
            case "cohesion" -> co = value;
            case "loo" -> lo = value != 0;
            case "mutual" -> mu = value != 0;
            case "cap" -> cap = (int) value;
            case "pair" -> pa = value;
            case "second" -> se = value;
            case "secondMin" -> sm = value;
            default -> throw new IllegalArgumentException(name);
            }
            return new Settings(sg, ng, sy, mi, ma, ro, at, mt, cu, me, nb, st, co, lo, mu, cap, pa, se, sm);
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
        int[] second = new int[units.terms.size()];
        Arrays.fill(second, -1);
        int[] cluster = settings.method == 1
                ? Linkage.cluster(units, vectors.vectors, threshold > 0 ? threshold : settings.cut, settings.merge,
                        settings.neighbours, threshold >= 1 - 1e-9)
                : Anchors.cluster(units, vectors, settings, bar, threshold >= 1 - 1e-9, second);
        return groups(all, texts, units, vectors, cluster, second);
    }

    /** The whole-text feature vectors the grouping compares (one per text): for benchmarks of the representation. */
    List<SparseVector> itemVectors(List<String> texts) {
        Units units = Units.of(texts, french, settings.segments);
        Vectors vectors = Vectors.of(units, french, thesaurus, settings);
        List<SparseVector> out = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            out.add(vectors.itemVector(units, i));
        }
        return out;
    }

    private <T> List<Group<T>> groups(List<T> items, List<String> texts, Units units, Vectors vectors, int[] cluster,
            int[] second) {
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
            for (int u : us) {
                if (second[u] >= 0 && second[u] != best && !rest.contains(second[u])) {
                    rest.add(second[u]);
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
        /** Feature dimension of each feature key ("t:" + term for a term and its synonyms). */
        Map<String, Integer> dims = Map.of();

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
                        for (String s : first(thesaurus.synonyms(lower), settings.synonymCap)) {
                            if (settings.mutual && !first(thesaurus.synonyms(s), settings.synonymCap).contains(lower)) {
                                continue;
                            }
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
            Vectors result = new Vectors(vectors, termIds, surface, idf);
            result.dims = ids;
            return result;
        }

        private static void put(Map<String, Double> f, Map<String, Double> block, double factor) {
            block.forEach((k, v) -> f.put(k, v * factor));
        }

        private static List<String> first(List<String> list, int cap) {
            return cap <= 0 || list.size() <= cap ? list : list.subList(0, cap);
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

        static int[] cluster(Units units, Vectors vs, Settings settings, double bar, boolean identicalOnly) {
            return cluster(units, vs, settings, bar, identicalOnly, null);
        }

        /** {@code second}, when given, receives each unit's second nearest cluster when it is close too. */
        static int[] cluster(Units units, Vectors vs, Settings settings, double bar, boolean identicalOnly,
                int[] second) {
            List<SparseVector> vectors = vs.vectors;
            double minShare = settings.minShare;
            double maxShare = settings.maxShare;
            int rounds = settings.rounds;
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
            int dims = 0;
            for (SparseVector v : vectors) {
                dims = v.isEmpty() ? dims : Math.max(dims, v.ids()[v.size() - 1] + 1);
            }
            double[] acc = new double[dims];
            List<Integer> anchorDims = new ArrayList<>();
            while (true) {
                String best = null;
                double bestScore = Double.NEGATIVE_INFINITY;
                for (Map.Entry<String, List<Integer>> e : postings.entrySet()) {
                    long all = 0;
                    long free = 0;
                    for (int x : e.getValue()) {
                        all += units.counts[x];
                        if (assign[x] < 0) {
                            free += units.counts[x];
                        }
                    }
                    if (all > maxDf || free < minDf) {
                        continue;
                    }
                    double score = free;
                    if (settings.cohesion > 0) {
                        // mean resultant length of the free units holding the term: 1 when they all say the same
                        double length = 0;
                        java.util.Set<Integer> used = new java.util.TreeSet<>();
                        for (int x : e.getValue()) {
                            if (assign[x] < 0) {
                                SparseVector v = vectors.get(x);
                                for (int j = 0; j < v.size(); j++) {
                                    acc[v.ids()[j]] += v.weights()[j] * units.counts[x];
                                    used.add(v.ids()[j]);
                                }
                            }
                        }
                        for (int d : used) {
                            length += acc[d] * acc[d];
                            acc[d] = 0;
                        }
                        score = free * Math.pow(Math.sqrt(length) / free, settings.cohesion);
                    }
                    if (score > bestScore + 1e-12) {
                        bestScore = score;
                        best = e.getKey();
                    }
                }
                if (best == null) {
                    break;
                }
                anchorDims.add(vs.dims.getOrDefault("t:" + best, -1));
                for (int x : postings.get(best)) {
                    if (assign[x] < 0) {
                        assign[x] = k;
                    }
                }
                k++;
            }
            int anchored = k;
            int[] seedOf = new int[n];
            Arrays.fill(seedOf, -1);
            if (settings.pair > 0) {
                // second kind of seed: close paraphrases that no frequent term covers (average linkage, tight cut)
                List<Integer> free = new ArrayList<>();
                for (int x = 0; x < n; x++) {
                    if (assign[x] < 0 && !vectors.get(x).isEmpty()) {
                        free.add(x);
                    }
                }
                List<SparseVector> rest = new ArrayList<>();
                int[] restCounts = new int[free.size()];
                for (int i = 0; i < free.size(); i++) {
                    rest.add(vectors.get(free.get(i)));
                    restCounts[i] = units.counts[free.get(i)];
                }
                int[] sub = Linkage.cluster(rest, restCounts, settings.pair, 0, settings.neighbours, false);
                Map<Integer, Integer> weightOf = new HashMap<>();
                for (int i = 0; i < sub.length; i++) {
                    weightOf.merge(sub[i], restCounts[i], Integer::sum);
                }
                Map<Integer, Integer> seed = new TreeMap<>();
                for (int i = 0; i < sub.length; i++) {
                    if (weightOf.get(sub[i]) >= 2 && sub[i] != i || weightOf.get(sub[i]) >= 2 && restCounts[i] >= 2) {
                        Integer c = seed.get(sub[i]);
                        if (c == null) {
                            c = k++;
                            seed.put(sub[i], c);
                            anchorDims.add(-1);
                        }
                        assign[free.get(i)] = c;
                    }
                }
                for (int i = 0; i < sub.length; i++) {
                    Integer c = seed.get(sub[i]);
                    if (c != null) {
                        assign[free.get(i)] = c;
                        seedOf[free.get(i)] = c;
                    }
                }
            }
            if (k == 0) {
                int[] alone = new int[n];
                Arrays.setAll(alone, x -> x);
                return alone;
            }
            // anchored clusters have dense centroids; a seed of paraphrases (only ever its own members) a sparse one
            float[][] centroids = new float[anchored][dims];
            SparseVector[] seedSums = new SparseVector[k - anchored];
            double[] norm2 = new double[k];
            double[] sim = new double[n];
            for (int round = 0; round <= rounds; round++) {
                for (float[] c : centroids) {
                    Arrays.fill(c, 0);
                }
                Arrays.fill(seedSums, SparseVector.EMPTY);
                for (int x = 0; x < n; x++) {
                    if (assign[x] < 0) {
                        continue;
                    }
                    SparseVector v = vectors.get(x);
                    if (assign[x] >= anchored) {
                        seedSums[assign[x] - anchored] = seedSums[assign[x] - anchored].plus(v.times(units.counts[x]));
                        continue;
                    }
                    for (int j = 0; j < v.size(); j++) {
                        centroids[assign[x]][v.ids()[j]] += (float) (v.weights()[j] * units.counts[x]);
                    }
                }
                for (int c = 0; c < k; c++) {
                    double norm = 0;
                    if (c < anchored) {
                        for (float w : centroids[c]) {
                            norm += w * w;
                        }
                    } else {
                        norm = seedSums[c - anchored].dot(seedSums[c - anchored]);
                    }
                    norm2[c] = norm;
                }
                int[] next = new int[n];
                for (int x = 0; x < n; x++) {
                    int best = -1;
                    double b = 0;
                    int best2 = -1;
                    double b2 = 0;
                    SparseVector v = vectors.get(x);
                    for (int i = 0; i <= anchored; i++) {
                        int c = i < anchored ? i : seedOf[x];
                        if (c < 0) {
                            continue; // a seed of paraphrases keeps its own members only
                        }
                        double d = c < anchored ? dot(v, centroids[c]) : v.dot(seedSums[c - anchored]);
                        double n2 = norm2[c];
                        if (settings.leaveOut && c == assign[x]) {
                            // the unit's own weight is taken out of its cluster: similarity to the others
                            double w = units.counts[x];
                            d -= w;
                            n2 += -2 * w * (d + w) + w * w;
                        }
                        if (n2 <= 1e-9 || d <= 0) {
                            continue;
                        }
                        double s = d / Math.sqrt(n2);
                        if (settings.strong > 0 && s < settings.strong && !has(v, anchorDims.get(c))) {
                            continue;
                        }
                        if (s > b) {
                            b2 = b;
                            best2 = best;
                            b = s;
                            best = c;
                        } else if (s > b2) {
                            b2 = s;
                            best2 = c;
                        }
                    }
                    sim[x] = b;
                    if (second != null && round == rounds && settings.second > 0) {
                        second[x] = best2 >= 0 && best2 < anchored && b >= bar && b2 >= settings.secondMin
                                && b2 >= settings.second * b ? best2 : -1;
                    }
                    if (settings.leaveOut) {
                        next[x] = b >= bar ? best : -1;
                    } else {
                        next[x] = round < rounds || assign[x] >= 0 ? best : assign[x];
                    }
                }
                assign = next;
            }
            int[] result = new int[n];
            List<Integer> alone = new ArrayList<>();
            for (int x = 0; x < n; x++) {
                result[x] = assign[x] < 0 || sim[x] < bar ? n + x : assign[x];
                if (result[x] >= n) {
                    alone.add(x);
                }
            }
            if (settings.pair > 0 && alone.size() > 1) {
                // second level: close paraphrases left alone are joined by average linkage at a tight cut
                List<SparseVector> rest = new ArrayList<>();
                int[] restCounts = new int[alone.size()];
                for (int i = 0; i < alone.size(); i++) {
                    rest.add(vectors.get(alone.get(i)));
                    restCounts[i] = units.counts[alone.get(i)];
                }
                int[] sub = Linkage.cluster(rest, restCounts, settings.pair, 0, settings.neighbours, false);
                for (int i = 0; i < alone.size(); i++) {
                    result[alone.get(i)] = n + alone.get(sub[i]);
                }
            }
            return result;
        }

        private static boolean has(SparseVector v, int dim) {
            return dim >= 0 && Arrays.binarySearch(v.ids(), dim) >= 0;
        }

        private static double dot(SparseVector v, float[] dense) {
            double sum = 0;
            for (int j = 0; j < v.size(); j++) {
                sum += v.weights()[j] * dense[v.ids()[j]];
            }
            return sum;
        }
    }

    /**
     * Average linkage on the nearest-neighbour graph of the units: the two clusters with the highest mean
     * similarity (pairs that are not neighbours count as 0) are joined, while that mean is at least {@code cut};
     * then clusters whose centroids have a cosine of at least {@code merge} are joined, the closest first.
     */
    static final class Linkage {
        private Linkage() {
        }

        static int[] cluster(Units units, List<SparseVector> vectors, double cut, double merge, int k,
                boolean identicalOnly) {
            return cluster(vectors, units.counts, cut, merge, k, identicalOnly);
        }

        static int[] cluster(List<SparseVector> vectors, int[] counts, double cut, double merge, int k,
                boolean identicalOnly) {
            int n = vectors.size();
            int[] parent = new int[n];
            Arrays.setAll(parent, x -> x);
            if (identicalOnly || n < 2) {
                return parent;
            }
            List<Map<Integer, Double>> graph = neighbours(vectors, counts, k);
            double[] weight = new double[n];
            for (int x = 0; x < n; x++) {
                weight[x] = counts[x];
            }
            // sums.get(a).get(b): sum over members of a and b of count × count × similarity
            List<Map<Integer, Double>> sums = graph;
            int[] version = new int[n];
            PriorityQueue<double[]> queue = new PriorityQueue<>((p, q) -> {
                int c = Double.compare(q[0], p[0]);
                if (c != 0) {
                    return c;
                }
                c = Double.compare(p[1], q[1]);
                return c != 0 ? c : Double.compare(p[2], q[2]);
            });
            for (int a = 0; a < n; a++) {
                for (Map.Entry<Integer, Double> e : sums.get(a).entrySet()) {
                    int b = e.getKey();
                    if (a < b) {
                        double avg = e.getValue() / (weight[a] * weight[b]);
                        if (avg >= cut) {
                            queue.add(new double[] { avg, a, b, 0, 0 });
                        }
                    }
                }
            }
            boolean[] alive = new boolean[n];
            Arrays.fill(alive, true);
            while (!queue.isEmpty()) {
                double[] top = queue.poll();
                int a = (int) top[1];
                int b = (int) top[2];
                if (!alive[a] || !alive[b] || version[a] != (int) top[3] || version[b] != (int) top[4]) {
                    continue;
                }
                // join b into a (a < b keeps the smaller id as the cluster's name)
                alive[b] = false;
                parent[b] = a;
                Map<Integer, Double> sa = sums.get(a);
                Map<Integer, Double> sb = sums.get(b);
                sa.remove(b);
                for (Map.Entry<Integer, Double> e : sb.entrySet()) {
                    int c = e.getKey();
                    if (c == a) {
                        continue;
                    }
                    sa.merge(c, e.getValue(), Double::sum);
                    Map<Integer, Double> sc = sums.get(c);
                    sc.remove(b);
                    sc.merge(a, e.getValue(), Double::sum);
                }
                sb.clear();
                weight[a] += weight[b];
                version[a]++;
                for (Map.Entry<Integer, Double> e : sa.entrySet()) {
                    int c = e.getKey();
                    double avg = e.getValue() / (weight[a] * weight[c]);
                    if (avg >= cut) {
                        int lo = Math.min(a, c);
                        int hi = Math.max(a, c);
                        queue.add(new double[] { avg, lo, hi, version[lo], version[hi] });
                    }
                }
            }
            int[] cluster = new int[n];
            for (int x = 0; x < n; x++) {
                cluster[x] = find(parent, x);
            }
            if (merge > 0 && merge < 1) {
                mergeCentroids(cluster, vectors, counts, merge);
            }
            return cluster;
        }

        private static int find(int[] parent, int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        /** Joins clusters (of at least two segments) whose centroids are at cosine ≥ merge, closest pair first. */
        private static void mergeCentroids(int[] cluster, List<SparseVector> vectors, int[] counts, double merge) {
            while (true) {
                Map<Integer, SparseVector> sum = new TreeMap<>();
                Map<Integer, Integer> size = new HashMap<>();
                for (int x = 0; x < cluster.length; x++) {
                    sum.merge(cluster[x], vectors.get(x).times(counts[x]), SparseVector::plus);
                    size.merge(cluster[x], counts[x], Integer::sum);
                }
                List<Integer> ids = new ArrayList<>();
                List<SparseVector> cs = new ArrayList<>();
                for (Map.Entry<Integer, SparseVector> e : sum.entrySet()) {
                    if (size.get(e.getKey()) < 2) {
                        continue;
                    }
                    double norm = Math.sqrt(e.getValue().dot(e.getValue()));
                    if (norm > 0) {
                        ids.add(e.getKey());
                        cs.add(e.getValue().times(1 / norm));
                    }
                }
                double best = merge;
                int ba = -1;
                int bb = -1;
                for (int i = 0; i < cs.size(); i++) {
                    for (int j = i + 1; j < cs.size(); j++) {
                        double s = cs.get(i).dot(cs.get(j));
                        if (s >= best + 1e-12 || (s >= best && ba < 0)) {
                            best = s;
                            ba = ids.get(i);
                            bb = ids.get(j);
                        }
                    }
                }
                if (ba < 0) {
                    return;
                }
                for (int x = 0; x < cluster.length; x++) {
                    if (cluster[x] == bb) {
                        cluster[x] = ba;
                    }
                }
            }
        }

        /**
         * For each unit its k most similar units (cosine > 0), made symmetric, as count × count × cosine; a unit
         * also holds itself with weight count × count (identical segments).
         */
        static List<Map<Integer, Double>> neighbours(List<SparseVector> vectors, int[] counts, int k) {
            int n = vectors.size();
            Map<Integer, List<double[]>> postings = new HashMap<>();
            for (int x = 0; x < n; x++) {
                SparseVector v = vectors.get(x);
                for (int j = 0; j < v.size(); j++) {
                    postings.computeIfAbsent(v.ids()[j], z -> new ArrayList<>()).add(new double[] { x, v.weights()[j] });
                }
            }
            List<Map<Integer, Double>> graph = new ArrayList<>(n);
            for (int x = 0; x < n; x++) {
                graph.add(new HashMap<>());
            }
            double[] acc = new double[n];
            int[] touched = new int[n];
            for (int x = 0; x < n; x++) {
                SparseVector v = vectors.get(x);
                int t = 0;
                for (int j = 0; j < v.size(); j++) {
                    for (double[] posting : postings.get(v.ids()[j])) {
                        int y = (int) posting[0];
                        if (y == x) {
                            continue;
                        }
                        if (acc[y] == 0) {
                            touched[t++] = y;
                        }
                        acc[y] += v.weights()[j] * posting[1];
                    }
                }
                PriorityQueue<double[]> top = new PriorityQueue<>((p, q) -> p[0] != q[0] ? Double.compare(p[0], q[0])
                        : Double.compare(q[1], p[1]));
                for (int i = 0; i < t; i++) {
                    int y = touched[i];
                    if (acc[y] > 1e-9) {
                        top.add(new double[] { acc[y], y });
                        if (top.size() > k) {
                            top.poll();
                        }
                    }
                    acc[y] = 0;
                }
                for (double[] p : top) {
                    int y = (int) p[1];
                    double w = p[0] * counts[x] * counts[y];
                    graph.get(x).put(y, w);
                    graph.get(y).put(x, w);
                }
            }
            return graph;
        }
    }
}
