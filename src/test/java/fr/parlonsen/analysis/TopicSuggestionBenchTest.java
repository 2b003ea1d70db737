package fr.parlonsen.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        steps.put("4. + shared keywords divided (= headline, default)", run(rows, new TopicSuggester(french, now, d), now));
        steps.put("5. + weak words never decide alone (switch, off)", run(rows,
                new TopicSuggester(french, now, new Options(true, true, true, d.minScore(), 0, 0)), now));
        System.out.println("\n## Topic suggestion, dev set (" + rows.size() + " statements), no confirmed example\n");
        System.out.println(TopicScoring.header());
        steps.forEach((step, f) -> System.out.println(TopicScoring.headline(step, f)));
        Figures headline = steps.get("4. + shared keywords divided (= headline, default)");
        System.out.println("\nPer code (headline):\n");
        System.out.println(TopicScoring.perCodeTable(headline));

        System.out.println("\n## Minimum score: finding versus abstaining (headline method)\n");
        System.out.println(TopicScoring.header());
        for (double min : new double[] { 1.0, 1.5, 2.0, 2.5 }) {
            Options o = new Options(true, true, d.decisive(), min, d.neighbours(), d.exampleWeight());
            System.out.println(TopicScoring.headline("min score " + min, run(rows, new TopicSuggester(french, now, o), now)));
        }

        System.out.println("\n## Learning: " + FOLDS + "-fold cross-validation, the other folds' coded statements "
                + "as confirmed examples (not the headline)\n");
        System.out.println(TopicScoring.header());
        System.out.println(TopicScoring.headline("no example (headline)", headline));
        for (int[] kw : new int[][] { { 10, 15 }, { 5, 20 }, { 10, 10 }, { 10, 20 }, { 3, 15 } }) {
            Options o = new Options(true, true, d.decisive(), d.minScore(), kw[0], kw[1] / 10.0);
            System.out.println(TopicScoring.headline("examples, k=" + kw[0] + ", weight " + kw[1] / 10.0,
                    crossValidated(rows, new TopicSuggester(french, now, o), now)));
        }
        Options keywordsOff = d;
        List<TopicKeywords> codesOnly = now.stream().map(t -> new TopicKeywords(t.code(), "", List.of())).toList();
        System.out.println(TopicScoring.headline("examples only (no keywords)", crossValidated(rows,
                new TopicSuggester(french, codesOnly, keywordsOff), codesOnly)));
    }

    private static Figures run(List<Coded> rows, TopicSuggester s, List<TopicKeywords> topics) {
        return TopicScoring.score(rows, r -> s.suggest(r.text(), topics, List.of())
                .map(TopicSuggester.Suggestion::topicCode).orElse(null));
    }

    /** Fold by position (rows are in the file's order): train on the others' coded statements, test on this one. */
    private static Figures crossValidated(List<Coded> rows, TopicSuggester s, List<TopicKeywords> topics) {
        Map<Coded, String> predictions = new LinkedHashMap<>();
        List<TopicKeywords> titles = topics;
        for (int fold = 0; fold < FOLDS; fold++) {
            List<TopicExample> train = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (i % FOLDS != fold && !rows.get(i).none()) {
                    train.add(new TopicExample(rows.get(i).topic(), rows.get(i).text()));
                }
            }
            List<TopicExample> examples = List.copyOf(train);
            for (int i = fold; i < rows.size(); i += FOLDS) {
                Coded r = rows.get(i);
                predictions.put(r, s.suggest(r.text(), titles, examples).map(TopicSuggester.Suggestion::topicCode)
                        .orElse(null));
            }
        }
        return TopicScoring.score(predictions);
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
