package fr.parlonsen.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TfIdfVectorsTest {

    private static final List<List<String>> DOCUMENTS = List.of(
            List.of("camera", "gare"), List.of("camera", "parking"), List.of("camera", "camera", "marche"), List.of());

    @Test
    void vectorsHaveUnitLengthAndSortedIds() {
        for (SparseVector v : TfIdfVectors.of(DOCUMENTS, new int[] {1, 1, 1, 1}, 0.5)) {
            if (!v.isEmpty()) {
                assertEquals(1.0, v.dot(v), 1e-12);
            }
            for (int k = 1; k < v.size(); k++) {
                assertTrue(v.ids()[k - 1] < v.ids()[k]);
            }
        }
    }

    @Test
    void mostFrequentFeatureGetsTheFirstIdAndTheLowestWeight() {
        SparseVector first = TfIdfVectors.of(DOCUMENTS, new int[] {1, 1, 1, 1}, 0).get(0);
        assertEquals(0, first.ids()[0], "camera is in three documents");
        assertTrue(first.weights()[0] < first.weights()[1]);
    }

    @Test
    void documentWithoutTermsGivesTheEmptyVector() {
        assertSame(SparseVector.EMPTY, TfIdfVectors.of(DOCUMENTS, new int[] {1, 1, 1, 1}, 0).get(3));
    }

    @Test
    void bigramsAddFeatures() {
        assertEquals(2, TfIdfVectors.of(DOCUMENTS, new int[] {1, 1, 1, 1}, 0).get(0).size());
        assertEquals(3, TfIdfVectors.of(DOCUMENTS, new int[] {1, 1, 1, 1}, 0.5).get(0).size());
    }

    @Test
    void countsWeighDocumentFrequency() {
        // "gare" stands for ten items: it becomes more frequent than "camera".
        SparseVector first = TfIdfVectors.of(DOCUMENTS, new int[] {10, 1, 1, 1}, 0).get(0);
        assertTrue(first.weights()[0] < first.weights()[1]);
    }
}
