package fr.parlonsen.analysis;

import java.util.Arrays;

/** An immutable sparse vector: feature ids in ascending order and their weights. */
record SparseVector(int[] ids, double[] weights) {

    static final SparseVector EMPTY = new SparseVector(new int[0], new double[0]);

    int size() {
        return ids.length;
    }

    boolean isEmpty() {
        return ids.length == 0;
    }

    SparseVector times(double factor) {
        double[] scaled = weights.clone();
        for (int k = 0; k < scaled.length; k++) {
            scaled[k] *= factor;
        }
        return new SparseVector(ids, scaled);
    }

    /** The sum of both vectors, by merging the two sorted id arrays. */
    SparseVector plus(SparseVector other) {
        int[] sumIds = new int[ids.length + other.ids.length];
        double[] sumWeights = new double[sumIds.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < ids.length || j < other.ids.length) {
            int a = i < ids.length ? ids[i] : Integer.MAX_VALUE;
            int b = j < other.ids.length ? other.ids[j] : Integer.MAX_VALUE;
            sumIds[n] = Math.min(a, b);
            sumWeights[n++] = (a <= b ? weights[i++] : 0) + (b <= a ? other.weights[j++] : 0);
        }
        return new SparseVector(Arrays.copyOf(sumIds, n), Arrays.copyOf(sumWeights, n));
    }

    /** Dot product by merging the two sorted id arrays. */
    double dot(SparseVector other) {
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < ids.length && j < other.ids.length) {
            int a = ids[i];
            int b = other.ids[j];
            if (a == b) {
                sum += weights[i++] * other.weights[j++];
            } else if (a < b) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }
}
