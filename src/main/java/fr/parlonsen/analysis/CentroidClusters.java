package fr.parlonsen.analysis;

import java.util.List;

/**
 * Disjoint clusters of vectors (union-find) that keep the sum of their members' vectors, so that two clusters
 * are joined only when their centroids are close: a chain of pairwise-similar texts cannot glue unrelated
 * texts together as plain single linkage would.
 */
final class CentroidClusters {

    private final List<SparseVector> vectors;
    private final int[] parent;
    private final SparseVector[] sums;
    private final double[] squaredNorm;

    /** One cluster per vector; {@code counts[i]} is how many identical items vector i stands for. */
    CentroidClusters(List<SparseVector> vectors, int[] counts) {
        int n = vectors.size();
        this.vectors = vectors;
        parent = new int[n];
        sums = new SparseVector[n];
        squaredNorm = new double[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            sums[i] = vectors.get(i).times(counts[i]);
            squaredNorm[i] = sums[i].dot(sums[i]);
        }
    }

    int root(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Joins the clusters of a and b if the cosine of their centroids reaches {@code threshold}. */
    boolean joinIfClose(int a, int b, double threshold) {
        int ra = root(a);
        int rb = root(b);
        if (ra == rb) {
            return false;
        }
        double dot = sums[ra].dot(sums[rb]);
        if (dot < threshold * Math.sqrt(squaredNorm[ra] * squaredNorm[rb])) {
            return false;
        }
        int into = Math.min(ra, rb);
        int from = Math.max(ra, rb);
        sums[into] = sums[into].plus(sums[from]);
        squaredNorm[into] += squaredNorm[from] + 2 * dot;
        sums[from] = null;
        parent[from] = into;
        return true;
    }

    /** Cosine between vector i and the centroid of its cluster; 1 for an empty vector (always alone). */
    double similarityToCentroid(int i) {
        SparseVector v = vectors.get(i);
        if (v.isEmpty()) {
            return 1;
        }
        int r = root(i);
        return v.dot(sums[r]) / Math.sqrt(squaredNorm[r]);
    }
}
