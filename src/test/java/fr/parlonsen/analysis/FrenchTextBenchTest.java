package fr.parlonsen.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Benchmark ({@code deploy/test.sh -Pbench -Dtest=FrenchTextBenchTest}): French analysis of 10,000 short texts. */
@Tag("bench")
class FrenchTextBenchTest {

    private final FrenchText french = new FrenchText();

    @Test
    void timesTenThousandShortTexts() {
        List<String> texts = new ArrayList<>(Collections.nCopies(10_000,
                "Absence de patrouilles nocturnes au centre-ville, les habitants ont peur"));
        french.terms(texts.get(0)); // warm-up
        long start = System.nanoTime();
        int total = 0;
        for (String text : texts) {
            total += french.terms(text).size();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(total > 0);
        System.out.printf("FrenchText: %,d texts, %,d terms in %,d ms%n", texts.size(), total, millis);
    }
}
