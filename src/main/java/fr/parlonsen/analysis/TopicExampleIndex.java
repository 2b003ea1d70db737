package fr.parlonsen.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The examples of a campaign as IDF-weighted, length-normalised term vectors with an inverted index: the
 * nearest-neighbour part of topic suggestion. Distinct terms only (a repeated word says nothing more in a
 * sentence); IDF is computed over the examples themselves, so the words every topic uses weigh little.
 * Immutable once built.
 */
final class TopicExampleIndex {
    private final List<String> topics = new ArrayList<>();
    private final List<Map<String, Double>> vectors = new ArrayList<>();
    private final Map<String, List<Integer>> postings = new HashMap<>();
    private final Map<String, Double> idf = new HashMap<>();

    TopicExampleIndex(List<TopicExample> examples, FrenchText french) {
        List<List<String>> termLists = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (TopicExample e : examples) {
            List<String> terms = french.terms(e.text()).stream().distinct().toList();
            termLists.add(terms);
            terms.forEach(t -> df.merge(t, 1, Integer::sum));
        }
        int n = examples.size();
        df.forEach((t, d) -> idf.put(t, Math.log(1.0 + (double) n / d)));
        for (int i = 0; i < examples.size(); i++) {
            Map<String, Double> v = vector(termLists.get(i));
            if (v.isEmpty()) {
                continue;
            }
            int id = vectors.size();
            vectors.add(v);
            topics.add(examples.get(i).topicCode());
            v.keySet().forEach(t -> postings.computeIfAbsent(t, k -> new ArrayList<>()).add(id));
        }
    }

    private Map<String, Double> vector(List<String> distinctTerms) {
        Map<String, Double> v = new LinkedHashMap<>();
        double norm = 0;
        for (String t : distinctTerms) {
            Double w = idf.get(t);
            if (w != null) {
                v.put(t, w);
                norm += w * w;
            }
        }
        double length = Math.sqrt(norm);
        v.replaceAll((t, w) -> w / length);
        return v;
    }

    /**
     * Topic → sum of the cosine similarities of the {@code k} examples most similar to the text (ties: oldest),
     * among those at least {@code minSimilarity} similar.
     */
    Map<String, Double> neighbours(List<String> terms, int k, double minSimilarity) {
        Map<String, Double> query = vector(terms.stream().distinct().toList());
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
            if (e.getValue() < minSimilarity) {
                continue;
            }
            best.add(e);
            if (best.size() > k) {
                best.poll();
            }
        }
        Map<String, Double> out = new HashMap<>();
        best.forEach(e -> out.merge(topics.get(e.getKey()), e.getValue(), Double::sum));
        return out;
    }
}
