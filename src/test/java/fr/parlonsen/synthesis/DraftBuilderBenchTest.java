package fr.parlonsen.synthesis;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code deploy/test.sh -Pbench -Dtest=DraftBuilderBenchTest}: time and heap to draft (group, label, order) a
 * département of 1,000 and of 10,000 statements, in-process. Goals: under 2 s and under 20 s on 2 cores.
 */
@Tag("bench")
class DraftBuilderBenchTest {

    static final String[] PLACES = { "près de la gare", "dans le centre-bourg", "au hameau des Prés", "rue de la Mairie",
            "devant le collège", "dans le lotissement des Tilleuls", "sur la départementale", "à la sortie de l'école",
            "place du marché", "quartier de la Fontaine", "", "", "" };
    static final String[] TAILS = { "", "", "depuis l'an dernier", "surtout le week-end", "selon plusieurs habitants",
            "les élus le confirment", "c'est un vrai problème", "il faut agir vite", "" };

    /** Statements of a département: realistic remarks in their wordings, with places and asides. */
    static List<SourceItem> statements(int n, long seed) {
        Random random = new Random(seed);
        List<SourceItem> out = new ArrayList<>(n);
        List<List<List<String>>> bySection = List.of(RealisticMinutes.STRENGTHS, RealisticMinutes.WEAKNESSES,
                RealisticMinutes.PROPOSALS, RealisticMinutes.WEAKNESSES);
        SynthesisSection[] sections = { SynthesisSection.STRENGTHS, SynthesisSection.WEAKNESSES,
                SynthesisSection.PROPOSALS, SynthesisSection.ISSUES };
        int forums = Math.max(40, n / 25);
        for (int i = 0; i < n; i++) {
            int s = random.nextInt(4);
            List<List<String>> ideas = bySection.get(s);
            List<String> wordings = ideas.get(random.nextInt(ideas.size()));
            String text = wordings.get(random.nextInt(wordings.size())) + " " + PLACES[random.nextInt(PLACES.length)]
                    + (random.nextInt(3) == 0 ? ", " + TAILS[random.nextInt(TAILS.length)] : "")
                    + (random.nextInt(10) == 0 ? ". Autre chose : " + RealisticMinutes.PROPOSALS.get(random.nextInt(
                            RealisticMinutes.PROPOSALS.size())).get(0).toLowerCase() : "")
                    + (random.nextInt(8) == 0 ? " (n° " + random.nextInt(10_000) + ")" : "");
            out.add(new SourceItem(sections[s], null, text.strip(),
                    SourceRef.minutesItem(1 + random.nextInt(forums), i + 1)));
        }
        return out;
    }

    @Test
    void prints_time_and_heap_to_draft_a_department() {
        DraftBuilder builder = new DraftBuilder();
        builder.rebuild(statements(2_000, 1), List.of()); // warm-up
        System.out.println("\n| statements | groups | groups of one | wall ms | CPU ms | heap peak MB |");
        System.out.println("|---|---|---|---|---|---|");
        for (int n : new int[] { 1_000, 10_000 }) {
            List<SourceItem> said = statements(n, 42);
            System.gc();
            resetPeaks();
            long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            List<DraftItem> items = builder.rebuild(said, List.of());
            long wall = (System.nanoTime() - t0) / 1_000_000;
            long cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0) / 1_000_000;
            long singles = items.stream().filter(i -> i.sources.size() == 1).count();
            System.out.printf("| %,d | %,d | %,d | %,d | %,d | %d |%n", n, items.size(), singles, wall, cpu,
                    peakHeap() / (1024 * 1024));
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
