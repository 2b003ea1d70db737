package fr.parlonsen.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SparseVectorTest {

    private final SparseVector a = new SparseVector(new int[] {1, 4, 7}, new double[] {1, 2, 3});
    private final SparseVector b = new SparseVector(new int[] {0, 4, 7, 9}, new double[] {5, 1, 1, 2});

    @Test
    void dotMultipliesSharedFeaturesOnly() {
        assertEquals(2 + 3, a.dot(b));
        assertEquals(0, a.dot(SparseVector.EMPTY));
    }

    @Test
    void plusMergesFeatures() {
        SparseVector sum = a.plus(b);
        assertArrayEquals(new int[] {0, 1, 4, 7, 9}, sum.ids());
        assertArrayEquals(new double[] {5, 1, 3, 4, 2}, sum.weights());
        assertArrayEquals(a.ids(), a.plus(SparseVector.EMPTY).ids());
    }

    @Test
    void timesScalesWeightsAndKeepsTheOriginal() {
        assertArrayEquals(new double[] {3, 6, 9}, a.times(3).weights());
        assertArrayEquals(new double[] {1, 2, 3}, a.weights());
    }
}
