package fr.parlonsen.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code deploy/test.sh -Pbench -Dtest=MentionsBenchTest}: what the second ideas ({@link SimilarityGrouper.Group#alsoRelated()},
 * the synthesis' mentions) are worth against human coding ({@code ../shared/data/eval/grouping-dev.jsonl}, read at
 * run time). Per question: groups with mentions, mentions, how often a mention is right (the answer carries the
 * tag most frequent among the group's members, compared with the same rate for members), how many answers with
 * several tags get a right mention for another idea than their group's, and extended B-cubed without and with
 * mentions counted as clusters.
 */
@Tag("bench")
class MentionsBenchTest {

    @Test
    void prints_what_mentions_add_per_question() {
        Path file = GroupingDevSet.file().orElse(null);
        Assumptions.assumeTrue(file != null || !"true".equals(System.getenv("CI")), "");
        if (file == null) {
            throw new IllegalStateException("grouping-dev.jsonl not found");
        }
        Map<String, List<GroupingDevSet.Answer>> questions = GroupingDevSet.load(file);
        // -Dmentions.sweep="second=2;secondMin=0.2": one more table per variant of the settings
        String sweep = System.getProperty("mentions.sweep", "");
        for (String arg : ("default;" + sweep).split(";")) {
            if (arg.isBlank()) {
                continue;
            }
            SimilarityGrouper.Settings settings = SimilarityGrouper.Settings.DEFAULT;
            for (String kv : arg.equals("default") ? new String[0] : arg.split(",")) {
                String[] p = kv.split("=");
                settings = settings.with(p[0], Double.parseDouble(p[1]));
            }
            System.out.println("\n" + arg);
            print(questions, new SimilarityGrouper(new SecurityVocabulary(), Thesaurus.shared(), settings));
        }
    }

    static void print(Map<String, List<GroupingDevSet.Answer>> questions, SimilarityGrouper grouper) {
        System.out.println("\nMentions (second ideas) against human tags");
        System.out.println("| question | answers | multi-tag | groups | groups with mentions | mentions | answers mentioned "
                + "| mention right | member right | multi-tag answers with a right other-idea mention | F members | F with mentions |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        long tAnswers = 0, tGroups = 0, tWith = 0, tMentions = 0, tMentioned = 0, tMulti = 0, tCovered = 0;
        double tRight = 0, tMemberRight = 0, tMemberCount = 0;
        double hf = 0, sf = 0;
        int counted = 0;
        for (Map.Entry<String, List<GroupingDevSet.Answer>> q : questions.entrySet()) {
            List<GroupingDevSet.Answer> answers = q.getValue();
            List<SimilarityGrouper.Group<Integer>> groups = grouper.group(GroupingBenchTest.indexes(answers.size()),
                    i -> answers.get(i).text());
            List<Set<Integer>> hard = new ArrayList<>();
            List<Set<Integer>> soft = new ArrayList<>();
            for (int i = 0; i < answers.size(); i++) {
                hard.add(new HashSet<>());
                soft.add(new HashSet<>());
            }
            int with = 0, mentions = 0, right = 0, memberRight = 0, memberCount = 0;
            Set<Integer> mentioned = new HashSet<>();
            Set<Integer> covered = new HashSet<>();
            String[] dominantOf = new String[answers.size()];
            List<String> dominant = new ArrayList<>();
            for (int g = 0; g < groups.size(); g++) {
                String d = dominant(groups.get(g).members(), answers);
                dominant.add(d);
                for (int m : groups.get(g).members()) {
                    hard.get(m).add(g);
                    soft.get(m).add(g);
                    dominantOf[m] = d;
                    if (groups.get(g).size() >= 2) {
                        memberCount++;
                        memberRight += answers.get(m).tags().contains(d) ? 1 : 0;
                    }
                }
            }
            for (int g = 0; g < groups.size(); g++) {
                List<Integer> also = groups.get(g).alsoRelated();
                with += also.isEmpty() ? 0 : 1;
                for (int a : also) {
                    mentions++;
                    mentioned.add(a);
                    soft.get(a).add(g);
                    boolean ok = answers.get(a).tags().contains(dominant.get(g));
                    right += ok ? 1 : 0;
                    if (ok && answers.get(a).tags().size() > 1 && !dominant.get(g).equals(dominantOf[a])) {
                        covered.add(a);
                    }
                }
            }
            long multi = answers.stream().filter(a -> a.tags().size() > 1).count();
            List<Set<String>> labels = answers.stream().map(GroupingDevSet.Answer::tags).toList();
            ExtendedBCubed.Score h = ExtendedBCubed.score(labels, hard);
            ExtendedBCubed.Score s = ExtendedBCubed.score(labels, soft);
            System.out.printf("| %s | %d | %d | %d | %d | %d | %d | %s | %s | %d (%s) | %.3f | %.3f |%n", q.getKey(),
                    answers.size(), multi, groups.size(), with, mentions, mentioned.size(), pct(right, mentions),
                    pct(memberRight, memberCount), covered.size(), pct(covered.size(), multi), h.f(), s.f());
            if (!q.getKey().equals("QL")) {
                tAnswers += answers.size();
                tMulti += multi;
                tGroups += groups.size();
                tWith += with;
                tMentions += mentions;
                tMentioned += mentioned.size();
                tCovered += covered.size();
                tRight += right;
                tMemberRight += memberRight;
                tMemberCount += memberCount;
                hf += h.f();
                sf += s.f();
                counted++;
            }
        }
        System.out.printf("| all but QL | %d | %d | %d | %d | %d | %d | %s | %s | %d (%s) | %.3f (mean) | %.3f (mean) |%n",
                tAnswers, tMulti, tGroups, tWith, tMentions, tMentioned, pct(tRight, tMentions),
                pct(tMemberRight, tMemberCount), tCovered, pct(tCovered, tMulti), hf / counted, sf / counted);
    }

    /** The tag most members carry (first met on a tie). */
    static String dominant(List<Integer> members, List<GroupingDevSet.Answer> answers) {
        Map<String, Integer> count = new LinkedHashMap<>();
        for (int m : members) {
            answers.get(m).tags().forEach(t -> count.merge(t, 1, Integer::sum));
        }
        String best = null;
        for (Map.Entry<String, Integer> e : count.entrySet()) {
            if (best == null || e.getValue() > count.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    private static String pct(double a, double b) {
        return b == 0 ? "—" : String.format("%.0f %%", 100 * a / b);
    }
}
