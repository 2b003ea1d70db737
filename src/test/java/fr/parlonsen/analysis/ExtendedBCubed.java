package fr.parlonsen.analysis;

import java.util.List;
import java.util.Set;

/**
 * Extended B-cubed precision and recall (Amigó, Gonzalo, Artiles and Verdejo, 2009), which handle items with
 * several labels and several clusters, exactly as {@code shared/data/eval/README.md} defines them. Pairs include
 * the item with itself.
 */
final class ExtendedBCubed {

    record Score(double precision, double recall) {
        double f() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
    }

    private ExtendedBCubed() {
    }

    /**
     * @param labels   the human tags of each item
     * @param clusters the system clusters of each item (an item in no cluster must be given a cluster of its own)
     */
    static <L, C> Score score(List<Set<L>> labels, List<Set<C>> clusters) {
        int n = labels.size();
        if (clusters.size() != n) {
            throw new IllegalArgumentException("one cluster set per item");
        }
        double precision = 0;
        double recall = 0;
        for (int e = 0; e < n; e++) {
            double mp = 0;
            int mpPairs = 0;
            double mr = 0;
            int mrPairs = 0;
            for (int f = 0; f < n; f++) {
                int c = intersection(clusters.get(e), clusters.get(f));
                int l = intersection(labels.get(e), labels.get(f));
                if (c > 0) {
                    mp += (double) Math.min(c, l) / c;
                    mpPairs++;
                }
                if (l > 0) {
                    mr += (double) Math.min(c, l) / l;
                    mrPairs++;
                }
            }
            precision += mpPairs == 0 ? 0 : mp / mpPairs;
            recall += mrPairs == 0 ? 0 : mr / mrPairs;
        }
        return new Score(precision / n, recall / n);
    }

    private static <X> int intersection(Set<X> a, Set<X> b) {
        if (a.size() > b.size()) {
            Set<X> t = a;
            a = b;
            b = t;
        }
        int count = 0;
        for (X x : a) {
            if (b.contains(x)) {
                count++;
            }
        }
        return count;
    }
}
