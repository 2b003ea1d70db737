package fr.parlonsen.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code deploy/test.sh -Pbench -Dtest=GroupingBenchTest}: groups each question of the human-coded development set
 * ({@code ../shared/data/eval/grouping-dev.jsonl}, read at run time) as the proposals of one meeting, and prints per
 * question the extended B-cubed precision and recall, clusters against tags, the singleton share, the share of the
 * answers held by the largest group (a rise in F that only comes with a larger largest group is the giant generic
 * group growing, not a better grouping), and the mean without {@code QL}; last, for reference, the score of putting
 * every answer in one group (its F is close to today's: compare P and R, not F alone).
 */
@Tag("bench")
class GroupingBenchTest {

    @Test
    void prints_grouping_quality_per_question() {
        Path file = GroupingDevSet.file().orElse(null);
        Assumptions.assumeTrue(file != null || !"true".equals(System.getenv("CI")), "");
        if (file == null) {
            throw new IllegalStateException("grouping-dev.jsonl not found");
        }
        print("SimilarityGrouper", GroupingDevSet.load(file), new SimilarityGrouper());
    }

    static void print(String title, Map<String, List<GroupingDevSet.Answer>> questions, SimilarityGrouper grouper) {
        System.out.println("\n" + title);
        System.out.println("| question | answers | P | R | F | clusters | tags | singletons | ms | hard P | hard R | hard F | groups of 3+ | largest |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        double sp = 0, sr = 0, sf = 0, hp = 0, hr = 0, hf = 0, sl = 0, op = 0, or = 0, of = 0;
        int counted = 0;
        for (Map.Entry<String, List<GroupingDevSet.Answer>> q : questions.entrySet()) {
            List<GroupingDevSet.Answer> answers = q.getValue();
            long start = System.nanoTime();
            List<SimilarityGrouper.Group<Integer>> groups = grouper.group(indexes(answers.size()),
                    i -> answers.get(i).text());
            long ms = (System.nanoTime() - start) / 1_000_000;
            List<Set<Integer>> clusters = new ArrayList<>();
            List<Set<Integer>> hard = new ArrayList<>();
            for (int i = 0; i < answers.size(); i++) {
                clusters.add(new HashSet<>());
                hard.add(new HashSet<>());
            }
            int singletons = 0;
            int large = 0;
            int largest = 0;
            for (int g = 0; g < groups.size(); g++) {
                large += groups.get(g).size() >= 3 ? 1 : 0;
                largest = Math.max(largest, groups.get(g).size());
                for (int m : groups.get(g).members()) {
                    clusters.get(m).add(g);
                    hard.get(m).add(g);
                }
                for (int m : groups.get(g).alsoRelated()) {
                    clusters.get(m).add(g);
                }
                if (groups.get(g).size() == 1) {
                    singletons++;
                }
            }
            List<Set<String>> labels = answers.stream().map(GroupingDevSet.Answer::tags).toList();
            ExtendedBCubed.Score s = ExtendedBCubed.score(labels, clusters);
            // members only: what the synthesis shows (every statement in exactly one item)
            ExtendedBCubed.Score h = ExtendedBCubed.score(labels, hard);
            int tags = (int) labels.stream().flatMap(Set::stream).distinct().count();
            double share = 100.0 * largest / answers.size();
            // reference: every answer in one group
            List<Set<Integer>> one = new ArrayList<>();
            for (int i = 0; i < answers.size(); i++) {
                one.add(Set.of(0));
            }
            ExtendedBCubed.Score o = ExtendedBCubed.score(labels, one);
            System.out.printf("| %s | %d | %.2f | %.2f | %.2f | %d | %d | %.0f %% | %d | %.2f | %.2f | %.2f | %d | %.0f %% |%n",
                    q.getKey(), answers.size(), s.precision(), s.recall(), s.f(), groups.size(), tags,
                    100.0 * singletons / answers.size(), ms, h.precision(), h.recall(), h.f(), large, share);
            if (!q.getKey().equals("QL")) {
                sp += s.precision();
                sr += s.recall();
                sf += s.f();
                hp += h.precision();
                hr += h.recall();
                hf += h.f();
                sl += share;
                op += o.precision();
                or += o.recall();
                of += o.f();
                counted++;
            }
        }
        System.out.printf("| mean without QL | | %.3f | %.3f | %.3f | | | | | %.3f | %.3f | %.3f | | %.0f %% |%n", sp / counted,
                sr / counted, sf / counted, hp / counted, hr / counted, hf / counted, sl / counted);
        System.out.printf("| reference: all in one group | | | | | | | | | %.3f | %.3f | %.3f | | 100 %% |%n", op / counted,
                or / counted, of / counted);
    }

    static List<Integer> indexes(int n) {
        List<Integer> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(i);
        }
        return list;
    }

    /** Sweeps: {@code java … GroupingBenchTest name=value,name=value …}, one run per argument. */
    public static void main(String[] args) {
        Map<String, List<GroupingDevSet.Answer>> questions = GroupingDevSet.load(GroupingDevSet.file().orElseThrow());
        String only = System.getenv("GROUPER_QUESTIONS");
        if (only != null) {
            questions.keySet().retainAll(List.of(only.split(",")));
        }
        for (String arg : args.length == 0 ? new String[] { "" } : args) {
            Map.Entry<String, SimilarityGrouper> run = GroupingBenchTest.sweep(arg);
            print(run.getKey(), questions, run.getValue());
        }
    }

    /** A grouper from one sweep argument "name=value,…" (Settings knobs; thesaurus=0 turns the thesaurus off), labelled. */
    static Map.Entry<String, SimilarityGrouper> sweep(String arg) {
        SimilarityGrouper.Settings settings = SimilarityGrouper.Settings.DEFAULT;
        Thesaurus thesaurus = Thesaurus.shared();
        for (String kv : arg.split(",")) {
            if (kv.isBlank()) {
                continue;
            }
            String[] p = kv.split("=");
            if (p[0].equals("thesaurus")) {
                thesaurus = Double.parseDouble(p[1]) == 0 ? Thesaurus.NONE : thesaurus;
            } else {
                settings = settings.with(p[0], Double.parseDouble(p[1]));
            }
        }
        return Map.entry(arg + " " + settings, new SimilarityGrouper(new FrenchText(), thesaurus, settings));
    }
}
