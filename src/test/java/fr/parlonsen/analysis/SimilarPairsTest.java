package fr.parlonsen.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimilarPairsTest {

    private final FrenchText french = new FrenchText();

    @ParameterizedTest(name = "seed {0}, threshold {1}")
    @CsvSource({"1, 0.1", "2, 0.2", "3, 0.3", "4, 0.5", "5, 0.8", "6, 0.225", "7, 1.0"})
    void findsExactlyThePairsThatBruteForceFinds(long seed, double threshold) {
        List<String> texts = SyntheticTexts.generate(400, 300, 40, seed);
        List<List<String>> documents = texts.stream().map(french::terms).toList();
        int[] counts = new int[documents.size()];
        Arrays.fill(counts, 1);
        List<SparseVector> vectors = TfIdfVectors.of(documents, counts, 0);
        double min = threshold - 1e-9;

        SimilarPairs.Pairs pairs = SimilarPairs.find(vectors, min);

        Set<String> expected = new TreeSet<>();
        for (int i = 0; i < vectors.size(); i++) {
            for (int j = i + 1; j < vectors.size(); j++) {
                if (vectors.get(i).dot(vectors.get(j)) >= min) {
                    expected.add(i + "-" + j);
                }
            }
        }
        Set<String> found = new TreeSet<>();
        for (int k = 0; k < pairs.size(); k++) {
            assertTrue(pairs.first()[k] < pairs.second()[k]);
            found.add(pairs.first()[k] + "-" + pairs.second()[k]);
        }
        assertEquals(expected, found);
        assertEquals(expected.size(), pairs.size(), "no pair reported twice");
    }

    @ParameterizedTest
    @CsvSource({"11", "12"})
    void reportsPairsFromMostToLeastSimilar(long seed) {
        List<List<String>> documents = SyntheticTexts.generate(300, 200, 30, seed).stream()
                .map(french::terms).toList();
        int[] counts = new int[documents.size()];
        Arrays.fill(counts, 1);
        SimilarPairs.Pairs pairs = SimilarPairs.find(TfIdfVectors.of(documents, counts, 0.5), 0.2);
        List<Double> similarities = new ArrayList<>();
        for (double s : pairs.similarity()) {
            similarities.add(s);
        }
        for (int k = 1; k < similarities.size(); k++) {
            assertTrue((float) (double) similarities.get(k - 1) >= (float) (double) similarities.get(k));
        }
        assertTrue(pairs.size() > 0);
    }
}
