package fr.parlonsen.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.parlonsen.analysis.SimilarityGrouper.Group;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Benchmark ({@code deploy/test.sh -Pbench -Dtest=SimilarityGrouperBenchTest}): times the grouping of synthetic
 * remarks and prints wall-clock and CPU figures. No bound is asserted: timing belongs to the bench, not to the suite.
 */
@Tag("bench")
class SimilarityGrouperBenchTest {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final SimilarityGrouper grouper = new SimilarityGrouper();

    @Test
    void timesTwoThousandItems() {
        timeGrouping(2_000);
    }

    @Test
    void timesTwentyThousandItems() {
        timeGrouping(20_000);
    }

    /** Groups {@code count} synthetic texts and returns the CPU milliseconds spent. */
    private long timeGrouping(int count) {
        List<String> texts = SyntheticTexts.generate(count, 5_000, Math.max(10, count / 20), 42);
        grouper.group(texts.subList(0, Math.min(2_000, count)), Function.identity()); // warm-up
        long wallStart = System.nanoTime();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        List<Group<String>> groups = grouper.group(texts, Function.identity());
        long cpuMillis = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
        long wallMillis = (System.nanoTime() - wallStart) / 1_000_000;
        assertEquals(count, groups.stream().mapToInt(Group::size).sum());
        System.out.printf("SimilarityGrouper: %,d items -> %,d groups (largest %d) in %,d ms wall, %,d ms CPU%n",
                count, groups.size(), groups.get(0).size(), wallMillis, cpuMillis);
        return cpuMillis;
    }
}
