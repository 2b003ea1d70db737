package fr.parlonsen.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parlonsen.analysis.SimilarityGrouper.Group;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Times the grouping of synthetic remarks and prints wall-clock and CPU figures. Only generous limits are
 * asserted, on the thread's CPU time: the machine is shared, and wall-clock time there says more about the
 * neighbours than about the code. The aim is to catch a return to quadratic work, not to benchmark.
 */
class SimilarityGrouperTimingTest {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final SimilarityGrouper grouper = new SimilarityGrouper();

    @Test
    void groupsTwoThousandItemsQuickly() {
        long cpuMillis = timeGrouping(2_000);
        assertTrue(cpuMillis < 5_000, "2 000 items took " + cpuMillis + " ms of CPU");
    }

    @Test
    void groupsTwentyThousandItemsInReasonableTime() {
        long cpuMillis = timeGrouping(20_000);
        assertTrue(cpuMillis < 30_000, "20 000 items took " + cpuMillis + " ms of CPU");
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
