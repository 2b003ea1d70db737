package fr.parlonsen.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code deploy/test.sh -Pbench -Dtest=NeighbourAgreementBenchTest}: the cheapest proxy of the representation's
 * quality. For every answer of a development question, the share of its 5 nearest answers (cosine of the grouping's
 * whole-text vectors) that share a human tag with it; "no Autre" leaves out the answers tagged only with the coders'
 * catch-all. A cluster cannot be purer than its members' neighbourhoods.
 */
@Tag("bench")
class NeighbourAgreementBenchTest {

    static final int K = 5;

    @Test
    void prints_neighbour_agreement_per_question() {
        Path file = GroupingDevSet.file().orElse(null);
        Assumptions.assumeTrue(file != null || !"true".equals(System.getenv("CI")), "");
        if (file == null) {
            throw new IllegalStateException("grouping-dev.jsonl not found");
        }
        print("SimilarityGrouper", GroupingDevSet.load(file), new SimilarityGrouper());
    }

    static double[] print(String title, Map<String, List<GroupingDevSet.Answer>> questions, SimilarityGrouper grouper) {
        System.out.println("\n" + title);
        System.out.println("| question | answers | agreement@5 | no Autre |");
        System.out.println("|---|---|---|---|");
        double sa = 0, sb = 0;
        int counted = 0;
        for (Map.Entry<String, List<GroupingDevSet.Answer>> q : questions.entrySet()) {
            if (q.getKey().equals("QL")) {
                continue;
            }
            List<GroupingDevSet.Answer> answers = q.getValue();
            List<SparseVector> vectors = grouper.itemVectors(answers.stream().map(GroupingDevSet.Answer::text).toList());
            double all = 0, clean = 0;
            int nAll = 0, nClean = 0;
            for (int i = 0; i < answers.size(); i++) {
                PriorityQueue<double[]> top = new PriorityQueue<>((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0])
                        : Double.compare(b[1], a[1]));
                for (int j = 0; j < answers.size(); j++) {
                    if (j == i) {
                        continue;
                    }
                    top.add(new double[] { vectors.get(i).dot(vectors.get(j)), j });
                    if (top.size() > K) {
                        top.poll();
                    }
                }
                int agree = 0;
                Set<String> tags = answers.get(i).tags();
                for (double[] t : top) {
                    if (!Collections.disjoint(tags, answers.get((int) t[1]).tags())) {
                        agree++;
                    }
                }
                double share = top.isEmpty() ? 0 : agree / (double) top.size();
                all += share;
                nAll++;
                if (!(tags.size() == 1 && tags.iterator().next().startsWith("Autre"))) {
                    clean += share;
                    nClean++;
                }
            }
            System.out.printf("| %s | %d | %.3f | %.3f |%n", q.getKey(), answers.size(), all / nAll, clean / nClean);
            sa += all / nAll;
            sb += clean / nClean;
            counted++;
        }
        System.out.printf("| mean without QL | | %.3f | %.3f |%n", sa / counted, sb / counted);
        return new double[] { sa / counted, sb / counted };
    }

    /** {@code java … NeighbourAgreementBenchTest name=value,…}: one run per argument (settings as in GroupingBenchTest). */
    public static void main(String[] args) {
        Map<String, List<GroupingDevSet.Answer>> questions = GroupingDevSet.load(GroupingDevSet.file().orElseThrow());
        for (String arg : args.length == 0 ? new String[] { "" } : args) {
            Map.Entry<String, SimilarityGrouper> run = GroupingBenchTest.sweep(arg);
            print(run.getKey(), questions, run.getValue());
        }
    }
}
