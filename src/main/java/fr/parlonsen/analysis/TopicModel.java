package fr.parlonsen.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a campaign's confirmed examples teach beyond its keywords: a multinomial logistic regression whose logit
 * for topic t is {@code keywordScore(t) + w_t · x}, the keyword score (with the nearest examples' points) being a
 * fixed offset. Without examples it ranks exactly as the keywords do; each confirmed example the keywords
 * already get right changes little, and one they get wrong moves the weights of its words towards the person's
 * topic and away from the one the keywords preferred. So a word the keyword lists never named, or a keyword
 * that misleads in this campaign, is learnt from the staff's choices.
 *
 * <p>Features: the distinct analysed terms of the text and their adjacent pairs, each 1/√n (n features in the
 * text). No bias term: the model learns words, not how often a topic was confirmed. Training: {@value #EPOCHS}
 * passes of AdaGrad over the examples in their order, L2-regularised, so the same examples give the same model.
 * At most the {@value #MAX_EXAMPLES} most recent examples are used (training stays in the tens of milliseconds).
 * Immutable once trained, thread-safe.
 */
final class TopicModel {
    static final int EPOCHS = 20;
    static final double L2 = 1e-3;
    static final double RATE = 0.3;
    static final int MAX_EXAMPLES = 3000;

    private final int topics;
    private final Map<String, double[]> weights = new HashMap<>();

    /** A training text: its analysed terms, its topic's position, and every topic's score before learning. */
    record Sample(List<String> terms, int topic, double[] offsets) {
    }

    TopicModel(int topics, List<Sample> samples) {
        this.topics = topics;
        List<Sample> used = samples.size() > MAX_EXAMPLES ? samples.subList(samples.size() - MAX_EXAMPLES,
                samples.size()) : samples;
        Map<String, double[]> squares = new HashMap<>();
        List<double[][]> w = new ArrayList<>();
        List<double[][]> q = new ArrayList<>();
        List<Double> value = new ArrayList<>();
        for (Sample s : used) {
            List<String> names = features(s.terms());
            double[][] ws = new double[names.size()][];
            double[][] qs = new double[names.size()][];
            for (int i = 0; i < names.size(); i++) {
                ws[i] = weights.computeIfAbsent(names.get(i), key -> new double[topics]);
                qs[i] = squares.computeIfAbsent(names.get(i), key -> new double[topics]);
            }
            w.add(ws);
            q.add(qs);
            value.add(names.isEmpty() ? 0 : 1 / Math.sqrt(names.size()));
        }
        double[] p = new double[topics];
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            for (int n = 0; n < used.size(); n++) {
                Sample s = used.get(n);
                double[][] ws = w.get(n);
                double[][] qs = q.get(n);
                double x = value.get(n);
                for (int t = 0; t < topics; t++) {
                    double v = s.offsets()[t];
                    for (double[] wf : ws) {
                        v += wf[t] * x;
                    }
                    p[t] = v;
                }
                softmax(p);
                for (int t = 0; t < topics; t++) {
                    double g = p[t] - (t == s.topic() ? 1 : 0);
                    if (Math.abs(g) < 1e-6) {
                        continue;
                    }
                    for (int f = 0; f < ws.length; f++) {
                        double gw = g * x + L2 * ws[f][t];
                        qs[f][t] += gw * gw;
                        ws[f][t] -= RATE * gw / Math.sqrt(qs[f][t] + 1e-8);
                    }
                }
            }
        }
    }

    /** Per topic position, the learnt points to add to its score for a text of these terms. */
    double[] adjustments(List<String> terms) {
        List<String> names = features(terms);
        double[] out = new double[topics];
        double x = names.isEmpty() ? 0 : 1 / Math.sqrt(names.size());
        for (String name : names) {
            double[] w = weights.get(name);
            if (w != null) {
                for (int t = 0; t < topics; t++) {
                    out[t] += w[t] * x;
                }
            }
        }
        return out;
    }

    private static void softmax(double[] v) {
        double max = Double.NEGATIVE_INFINITY;
        for (double d : v) {
            max = Math.max(max, d);
        }
        double sum = 0;
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.exp(v[i] - max);
            sum += v[i];
        }
        for (int i = 0; i < v.length; i++) {
            v[i] /= sum;
        }
    }

    /** The distinct terms and adjacent pairs of terms. */
    static List<String> features(List<String> terms) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            names.add(terms.get(i));
            if (i + 1 < terms.size()) {
                names.add(terms.get(i) + " " + terms.get(i + 1));
            }
        }
        return names.stream().distinct().toList();
    }
}
