package fr.parlonsen.analysis;

import java.util.Arrays;
import java.util.List;

/**
 * Finds every pair of unit vectors whose cosine similarity reaches a threshold, without comparing all pairs.
 *
 * <p>This is the "all-pairs" prefix filter (Bayardo, Ma and Srikant, 2007): features are numbered from the most
 * to the least frequent, and each vector is indexed only from the point where its remaining features could
 * still reach the threshold against any vector. The leading, frequent features that are left out cannot by
 * themselves reach it, since their contribution is at most Σ weight × (largest weight of the feature). So the
 * long posting lists of frequent words are never built, yet no pair above the threshold is missed. The same
 * bound stops frequent features of the probing vector from bringing in new candidates. Candidates found
 * through the index are then scored exactly.
 */
final class SimilarPairs {

    /** Pairs {@code (first[k], second[k])} with {@code first < second}, by decreasing similarity, then found order. */
    record Pairs(int[] first, int[] second, double[] similarity) {
        int size() {
            return first.length;
        }
    }

    private SimilarPairs() {
    }

    static Pairs find(List<SparseVector> vectors, double threshold) {
        int dimensions = 0;
        for (SparseVector v : vectors) {
            dimensions = v.isEmpty() ? dimensions : Math.max(dimensions, v.ids()[v.size() - 1] + 1);
        }
        double[] maxWeight = new double[dimensions];
        for (SparseVector v : vectors) {
            for (int k = 0; k < v.size(); k++) {
                maxWeight[v.ids()[k]] = Math.max(maxWeight[v.ids()[k]], v.weights()[k]);
            }
        }
        Postings postings = new Postings(dimensions, vectors.size());
        Accumulator candidates = new Accumulator(vectors.size());
        PairList found = new PairList();
        for (int x = 0; x < vectors.size(); x++) {
            SparseVector vx = vectors.get(x);
            candidates.collect(vx, postings, maxWeight, threshold);
            for (int c = 0; c < candidates.count; c++) {
                int y = candidates.items[c];
                // What the index did not see of y (its prefix) adds at most y's prefix bound.
                if (candidates.take(y) + postings.prefixBound[y] >= threshold) {
                    double similarity = vx.dot(vectors.get(y));
                    if (similarity >= threshold) {
                        found.add(y, x, similarity);
                    }
                }
            }
            postings.addSuffix(x, vx, maxWeight, threshold);
        }
        return found.sorted();
    }

    /** Partial dot products of one probing vector with the indexed vectors it meets. */
    private static final class Accumulator {
        final double[] partial;
        final int[] items;
        int count;

        Accumulator(int size) {
            partial = new double[size];
            items = new int[size];
        }

        /**
         * Probes the rarest features first. Once the features left cannot reach the threshold on their own
         * ({@code reachable} below it), they only add to the candidates already met. A vector not met by then
         * is below the threshold: since its unindexed part is a prefix (its most frequent features), all it
         * shares with the probe lies either among those remaining features or in that prefix, and each of the
         * two is bounded below the threshold.
         */
        void collect(SparseVector x, Postings postings, double[] maxWeight, double threshold) {
            count = 0;
            double reachable = 0;
            for (int k = 0; k < x.size(); k++) {
                reachable += x.weights()[k] * maxWeight[x.ids()[k]];
            }
            for (int k = x.size() - 1; k >= 0; k--) {
                int feature = x.ids()[k];
                boolean mayMeetNew = reachable >= threshold;
                for (int p = 0; p < postings.sizes[feature]; p++) {
                    int y = postings.items[feature][p];
                    if (partial[y] == 0) {
                        if (!mayMeetNew) {
                            continue;
                        }
                        items[count++] = y;
                    }
                    partial[y] += x.weights()[k] * postings.weights[feature][p];
                }
                reachable -= x.weights()[k] * maxWeight[feature];
            }
        }

        /** The partial dot product with y, cleared for the next probe. */
        double take(int y) {
            double value = partial[y];
            partial[y] = 0;
            return value;
        }
    }

    /** One growable posting list (vector ids and weights) per feature. */
    private static final class Postings {
        final int[][] items;
        final double[][] weights;
        final int[] sizes;
        /** Per vector, the bound of its features left out of the index: always below the threshold. */
        final double[] prefixBound;

        Postings(int dimensions, int vectors) {
            items = new int[dimensions][];
            weights = new double[dimensions][];
            sizes = new int[dimensions];
            prefixBound = new double[vectors];
        }

        /**
         * Indexes the features of {@code v} that follow its longest prefix whose bound stays below the threshold.
         * The left-out part must be a prefix (the most frequent features) for the pruning in find() to be exact.
         */
        void addSuffix(int x, SparseVector v, double[] maxWeight, double threshold) {
            double bound = 0;
            int k = 0;
            for (; k < v.size(); k++) {
                double next = bound + v.weights()[k] * maxWeight[v.ids()[k]];
                if (next >= threshold) {
                    break;
                }
                bound = next;
            }
            prefixBound[x] = bound;
            for (; k < v.size(); k++) {
                add(v.ids()[k], x, v.weights()[k]);
            }
        }

        private void add(int feature, int x, double weight) {
            int size = sizes[feature];
            if (items[feature] == null) {
                items[feature] = new int[4];
                weights[feature] = new double[4];
            } else if (size == items[feature].length) {
                items[feature] = Arrays.copyOf(items[feature], size * 2);
                weights[feature] = Arrays.copyOf(weights[feature], size * 2);
            }
            items[feature][size] = x;
            weights[feature][size] = weight;
            sizes[feature] = size + 1;
        }
    }

    /** Growable pair arrays. */
    private static final class PairList {
        private int[] first = new int[64];
        private int[] second = new int[64];
        private double[] similarity = new double[64];
        private int size;

        void add(int a, int b, double s) {
            if (size == first.length) {
                first = Arrays.copyOf(first, size * 2);
                second = Arrays.copyOf(second, size * 2);
                similarity = Arrays.copyOf(similarity, size * 2);
            }
            first[size] = a;
            second[size] = b;
            similarity[size++] = s;
        }

        /** By decreasing similarity (compared as floats), then in the order found: one primitive sort. */
        Pairs sorted() {
            long[] keys = new long[size];
            for (int k = 0; k < size; k++) {
                int descending = Integer.MAX_VALUE - Float.floatToIntBits((float) similarity[k]);
                keys[k] = ((long) descending << 32) | k;
            }
            Arrays.sort(keys);
            int[] a = new int[size];
            int[] b = new int[size];
            double[] s = new double[size];
            for (int r = 0; r < size; r++) {
                int k = (int) keys[r];
                a[r] = first[k];
                b[r] = second[k];
                s[r] = similarity[k];
            }
            return new Pairs(a, b, s);
        }
    }
}
