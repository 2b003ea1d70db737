package fr.parlonsen.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * L2-normalised TF-IDF vectors of documents given as term lists, with optional word bigrams at a lower weight.
 *
 * <p>Weight of a feature: {@code factor × (1 + ln tf) × (1 + ln((1 + N) / (1 + df)))}, where the factor is 1
 * for a term and {@code bigramWeight} for a bigram. Feature ids are numbered from the most to the least
 * frequent feature (ties by first appearance): {@link SimilarPairs} relies on it to keep frequent features
 * out of its index.
 */
final class TfIdfVectors {

    private TfIdfVectors() {
    }

    /**
     * @param documents    the terms of each document, in text order
     * @param counts       how many items each document stands for (the caller merges identical texts)
     * @param bigramWeight weight factor of word bigrams relative to single terms; 0 leaves them out
     */
    static List<SparseVector> of(List<List<String>> documents, int[] counts, double bigramWeight) {
        Map<String, Integer> ids = new HashMap<>();
        List<Double> factors = new ArrayList<>();
        List<Map<Integer, Integer>> frequencies = new ArrayList<>(documents.size());
        for (List<String> terms : documents) {
            Map<Integer, Integer> tf = new HashMap<>();
            for (int i = 0; i < terms.size(); i++) {
                count(terms.get(i), 1.0, tf, ids, factors);
                if (bigramWeight > 0 && i > 0) {
                    count(terms.get(i - 1) + ' ' + terms.get(i), bigramWeight, tf, ids, factors);
                }
            }
            frequencies.add(tf);
        }
        long[] documentFrequency = new long[ids.size()];
        long total = 0;
        for (int d = 0; d < documents.size(); d++) {
            total += counts[d];
            for (int feature : frequencies.get(d).keySet()) {
                documentFrequency[feature] += counts[d];
            }
        }
        double[] idf = new double[documentFrequency.length];
        for (int f = 0; f < idf.length; f++) {
            idf[f] = factors.get(f) * (1 + Math.log((1.0 + total) / (1.0 + documentFrequency[f])));
        }
        int[] rank = rankByFrequency(documentFrequency);
        List<SparseVector> vectors = new ArrayList<>(documents.size());
        for (Map<Integer, Integer> tf : frequencies) {
            vectors.add(vector(tf, rank, idf));
        }
        return vectors;
    }

    private static void count(String feature, double factor, Map<Integer, Integer> tf, Map<String, Integer> ids,
            List<Double> factors) {
        Integer id = ids.get(feature);
        if (id == null) {
            id = ids.size();
            ids.put(feature, id);
            factors.add(factor);
        }
        tf.merge(id, 1, Integer::sum);
    }

    /** rank[feature] = position of the feature when sorted by decreasing document frequency, then id. */
    private static int[] rankByFrequency(long[] documentFrequency) {
        Integer[] order = new Integer[documentFrequency.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> documentFrequency[a] != documentFrequency[b]
                ? Long.compare(documentFrequency[b], documentFrequency[a]) : Integer.compare(a, b));
        int[] rank = new int[order.length];
        for (int r = 0; r < order.length; r++) {
            rank[order[r]] = r;
        }
        return rank;
    }

    private static SparseVector vector(Map<Integer, Integer> tf, int[] rank, double[] idf) {
        if (tf.isEmpty()) {
            return SparseVector.EMPTY;
        }
        TreeMap<Integer, Double> byRank = new TreeMap<>();
        for (Map.Entry<Integer, Integer> e : tf.entrySet()) {
            byRank.put(rank[e.getKey()], (1 + Math.log(e.getValue())) * idf[e.getKey()]);
        }
        double norm = Math.sqrt(byRank.values().stream().mapToDouble(w -> w * w).sum());
        int[] ids = new int[byRank.size()];
        double[] weights = new double[byRank.size()];
        int k = 0;
        for (Map.Entry<Integer, Double> e : byRank.entrySet()) {
            ids[k] = e.getKey();
            weights[k++] = e.getValue() / norm;
        }
        return new SparseVector(ids, weights);
    }
}
