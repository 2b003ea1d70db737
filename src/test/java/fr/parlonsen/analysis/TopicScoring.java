package fr.parlonsen.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Scores topic suggestions against a human-coded set exactly as {@code ../shared/data/eval/README.md} says:
 * micro-F1 over the statements that have a topic (P, R), the same with {@code alt} accepted, macro-F1, per-code
 * F1, and abstention on {@code none}. Reads the file at run time; nothing of it is kept in the repository.
 */
final class TopicScoring {
    /** ../shared/data/eval (or $PARLONSEN_EVAL_DIR) as seen from the repository, else /work/shared/data/eval (worktrees). */
    static final Path DEV = devFile();

    private static Path devFile() {
        String dir = System.getenv("PARLONSEN_EVAL_DIR");
        Path first = Path.of(dir == null ? "../shared/data/eval" : dir, "topics-2009-dev.jsonl");
        Path fallback = Path.of("/work/shared/data/eval/topics-2009-dev.jsonl");
        return Files.isReadable(first) || !Files.isReadable(fallback) ? first : fallback;
    }

    record Coded(String uid, String text, String topic, String alt) {
        boolean none() {
            return "none".equals(topic);
        }
    }

    record Figures(double p, double r, double f1, double pAlt, double rAlt, double f1Alt, double macroF1,
            double macroF1Alt, double noneSuggested, double noneOtherThanAlt, int coded, int none,
            Map<String, double[]> perCode) {
    }

    private TopicScoring() {
    }

    static boolean available() {
        return Files.isReadable(DEV);
    }

    static List<Coded> read() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Coded> out = new ArrayList<>();
        for (String line : Files.readAllLines(DEV)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = json.readTree(line);
            JsonNode alt = n.get("alt");
            out.add(new Coded(n.get("uid").asText(), n.get("text").asText(), n.get("topic").asText(),
                    alt == null || alt.isNull() ? null : alt.asText()));
        }
        return out;
    }

    /** {@code suggest} gives a code or null (no suggestion). */
    static Figures score(List<Coded> rows, Function<Coded, String> suggest) {
        Map<Coded, String> p = new LinkedHashMap<>();
        rows.forEach(r -> p.put(r, suggest.apply(r)));
        return score(p);
    }

    static Figures score(Map<Coded, String> predictions) {
        int tp = 0, fp = 0, fn = 0, tpA = 0, fpA = 0, fnA = 0, none = 0, noneSug = 0, noneOther = 0, coded = 0;
        Map<String, int[]> perCode = new TreeMap<>(); // tp, fp, fn
        Map<String, int[]> perCodeAlt = new TreeMap<>();
        for (Map.Entry<Coded, String> e : predictions.entrySet()) {
            Coded c = e.getKey();
            String s = e.getValue();
            if (c.none()) {
                none++;
                if (s != null) {
                    noneSug++;
                    if (!s.equals(c.alt())) {
                        noneOther++;
                    }
                }
                continue;
            }
            coded++;
            boolean ok = c.topic().equals(s);
            boolean okAlt = ok || (s != null && s.equals(c.alt()));
            tp += ok ? 1 : 0;
            fp += s != null && !ok ? 1 : 0;
            fn += ok ? 0 : 1;
            tpA += okAlt ? 1 : 0;
            fpA += s != null && !okAlt ? 1 : 0;
            fnA += okAlt ? 0 : 1;
            count(perCode, c.topic(), s);
            count(perCodeAlt, okAlt && s != null ? s : c.topic(), s);
        }
        Map<String, double[]> table = new TreeMap<>();
        for (Map.Entry<String, int[]> e : perCode.entrySet()) {
            int[] v = e.getValue();
            if (v[3] > 0) {
                table.put(e.getKey(), new double[] { v[3], f1(v), v[0], v[1], v[2] });
            }
        }
        double macro = table.values().stream().mapToDouble(v -> v[1]).average().orElse(0);
        double macroAlt = perCodeAlt.values().stream().filter(v -> v[3] > 0).mapToDouble(TopicScoring::f1).average()
                .orElse(0);
        double pr = ratio(tp, tp + fp), re = ratio(tp, tp + fn), prA = ratio(tpA, tpA + fpA), reA = ratio(tpA, tpA + fnA);
        return new Figures(pr, re, f(pr, re), prA, reA, f(prA, reA), macro, macroAlt, ratio(noneSug, none),
                ratio(noneOther, none), coded, none, table);
    }

    /** tp, fp, fn and support of code c, over statements that have a topic. */
    private static void count(Map<String, int[]> perCode, String gold, String s) {
        perCode.computeIfAbsent(gold, k -> new int[4])[3]++;
        if (gold.equals(s)) {
            perCode.get(gold)[0]++;
        } else {
            perCode.get(gold)[2]++;
            if (s != null) {
                perCode.computeIfAbsent(s, k -> new int[4])[1]++;
            }
        }
    }

    private static double f1(int[] v) {
        return 2.0 * v[0] + v[1] + v[2] == 0 ? 0 : 2.0 * v[0] / (2.0 * v[0] + v[1] + v[2]);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static String headline(String step, Figures f) {
        return String.format("| %-44s | %.3f (%.2f / %.2f) | %.3f (%.2f / %.2f) | %.3f | %.3f | %.2f | %.2f |", step,
                f.f1(), f.p(), f.r(), f.f1Alt(), f.pAlt(), f.rAlt(), f.macroF1(), f.macroF1Alt(), f.noneSuggested(),
                f.noneOtherThanAlt());
    }

    static String header() {
        return "| step | micro-F1 (P / R) | micro-F1 alt accepted (P / R) | macro-F1 | macro-F1 alt | none suggested | none other than alt |\n"
                + "|---|---|---|---|---|---|---|";
    }

    static String perCodeTable(Figures f) {
        StringBuilder b = new StringBuilder("| code | statements | F1 | TP | FP | FN |\n|---|---|---|---|---|---|\n");
        new TreeSet<>(f.perCode().keySet()).forEach(code -> {
            double[] v = f.perCode().get(code);
            b.append(String.format("| %s | %d | %.2f | %d | %d | %d |%n", code, (int) v[0], v[1], (int) v[2],
                    (int) v[3], (int) v[4]));
        });
        return b.toString();
    }
}
