package fr.parlonsen.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The examples of a campaign as IDF-weighted, length-normalised vectors of their words and of the character
 * n-grams of their words, with an inverted index: the nearest-neighbour part of topic suggestion. Words match
 * exactly (after {@link FrenchText}); the {@value #GRAM}-grams of each word (its two ends marked) let
 * "cambrioleurs" meet "cambriolage" and a typo meet the right word, for {@value #GRAM_SHARE} of a word's weight.
 * Distinct words only (a repeated word says nothing more in a sentence); IDF is computed over the examples
 * themselves, so the words every topic uses weigh little. Immutable once built, thread-safe.
 */
final class TopicExampleIndex {
    static final int GRAM = 4;
    static final double GRAM_SHARE = 0.5;

    /** The examples near a text: per topic code, the sum of their votes; and the sum over every topic. */
    record Vote(Map<String, Double> byTopic, double total) {
        static final Vote EMPTY = new Vote(Map.of(), 0);

        double of(String topic) {
            return byTopic.getOrDefault(topic, 0.0);
        }
    }

    private final List<String> topics = new ArrayList<>();
    private final List<List<String>> terms = new ArrayList<>();
    private final List<Map<String, Double>> vectors = new ArrayList<>();
    private final Map<String, List<Integer>> postings = new HashMap<>();
    private final Map<String, Double> idf = new HashMap<>();

    TopicExampleIndex(List<TopicExample> examples, FrenchText french) {
        List<List<String>> termLists = new ArrayList<>();
        List<Map<String, Double>> featureLists = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (TopicExample e : examples) {
            List<String> t = french.terms(e.text());
            Map<String, Double> f = features(t);
            termLists.add(t);
            featureLists.add(f);
            f.keySet().forEach(k -> df.merge(k, 1, Integer::sum));
        }
        int n = examples.size();
        df.forEach((t, d) -> idf.put(t, Math.log(1.0 + (double) n / d)));
        for (int i = 0; i < examples.size(); i++) {
            Map<String, Double> v = vector(featureLists.get(i));
            if (v.isEmpty()) {
                continue;
            }
            int id = vectors.size();
            vectors.add(v);
            terms.add(termLists.get(i));
            topics.add(examples.get(i).topicCode());
            v.keySet().forEach(t -> postings.computeIfAbsent(t, k -> new ArrayList<>()).add(id));
        }
    }

    /** Examples indexed (those without any word are left out). */
    int size() {
        return vectors.size();
    }

    /** The topic code of the example at {@code id}, in the order indexed. */
    String topicAt(int id) {
        return topics.get(id);
    }

    /** The analysed terms of the example at {@code id}. */
    List<String> termsAt(int id) {
        return terms.get(id);
    }

    /** Distinct words (weight 1) and the n-grams of each ({@value #GRAM_SHARE} shared among its n-grams). */
    static Map<String, Double> features(List<String> terms) {
        Map<String, Double> f = new LinkedHashMap<>();
        for (String term : terms) {
            if (f.putIfAbsent("w" + term, 1.0) != null) {
                continue;
            }
            String marked = "<" + term + ">";
            int grams = marked.length() - GRAM + 1;
            for (int i = 0; i < grams; i++) {
                f.merge("g" + marked.substring(i, i + GRAM), GRAM_SHARE / grams, Double::sum);
            }
        }
        return f;
    }

    private Map<String, Double> vector(Map<String, Double> features) {
        Map<String, Double> v = new LinkedHashMap<>();
        double norm = 0;
        for (Map.Entry<String, Double> e : features.entrySet()) {
            Double w = idf.get(e.getKey());
            if (w != null) {
                double x = w * e.getValue();
                v.put(e.getKey(), x);
                norm += x * x;
            }
        }
        double length = Math.sqrt(norm);
        v.replaceAll((t, w) -> w / length);
        return v;
    }

    /**
     * The {@code k} examples most similar to the text (cosine, ties: oldest) among those at least
     * {@code minSimilarity} similar, each voting for its topic with its similarity squared (the nearest count
     * most).
     */
    Vote vote(List<String> text, int k, double minSimilarity) {
        return vote(vector(features(text)), k, minSimilarity, -1);
    }

    /** As {@link #vote(List, int, double)} for the example at {@code id}, itself left out. */
    Vote voteLeavingOut(int id, int k, double minSimilarity) {
        return vote(vectors.get(id), k, minSimilarity, id);
    }

    private Vote vote(Map<String, Double> query, int k, double minSimilarity, int skip) {
        Map<Integer, Double> dot = new HashMap<>();
        query.forEach((t, w) -> {
            for (int id : postings.getOrDefault(t, List.of())) {
                dot.merge(id, w * vectors.get(id).get(t), Double::sum);
            }
        });
        PriorityQueue<Map.Entry<Integer, Double>> best = new PriorityQueue<>((a, b) -> {
            int c = Double.compare(a.getValue(), b.getValue());
            return c != 0 ? c : Integer.compare(b.getKey(), a.getKey());
        });
        for (Map.Entry<Integer, Double> e : dot.entrySet()) {
            if (e.getValue() < minSimilarity || e.getKey() == skip) {
                continue;
            }
            best.add(e);
            if (best.size() > k) {
                best.poll();
            }
        }
        Map<String, Double> out = new HashMap<>();
        double total = 0;
        for (Map.Entry<Integer, Double> e : best) {
            double v = e.getValue() * e.getValue();
            out.merge(topics.get(e.getKey()), v, Double::sum);
            total += v;
        }
        return new Vote(out, total);
    }
}
