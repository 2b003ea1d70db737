package fr.parlonsen.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import fr.parlonsen.analysis.TopicScoring.Coded;
import fr.parlonsen.analysis.TopicScoring.Figures;
import fr.parlonsen.analysis.TopicSuggester.Options;
import fr.parlonsen.campaign.CampaignService;
import fr.parlonsen.campaign.TopicSuggestions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Topic suggestion against human coding ({@code ../shared/data/eval/topics-2009-dev.jsonl}, read at run time),
 * scored as its README says. The headline uses the 2009 campaign as the database holds it (seed plus keyword
 * migrations) and no confirmed example; the steps switch parts of the method off or use the first seed's
 * keywords; the cross-validation shows what confirmed examples add. Run:
 * {@code deploy/test.sh -Pbench -Dtest=TopicSuggestionBenchTest}.
 */
@QuarkusTest
@Tag("bench")
class TopicSuggestionBenchTest {
    private static final int FOLDS = 5;
    private static final int REPETITIONS = 5;
    private static final String HEADLINE = "8. + a generic measure yields to a more specific topic (roles, data)"
            + " (= headline, default)";

    @Inject
    CampaignService campaigns;

    @Test
    void topicSuggestionOnTheDevSet() throws IOException {
        assertTrue(TopicScoring.available(), "the dev set must be readable at " + TopicScoring.DEV.toAbsolutePath());
        List<Coded> rows = TopicScoring.read();
        List<TopicKeywords> now = QuarkusTransaction.requiringNew()
                .call(() -> TopicSuggestions.keywords(campaigns.find("2009")));
        List<TopicKeywords> firstSeed = firstSeedKeywords(now);
        FrenchText french = new FrenchText();
        Options d = Options.DEFAULT;

        Map<String, Figures> steps = new LinkedHashMap<>();
        steps.put("1. seed V5 keywords, no weights/sharing/decisive rule", run(rows,
                new TopicSuggester(french, firstSeed, new Options(false, false, false, d.minScore(), 0, 0)), firstSeed));
        steps.put("2. + keywords enriched (V57), unweighted", run(rows,
                new TopicSuggester(french, now, new Options(false, false, false, d.minScore(), 0, 0)), now));
        steps.put("3. + keyword weights from the data", run(rows,
                new TopicSuggester(french, now, new Options(true, false, false, d.minScore(), 0, 0)), now));
        steps.put("4. + shared keywords divided", run(rows, new TopicSuggester(french, now, d.with(false, 0).withRoles(false)), now));
        steps.put("5. + weak words never decide alone (switch, off)", run(rows,
                new TopicSuggester(french, now, new Options(true, true, true, d.minScore(), 0, 0)), now));
        steps.put("6. + thesaurus synonyms ^" + TopicSuggester.SYNONYM_WEIGHT, run(rows,
                new TopicSuggester(french, now, d.withNear(0).withRoles(false)), now));
        steps.put("7. + keywords with a typo ^" + TopicSuggester.TYPO_WEIGHT, run(rows,
                new TopicSuggester(french, now, d.withRoles(false)), now));
        long start = System.nanoTime();
        TopicSuggester headlineSuggester = new TopicSuggester(french, now, d);
        steps.put(HEADLINE, run(rows, headlineSuggester, now));
        double msPerStatement = (System.nanoTime() - start) / 1e6 / rows.size();
        System.out.println("\n## Topic suggestion, dev set (" + rows.size() + " statements), no confirmed example\n");
        System.out.println(TopicScoring.header());
        steps.forEach((step, f) -> System.out.println(TopicScoring.headline(step, f)));
        Figures headline = steps.get(HEADLINE);
        if (Boolean.getBoolean("bench.topics.errors")) { // error analysis: the headline's misses, printed only
            System.out.println("\n## Headline misses (gold | alt | suggested | matched | text)\n");
            for (TopicScoring.Coded r : rows) {
                var got = headlineSuggester.suggest(r.text(), now, List.of());
                String code = got.map(TopicSuggester.Suggestion::topicCode).orElse("none");
                if (!code.equals(r.topic())) {
                    System.out.println(r.topic() + " | " + r.alt() + " | " + code + " | "
                            + got.map(g -> String.join(",", g.matched())).orElse("") + " | "
                            + r.text().replaceAll("\\s+", " "));
                }
            }
        }
        System.out.println("\nPer code (headline):\n");
        System.out.println(TopicScoring.perCodeTable(headline));

        System.out.println("\n## Minimum score: finding versus abstaining (headline method)\n");
        System.out.println(TopicScoring.header());
        for (double min : new double[] { 1.0, 1.5, 2.0, 2.5 }) {
            Options o = new Options(true, true, d.decisive(), min, d.neighbours(), d.exampleWeight(),
                    d.exampleMinSimilarity(), d.learn(), d.synonymWeight(), d.nearWeight(), d.roles());
            System.out.println(TopicScoring.headline("min score " + min, run(rows, new TopicSuggester(french, now, o), now)));
        }

        System.out.println("\n## Learning curve: a share of the coded statements confirmed as examples (seeded draws, "
                + REPETITIONS + " repetitions pooled; 80 % = " + FOLDS + "-fold), scored on the others\n");
        System.out.println("Each block compares, on the same held-out statements, the keywords alone with what the "
                + "confirmed examples add. `none` statements are examples only on the lines that say so (a person "
                + "confirming \"no topic\", TopicExample.NONE); there the held-out rows are fewer, so compare within "
                + "a line's own block with care.\n");
        System.out.println(TopicScoring.header());
        TopicSuggester withModel = new TopicSuggester(french, now, d.with(true, d.synonymWeight()));
        for (double share : new double[] { 0.10, 0.25, 0.50, 0.80 }) {
            String p = Math.round(share * 100) + " %";
            System.out.println(TopicScoring.headline(p + ": keywords only", curve(rows, share, false,
                    (examples, r) -> code(headlineSuggester, r, now, List.of()))));
            System.out.println(TopicScoring.headline(p + ": + nearest examples, calibrated (default)", curve(rows,
                    share, false, (examples, r) -> code(headlineSuggester, r, now, examples))));
            System.out.println(TopicScoring.headline(p + ": + nearest + learnt model (switch)", curve(rows, share,
                    false, (examples, r) -> code(withModel, r, now, examples))));
            System.out.println(TopicScoring.headline(p + ": default, `none` rows confirmed as no topic too",
                    curve(rows, share, true, (examples, r) -> code(headlineSuggester, r, now, examples))));
        }
        TopicSuggester fixed = new TopicSuggester(french, now, new Options(true, true, false, d.minScore(),
                d.neighbours(), TopicSuggester.EXAMPLE_WEIGHT_TIE, d.exampleMinSimilarity(), false, d.synonymWeight(),
                d.nearWeight(), true));
        System.out.println(TopicScoring.headline("80 %: nearest examples, weight fixed at "
                + TopicSuggester.EXAMPLE_WEIGHT_TIE + " (not calibrated)", curve(rows, 0.8, false,
                        (examples, r) -> code(fixed, r, now, examples))));
        List<TopicKeywords> codesOnly = now.stream().map(t -> new TopicKeywords(t.code(), "", List.of())).toList();
        TopicSuggester examplesOnly = new TopicSuggester(french, Thesaurus.NONE, codesOnly, d);
        for (double share : new double[] { 0.25, 0.80 }) {
            String p = Math.round(share * 100) + " %";
            System.out.println(TopicScoring.headline(p + ": examples only, no keywords", curve(rows, share, false,
                    (examples, r) -> code(examplesOnly, r, codesOnly, examples))));
            System.out.println(TopicScoring.headline(p + ": examples only, `none` rows confirmed as no topic too",
                    curve(rows, share, true, (examples, r) -> code(examplesOnly, r, codesOnly, examples))));
        }

        List<TopicExample> all = rows.stream().filter(r -> !r.none()).map(r -> new TopicExample(r.topic(), r.text()))
                .toList();
        long indexStart = System.nanoTime();
        headlineSuggester.suggest("premier appel", now, all);
        double indexMs = (System.nanoTime() - indexStart) / 1e6;
        List<TopicExample> onceMore = new ArrayList<>(all);
        onceMore.add(new TopicExample(all.get(0).topicCode(), "un exemple de plus confirmé par une personne"));
        long rebuildStart = System.nanoTime();
        headlineSuggester.suggest("premier appel", now, onceMore);
        double rebuildMs = (System.nanoTime() - rebuildStart) / 1e6;
        long defaultStart = System.nanoTime();
        rows.forEach(r -> headlineSuggester.suggest(r.text(), now, all));
        double defaultMs = (System.nanoTime() - defaultStart) / 1e6 / rows.size();
        long trainStart = System.nanoTime();
        withModel.suggest("premier appel", now, all);
        double trainMs = (System.nanoTime() - trainStart) / 1e6;
        long withStart = System.nanoTime();
        rows.forEach(r -> withModel.suggest(r.text(), now, all));
        double withMs = (System.nanoTime() - withStart) / 1e6 / rows.size();
        System.out.println("\n## Timing (this machine, shared)\n");
        System.out.println("| what | ms |\n|---|---|");
        System.out.printf("| one suggestion, keywords and synonyms (first list compiled included) | %.2f |%n", msPerStatement);
        System.out.printf("| index + calibration for %d examples (default; once per change of the examples) | %.0f |%n",
                all.size(), indexMs);
        System.out.printf("| the same after one more example (keyword scores of known texts kept) | %.0f |%n", rebuildMs);
        System.out.printf("| one suggestion with %d examples (default) | %.2f |%n", all.size(), defaultMs);
        System.out.printf("| index + calibration + model for %d examples (switch) | %.0f |%n", all.size(), trainMs);
        System.out.printf("| one suggestion with %d examples, nearest + model | %.2f |%n", all.size(), withMs);
    }

    private static String code(TopicSuggester s, Coded r, List<TopicKeywords> topics, List<TopicExample> examples) {
        return s.suggest(r.text(), topics, examples).map(TopicSuggester.Suggestion::topicCode).orElse(null);
    }

    /**
     * A share of the coded statements as confirmed examples (oldest first in a seeded shuffle), predictions on all
     * the other statements, pooled over the repetitions; at 0.8, the folds of a {@value #FOLDS}-fold split.
     * {@code none}: the statements coded {@code none} are drawn too, as examples of "no topic".
     */
    private static Figures curve(List<Coded> rows, double share, boolean none,
            BiFunction<List<TopicExample>, Coded, String> suggest) {
        List<Coded> coded = rows.stream().filter(r -> none || !r.none()).toList();
        Map<Coded, String> predictions = new LinkedHashMap<>();
        for (int rep = 0; rep < REPETITIONS; rep++) {
            List<Coded> shuffled = new ArrayList<>(coded);
            Collections.shuffle(shuffled, new Random(1000 + rep));
            Set<Coded> train = new HashSet<>();
            for (int i = 0; i < shuffled.size(); i++) {
                if (share >= 0.8 ? i % FOLDS != rep : i < Math.round(share * shuffled.size())) {
                    train.add(shuffled.get(i));
                }
            }
            List<TopicExample> examples = shuffled.stream().filter(train::contains)
                    .map(c -> new TopicExample(c.none() ? TopicExample.NONE : c.topic(), c.text())).toList();
            for (Coded r : rows) {
                if (!train.contains(r)) {
                    predictions.put(new Coded(r.uid() + "#" + rep, r.text(), r.topic(), r.alt()), suggest.apply(examples, r));
                }
            }
        }
        return TopicScoring.score(predictions);
    }

    private static Figures run(List<Coded> rows, TopicSuggester s, List<TopicKeywords> topics) {
        return TopicScoring.score(rows, r -> s.suggest(r.text(), topics, List.of())
                .map(TopicSuggester.Suggestion::topicCode).orElse(null));
    }

    /** The keyword lists of the first 2009 seed (V5), read from the migration, with today's codes and titles. */
    private static List<TopicKeywords> firstSeedKeywords(List<TopicKeywords> now) throws IOException {
        String sql;
        try (InputStream in = TopicSuggestionBenchTest.class.getResourceAsStream("/db/migration/V5__seed_campaign_2009.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, List<String>> byCode = new LinkedHashMap<>();
        Matcher m = Pattern.compile("\\(@c, @t\\d, '([^']+)', '(?:[^']|'')+', '(?:[^']|'')*',\\s*'((?:[^']|'')*)', \\d+\\)")
                .matcher(sql);
        while (m.find()) {
            byCode.put(m.group(1), Arrays.stream(m.group(2).replace("''", "'").split(",")).map(String::strip).toList());
        }
        return now.stream().map(t -> new TopicKeywords(t.code(), t.title(), byCode.getOrDefault(t.code(), List.of())))
                .toList();
    }
}
