package fr.parlonsen.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suggests the campaign sub-topic of a citizen's question or a minutes item from the campaign's own data: the
 * keywords and title of each sub-topic, and the examples people confirmed ({@link TopicExample}). Nothing in it
 * knows a particular campaign.
 *
 * <p>Text and keywords go through {@link FrenchText}, so accents, case, plurals and elisions do not matter.
 * A keyword matches a run of consecutive terms of the text whose concatenation equals the keyword's, so that
 * "vidéoprotection", "vidéo-protection" and "vidéo protection" meet. Scoring, per topic:
 * <ul>
 *   <li>a single-word keyword found: 1 point; a phrase of n words: n + 0.5 points; a keyword written
 *   {@code mot^0.4} in the campaign data weighs that much more or less (a generic word that must not decide
 *   alone, a specific measure that must win); a negative weight ({@code immigration^-2}) is a word that points
 *   away from the topic;</li>
 *   <li>a keyword written {@code plainte & internet} needs each of its parts somewhere in the text, in any
 *   order: points as a phrase of as many words as it has parts (a measure said in so many words);</li>
 *   <li>a keyword that several topics of the list share is divided among them (not a negative one);</li>
 *   <li>a keyword found k times counts (1 + ln k) times its points;</li>
 *   <li>longer keywords are matched first and the words they cover are not counted again for that topic;</li>
 *   <li>each word of the topic title found among the remaining words: 0.5 point;</li>
 *   <li>typos: a one-word keyword whose stem is one letter away from a word left in the text (both of
 *   {@value #TYPO_MIN_LENGTH} letters or more) brings {@value #TYPO_WEIGHT} of its points;</li>
 *   <li>synonyms: the one-word synonyms that Debian's French thesaurus ({@link Thesaurus}, read at run time)
 *   gives for a topic's keywords count {@value #SYNONYM_WEIGHT} point each ({@link #withSynonyms(List)});</li>
 *   <li>examples: the {@value #NEIGHBOURS} examples most similar to the text ({@link TopicExampleIndex}: cosine
 *   of IDF-weighted words and character n-grams, at least {@value #EXAMPLE_MIN_SIMILARITY}) vote for their
 *   topics with their similarity squared; a topic gets w × its share of the votes, the votes counting with
 *   {@value #EXAMPLE_PRIOR} that no example casts (a vote needs near examples to be sure). The examples' weight w
 *   is calibrated on the examples themselves ({@link #calibrated}): with good keywords it stays low, with no
 *   keywords it decides. Examples confirmed as "no topic" ({@link TopicExample#NONE}) raise the minimum score
 *   by w × their share: they teach abstention. A switch also trains a {@link TopicModel} on the examples that
 *   re-ranks the topics (off: on the dev set it did not pay).</li>
 * </ul>
 * A topic needs {@value #MIN_SCORE} point to be suggested, otherwise there is no suggestion (the text does not
 * say enough): a weak word ({@code police^0.3}) or a title word alone never reaches it, and words pointing away
 * take points off. When the campaign data gives the sub-topics a role ({@link TopicKeywords.Role}), a generic
 * measure at the top yields to a more specific topic that also reaches the minimum with at least
 * {@value #GENERIC_YIELDS_TO} of its score (the coding rule "a generic measure does not override a specific
 * problem"; {@link #genericYields}). (A stricter rule, "at least one keyword of weight 1", is a switch of {@link Options}: on the
 * dev set it abstained a little more but found less, so it is off.) Ties go to the topic listed first.
 * Thread-safe.
 */
@ApplicationScoped
public class TopicSuggester {

    /** The topic, its score and the keywords (then title words) found, as written in the topic list. */
    public record Suggestion(String topicCode, double score, List<String> matched) {
        public Suggestion {
            matched = List.copyOf(matched);
        }
    }

    static final double MIN_SCORE = 1.0;
    static final int NEIGHBOURS = 10;
    /** {@link Options#exampleWeight} that means "calibrated on the examples" ({@link #calibrated}). */
    public static final double CALIBRATED = -1;
    static final double EXAMPLE_WEIGHT = CALIBRATED;
    static final double[] EXAMPLE_WEIGHTS = { 0, 0.5, 1, 1.5, 2, 3, 4, 6, 8 };
    /** The examples' weight kept when the examples cannot tell (too few, or every weight equally right). */
    static final double EXAMPLE_WEIGHT_TIE = 3;
    static final double EXAMPLE_MIN_SIMILARITY = 0.1;
    /**
     * F1 on the examples that a vote must gain over the keywords alone to be trusted at all, plus two examples'
     * worth (with few examples, one more right is chance).
     */
    static final double CALIBRATION_MARGIN = 0.02;
    /** Votes that no example casts: a vote needs near examples to count, a lone distant one says little. */
    static final double EXAMPLE_PRIOR = 0.3;
    private static final double PHRASE_BONUS = 0.5;
    private static final double TITLE_WORD_POINTS = 0.5;
    static final double SYNONYM_WEIGHT = 0.3;
    /** Share of a generic measure's score that a more specific topic needs to go before it ({@link Options#roles}). */
    static final double GENERIC_YIELDS_TO = 0.4;
    /** A keyword found with a typo brings this share of its points (alone it never reaches the minimum). */
    static final double TYPO_WEIGHT = 0.7;
    /** Keywords weighing less than this (generic words) lend no synonyms. */
    private static final double SYNONYM_SOURCE_MIN_WEIGHT = 0.7;
    /** Learnt points above which the suggestion says it came from examples. */
    private static final double LEARNT_SHOWN = 0.25;
    private static final int MAX_CACHED_LISTS = 32;
    private static final Pattern BOOST = Pattern.compile("^(.*?)\\s*\\^\\s*(-?[0-9]+(?:[.,][0-9]+)?)$");

    private final FrenchText french;
    private final Thesaurus thesaurus;
    private final List<TopicKeywords> defaultTopics;
    private final Options options;

    /**
     * The method's switches, for benchmarks that measure what each step brings; {@link #DEFAULT} is what runs.
     *
     * @param weights       keyword weights ({@code mot^0.4}) from the campaign data are used (else all 1, and
     *                      the negative ones left out)
     * @param shared        a keyword several topics share is divided among them
     * @param decisive      weak words and title words never decide alone
     * @param minScore      score a topic needs
     * @param neighbours    nearest examples considered
     * @param exampleWeight points an example of similarity 1 brings
     * @param exampleMinSimilarity examples less similar than this (cosine) are not neighbours
     * @param learn         the examples also train a {@link TopicModel} that re-ranks the topics
     * @param synonymWeight points of a thesaurus synonym of a keyword (0: no synonyms), see
     *                      {@link #withSynonyms(List)}
     * @param nearWeight    share of its points a one-word keyword brings when a word of the text is only a typo
     *                      away from it ({@link #near(String, String)}); 0: exact words only
     * @param roles         the sub-topics' roles from the campaign data ({@link TopicKeywords.Role}) order the
     *                      topics that reach the minimum: a generic measure yields to a more specific topic
     */
    public record Options(boolean weights, boolean shared, boolean decisive, double minScore, int neighbours,
            double exampleWeight, double exampleMinSimilarity, boolean learn, double synonymWeight,
            double nearWeight, boolean roles) {
        public static final Options DEFAULT = new Options(true, true, false, MIN_SCORE, NEIGHBOURS, EXAMPLE_WEIGHT,
                EXAMPLE_MIN_SIMILARITY, false, SYNONYM_WEIGHT, TYPO_WEIGHT, true);

        public Options(boolean weights, boolean shared, boolean decisive, double minScore, int neighbours,
                double exampleWeight, double exampleMinSimilarity, boolean learn, double synonymWeight,
                double nearWeight) {
            this(weights, shared, decisive, minScore, neighbours, exampleWeight, exampleMinSimilarity, learn,
                    synonymWeight, nearWeight, false);
        }

        /** The same switches with {@code roles} changed. */
        public Options withRoles(boolean on) {
            return new Options(weights, shared, decisive, minScore, neighbours, exampleWeight, exampleMinSimilarity,
                    learn, synonymWeight, nearWeight, on);
        }

        public Options(boolean weights, boolean shared, boolean decisive, double minScore, int neighbours,
                double exampleWeight, double exampleMinSimilarity, boolean learn, double synonymWeight) {
            this(weights, shared, decisive, minScore, neighbours, exampleWeight, exampleMinSimilarity, learn,
                    synonymWeight, 0);
        }

        /** The same switches with {@code nearWeight} changed. */
        public Options withNear(double weight) {
            return new Options(weights, shared, decisive, minScore, neighbours, exampleWeight, exampleMinSimilarity,
                    learn, synonymWeight, weight, roles);
        }

        public Options(boolean weights, boolean shared, boolean decisive, double minScore, int neighbours,
                double exampleWeight, double exampleMinSimilarity) {
            this(weights, shared, decisive, minScore, neighbours, exampleWeight, exampleMinSimilarity, false, 0);
        }

        /** The same switches with {@code learn} and {@code synonymWeight} changed. */
        public Options with(boolean learn, double synonymWeight) {
            return new Options(weights, shared, decisive, minScore, neighbours, exampleWeight, exampleMinSimilarity,
                    learn, synonymWeight, nearWeight, roles);
        }

        public Options(boolean weights, boolean shared, boolean decisive, double minScore, int neighbours,
                double exampleWeight) {
            this(weights, shared, decisive, minScore, neighbours, exampleWeight, EXAMPLE_MIN_SIMILARITY);
        }
    }
    private final Map<List<TopicKeywords>, List<CompiledTopic>> compiled = new ConcurrentHashMap<>();
    private final LearnedCache learnedCache = new LearnedCache();
    private final KeywordScoreCache keywordScoreCache = new KeywordScoreCache();

    /** No topics by default: callers give their campaign's topics. */
    public TopicSuggester() {
        this(new FrenchText(), List.of());
    }

    public TopicSuggester(List<TopicKeywords> defaultTopics) {
        this(new FrenchText(), defaultTopics);
    }

    public TopicSuggester(FrenchText french, List<TopicKeywords> defaultTopics) {
        this(french, defaultTopics, Options.DEFAULT);
    }

    /** With other switches (benchmarks measure what each step of the method brings). */
    public TopicSuggester(FrenchText french, List<TopicKeywords> defaultTopics, Options options) {
        this(french, Thesaurus.shared(), defaultTopics, options);
    }

    /** With a given thesaurus ({@link Thesaurus#NONE}: keywords only). */
    public TopicSuggester(FrenchText french, Thesaurus thesaurus, List<TopicKeywords> defaultTopics, Options options) {
        this.french = Objects.requireNonNull(french);
        this.thesaurus = Objects.requireNonNull(thesaurus);
        this.defaultTopics = List.copyOf(defaultTopics);
        this.options = Objects.requireNonNull(options);
    }

    /** The best topic among those given at construction. */
    public Optional<Suggestion> suggest(String text) {
        return suggest(text, defaultTopics);
    }

    /** The best topic for {@code text}, or empty when no topic reaches the minimum score. */
    public Optional<Suggestion> suggest(String text, List<TopicKeywords> topics) {
        return rank(text, topics).stream().findFirst();
    }

    /** The best topic, learning from the campaign's examples too. */
    public Optional<Suggestion> suggest(String text, List<TopicKeywords> topics, List<TopicExample> examples) {
        return rank(text, topics, examples).stream().findFirst();
    }

    /** Every topic reaching the minimum score, best first; equal scores keep the order of {@code topics}. */
    public List<Suggestion> rank(String text, List<TopicKeywords> topics) {
        return rank(text, topics, List.of());
    }

    /**
     * As {@link #rank(String, List)}, with the examples people confirmed. Examples of unknown topics are ignored.
     * The text is suggested a topic when its keywords and nearest examples give some topic the minimum score;
     * the topics are then ranked with what the examples taught ({@link TopicModel}) added, and those still at
     * the minimum kept (the best one at least).
     */
    public List<Suggestion> rank(String text, List<TopicKeywords> topics, List<TopicExample> examples) {
        List<String> terms = french.terms(text);
        List<Suggestion> suggestions = new ArrayList<>();
        if (terms.isEmpty()) {
            return suggestions;
        }
        List<CompiledTopic> compiledTopics = compile(topics);
        Learned learned = examples.isEmpty() ? null : learned(examples, compiledTopics);
        double weight = learned == null ? 0 : learned.weight();
        TopicExampleIndex.Vote vote = weight <= 0 ? TopicExampleIndex.Vote.EMPTY
                : learned.index().vote(terms, options.neighbours(), options.exampleMinSimilarity());
        double mass = vote.total() + EXAMPLE_PRIOR;
        double bar = options.minScore() + weight * vote.of(TopicExample.NONE) / mass;
        double[] adjustments = learned == null || learned.model() == null ? null : learned.model().adjustments(terms);
        boolean reached = false;
        for (int t = 0; t < compiledTopics.size(); t++) {
            CompiledTopic topic = compiledTopics.get(t);
            Scored scored = topic.score(terms);
            Suggestion suggestion = scored.suggestion();
            boolean decisive = scored.decisive();
            double share = vote.of(topic.code()) / mass;
            List<String> matched = suggestion.matched();
            double score = suggestion.score();
            if (share * weight > LEARNT_SHOWN) {
                matched = new ArrayList<>(matched);
                matched.add("exemples confirmés");
                decisive = true;
            }
            score += weight * share;
            reached |= (decisive || !options.decisive()) && score >= bar;
            if (adjustments != null) {
                if (adjustments[t] > LEARNT_SHOWN && share * weight <= LEARNT_SHOWN) {
                    matched = new ArrayList<>(matched);
                    matched.add("exemples confirmés");
                }
                score += adjustments[t];
            }
            suggestions.add(new Suggestion(topic.code(), score, matched));
        }
        if (!reached) {
            return new ArrayList<>();
        }
        suggestions.sort(Comparator.comparingDouble(Suggestion::score).reversed()); // stable: ties keep order
        if (options.roles()) {
            genericYields(suggestions, compiledTopics, bar);
        }
        List<Suggestion> kept = new ArrayList<>();
        for (Suggestion s : suggestions) {
            if (kept.isEmpty() || s.score() >= bar) {
                kept.add(s);
            }
        }
        return kept;
    }

    /**
     * When the best topic is a {@link TopicKeywords.Role#GENERIC generic measure} ("more police", patrols) and a
     * topic that is not one also reaches the minimum score with at least {@value #GENERIC_YIELDS_TO} of the best
     * score, that topic goes first: the statement names something more specific (a problem, a specific measure)
     * and a generic measure does not override it. The roles are campaign data; topics without one never move.
     */
    private static void genericYields(List<Suggestion> sorted, List<CompiledTopic> topics, double bar) {
        Map<String, TopicKeywords.Role> roles = new HashMap<>();
        topics.forEach(t -> roles.putIfAbsent(t.code(), t.role()));
        Suggestion best = sorted.get(0);
        if (roles.get(best.topicCode()) != TopicKeywords.Role.GENERIC) {
            return;
        }
        for (int i = 1; i < sorted.size(); i++) {
            Suggestion s = sorted.get(i);
            if (s.score() < bar || s.score() < GENERIC_YIELDS_TO * best.score()) {
                return;
            }
            if (roles.get(s.topicCode()) != TopicKeywords.Role.GENERIC) {
                sorted.remove(i);
                sorted.add(0, s);
                return;
            }
        }
    }

    /** The nearest-example index and the model learnt from the examples, for this compiled topic list. */
    private record Learned(TopicExampleIndex index, TopicModel model, double weight) {
    }

    private Learned learned(List<TopicExample> examples, List<CompiledTopic> compiledTopics) {
        return learnedCache.get(examples, compiledTopics, () -> {
            TopicExampleIndex index = new TopicExampleIndex(examples, french);
            double weight = options.exampleWeight() < 0 ? calibrated(index, compiledTopics) : options.exampleWeight();
            if (!options.learn()) {
                return new Learned(index, null, weight);
            }
            Map<String, Integer> position = new HashMap<>();
            for (int t = 0; t < compiledTopics.size(); t++) {
                position.putIfAbsent(compiledTopics.get(t).code(), t);
            }
            List<TopicModel.Sample> samples = new ArrayList<>();
            for (TopicExample e : examples) {
                Integer topic = position.get(e.topicCode());
                List<String> terms = french.terms(e.text());
                if (topic == null || terms.isEmpty()) {
                    continue;
                }
                double[] offsets = new double[compiledTopics.size()];
                for (int t = 0; t < offsets.length; t++) {
                    offsets[t] = compiledTopics.get(t).score(terms).suggestion().score();
                }
                samples.add(new TopicModel.Sample(terms, topic, offsets));
            }
            return new Learned(index, samples.isEmpty() ? null : new TopicModel(compiledTopics.size(), samples),
                    weight);
        });
    }

    /**
     * How much the examples' vote weighs, judged on the examples themselves: each example is suggested a topic
     * from its keywords and the vote of the other examples (itself left out) for each weight of
     * {@link #EXAMPLE_WEIGHTS}, and the weight with the best micro-F1 on them is kept ("no topic" counting as
     * one more class: nothing suggested is right for it). A weight above 0 must gain {@value #CALIBRATION_MARGIN}
     * (and two examples) over the keywords alone; when every weight does as well, the examples cannot tell and
     * {@value #EXAMPLE_WEIGHT_TIE} is kept. With good keywords and examples that resemble each other little, the vote weighs little; with no
     * keywords, or examples that the keywords get wrong and their neighbours right, it weighs much.
     */
    private double calibrated(TopicExampleIndex index, List<CompiledTopic> topics) {
        int n = index.size();
        double[][] keywordScores = new double[n][];
        TopicExampleIndex.Vote[] votes = new TopicExampleIndex.Vote[n];
        Map<List<String>, double[]> known = keywordScoreCache.of(topics);
        for (int i = 0; i < n; i++) {
            List<String> terms = index.termsAt(i);
            keywordScores[i] = known.computeIfAbsent(terms,
                    k -> topics.stream().mapToDouble(t -> t.score(k).suggestion().score()).toArray());
            votes[i] = index.voteLeavingOut(i, options.neighbours(), options.exampleMinSimilarity());
        }
        double best = 0;
        double bestF1 = -1;
        double lowest = Double.MAX_VALUE;
        for (double weight : EXAMPLE_WEIGHTS) {
            int right = 0;
            int wrong = 0;
            for (int i = 0; i < n; i++) {
                String expected = index.topicAt(i);
                String got = decide(keywordScores[i], votes[i], weight, topics);
                boolean none = TopicExample.NONE.equals(expected);
                if (got != null && got.equals(expected) || got == null && none) {
                    right++;
                } else if (got != null) {
                    wrong++;
                }
            }
            // micro-F1 over the examples, "no topic" being one more class: a suggestion for such an example is
            // a wrong one, no suggestion a right one
            double f1 = right == 0 ? 0 : 2.0 * right / (right + n + wrong);
            if (f1 > bestF1 + (weight > 0 && best == 0 ? CALIBRATION_MARGIN + 2.0 / n : 1e-9)) {
                best = weight;
                bestF1 = f1;
            }
            lowest = Math.min(lowest, f1);
        }
        if (bestF1 - lowest <= 1e-9) {
            best = EXAMPLE_WEIGHT_TIE; // every weight does as well: the examples cannot tell
        }
        return best;
    }

    /** The topic {@link #rank} would suggest from these keyword scores and this vote (without the model). */
    private String decide(double[] keywordScores, TopicExampleIndex.Vote vote, double weight,
            List<CompiledTopic> topics) {
        double mass = vote.total() + EXAMPLE_PRIOR;
        double bar = options.minScore() + weight * vote.of(TopicExample.NONE) / mass;
        List<Suggestion> scored = new ArrayList<>();
        for (int t = 0; t < topics.size(); t++) {
            scored.add(new Suggestion(topics.get(t).code(),
                    keywordScores[t] + weight * vote.of(topics.get(t).code()) / mass, List.of()));
        }
        scored.sort(Comparator.comparingDouble(Suggestion::score).reversed());
        if (scored.isEmpty() || scored.get(0).score() < bar) {
            return null;
        }
        if (options.roles()) {
            genericYields(scored, topics, bar);
        }
        return scored.get(0).topicCode();
    }

    private List<CompiledTopic> compile(List<TopicKeywords> topics) {
        List<CompiledTopic> cached = compiled.get(topics);
        if (cached != null) {
            return cached;
        }
        if (compiled.size() >= MAX_CACHED_LISTS) {
            compiled.clear();
        }
        List<CompiledTopic> result = withSynonyms(topics).stream().map(this::compile).toList();
        // a keyword several topics share says less about each of them
        Map<String, Integer> topicsPerKeyword = new HashMap<>();
        result.forEach(t -> t.keywords().stream().map(Keyword::joined).distinct()
                .forEach(j -> topicsPerKeyword.merge(j, options.shared() ? 1 : 0, Integer::sum)));
        result = result.stream().map(t -> new CompiledTopic(t.code(), t.keywords().stream()
                .map(k -> k.divided(topicsPerKeyword.get(k.joined()))).toList(), t.titleWords(), t.near(), t.role()))
                .toList();
        compiled.put(List.copyOf(topics), result);
        return result;
    }

    /**
     * The topics with, added to each, the one-word thesaurus synonyms of its one-word keywords (those of weight
     * {@value #SYNONYM_SOURCE_MIN_WEIGHT} or more), each worth {@code synonymWeight} points: "bicyclette" for
     * "vélo", "pillage" for "vol". The thesaurus mixes every sense of a word, so a synonym weighs little and needs
     * other words to decide; a synonym that is already a keyword of some topic is left to that keyword, and one
     * that several topics get is divided among them like any shared keyword.
     */
    List<TopicKeywords> withSynonyms(List<TopicKeywords> topics) {
        if (options.synonymWeight() <= 0 || thesaurus.isEmpty()) {
            return topics;
        }
        java.util.Set<String> known = new java.util.HashSet<>();
        for (TopicKeywords topic : topics) {
            for (String keyword : topic.keywords()) {
                known.add(String.join("", french.terms(unweighted(keyword))));
            }
        }
        String weight = "^" + options.synonymWeight();
        List<TopicKeywords> out = new ArrayList<>();
        for (TopicKeywords topic : topics) {
            Map<String, String> added = new LinkedHashMap<>(); // term → synonym as written
            for (String keyword : topic.keywords()) {
                String word = unweighted(keyword);
                Matcher m = BOOST.matcher(keyword.strip());
                double boost = m.matches() ? Double.parseDouble(m.group(2).replace(',', '.')) : 1;
                if (boost < SYNONYM_SOURCE_MIN_WEIGHT || word.contains("&") || french.terms(word).size() != 1) {
                    continue;
                }
                for (String synonym : thesaurus.synonyms(word.toLowerCase(java.util.Locale.ROOT))) {
                    List<String> terms = french.terms(synonym);
                    if (terms.size() == 1 && !known.contains(terms.get(0))) {
                        added.putIfAbsent(terms.get(0), synonym + weight);
                    }
                }
            }
            if (added.isEmpty()) {
                out.add(topic);
            } else {
                List<String> keywords = new ArrayList<>(topic.keywords());
                keywords.addAll(added.values());
                out.add(new TopicKeywords(topic.code(), topic.title(), keywords, topic.role()));
            }
        }
        return out;
    }

    private static String unweighted(String keyword) {
        Matcher m = BOOST.matcher(keyword.strip());
        return m.matches() ? m.group(1).strip() : keyword.strip();
    }

    private CompiledTopic compile(TopicKeywords topic) {
        List<Keyword> keywords = new ArrayList<>();
        for (int i = 0; i < topic.keywords().size(); i++) {
            String keyword = topic.keywords().get(i);
            double boost = 1;
            Matcher m = BOOST.matcher(keyword.strip());
            if (m.matches()) {
                keyword = m.group(1);
                boost = Double.parseDouble(m.group(2).replace(',', '.'));
                if (!options.weights()) {
                    if (boost < 0) {
                        continue;
                    }
                    boost = 1;
                }
            }
            List<String> parts = new ArrayList<>();
            int words = 0;
            for (String part : keyword.split("&")) {
                List<String> terms = french.terms(part);
                if (!terms.isEmpty()) {
                    parts.add(String.join("", terms));
                    words += terms.size();
                }
            }
            if (!parts.isEmpty()) {
                int size = parts.size() > 1 ? Math.max(words, parts.size()) : words;
                double points = (size == 1 ? 1 : size + PHRASE_BONUS) * boost;
                keywords.add(new Keyword(i, keyword.strip(), String.join("&", parts), List.copyOf(parts), points,
                        boost >= 1, words));
            }
        }
        // Longest first, so that "police municipale" takes its words before "police" could.
        keywords.sort(Comparator.comparingInt((Keyword k) -> k.joined().length()).reversed());
        Map<String, String> titleWords = new LinkedHashMap<>();
        for (String word : topic.title().split("[\\s'’()]+")) {
            for (String term : french.terms(word)) {
                titleWords.putIfAbsent(term, word);
            }
        }
        return new CompiledTopic(topic.code(), keywords, titleWords, options.nearWeight(), topic.role());
    }

    /** {@code joined}: the analysed terms run together, parts separated by "&". */
    private record Keyword(int index, String original, String joined, List<String> parts, double points,
            boolean decisive, int words) {
        Keyword divided(int by) {
            return by <= 1 || points < 0 ? this
                    : new Keyword(index, original, joined, parts, points / by, decisive, words);
        }
    }

    private record Scored(Suggestion suggestion, boolean decisive) {
    }

    private record CompiledTopic(String code, List<Keyword> keywords, Map<String, String> titleWords, double near,
            TopicKeywords.Role role) {

        Scored score(List<String> terms) {
            boolean[] used = new boolean[terms.size()];
            double score = 0;
            boolean decisive = false;
            List<Keyword> found = new ArrayList<>();
            for (Keyword keyword : keywords) {
                int hits = keyword.parts().size() == 1 ? hits(terms, used, keyword.joined(), true)
                        : allParts(terms, used, keyword.parts());
                if (hits > 0) {
                    score += keyword.points() * (1 + Math.log(hits));
                    decisive |= keyword.decisive();
                    found.add(keyword);
                }
            }
            if (near > 0) {
                // one-word keywords meet the words left that are one typo away from them
                for (Keyword keyword : keywords) {
                    if (keyword.words() != 1 || keyword.parts().size() != 1 || found.contains(keyword)) {
                        continue;
                    }
                    int hits = 0;
                    for (int i = 0; i < terms.size(); i++) {
                        if (!used[i] && TopicSuggester.near(keyword.joined(), terms.get(i))) {
                            used[i] = true;
                            hits++;
                        }
                    }
                    if (hits > 0) {
                        score += near * keyword.points() * (1 + Math.log(hits));
                        found.add(keyword);
                    }
                }
            }
            found.sort(Comparator.comparingInt(Keyword::index));
            List<String> matched = new ArrayList<>(found.stream().map(Keyword::original).toList());
            Map<String, String> remainingTitleWords = new LinkedHashMap<>(titleWords);
            for (int i = 0; i < terms.size(); i++) {
                String word = used[i] ? null : remainingTitleWords.remove(terms.get(i));
                if (word != null) {
                    score += TITLE_WORD_POINTS;
                    matched.add(word);
                }
            }
            return new Scored(new Suggestion(code, score, matched), decisive);
        }

        /** How many times the phrase occurs among the free terms; {@code take}: its terms are then used. */
        private static int hits(List<String> terms, boolean[] used, String joined, boolean take) {
            int hits = 0;
            for (int start = 0; start < terms.size(); start++) {
                int end = matchEnd(terms, used, start, joined);
                if (end > start) {
                    if (take) {
                        Arrays.fill(used, start, end, true);
                    }
                    hits++;
                    start = end - 1;
                }
            }
            return hits;
        }

        /** 1 when every part occurs among the free terms (they are then used), 0 otherwise. */
        private static int allParts(List<String> terms, boolean[] used, List<String> parts) {
            for (String part : parts) {
                if (hits(terms, used, part, false) == 0) {
                    return 0;
                }
            }
            parts.forEach(part -> hits(terms, used, part, true));
            return 1;
        }

        /** End (exclusive) of the free terms from {@code start} that concatenate to {@code joined}, or -1. */
        private static int matchEnd(List<String> terms, boolean[] used, int start, String joined) {
            int offset = 0;
            for (int i = start; i < terms.size() && !used[i]; i++) {
                String term = terms.get(i);
                if (!joined.startsWith(term, offset)) {
                    return -1;
                }
                offset += term.length();
                if (offset == joined.length()) {
                    return i + 1;
                }
            }
            return -1;
        }
    }

    /** Stems shorter than this never count as a typo of another (too many short words are one letter apart). */
    static final int TYPO_MIN_LENGTH = 5;

    /**
     * Two stems are near when one is the other with one letter changed, added or dropped, or two neighbouring
     * letters swapped, both of {@value #TYPO_MIN_LENGTH} letters or more ("camerra"/"camera",
     * "cambriolagle"/"cambriolag"). Never for equal stems (those match exactly).
     */
    static boolean near(String a, String b) {
        if (a.equals(b) || Math.min(a.length(), b.length()) < TYPO_MIN_LENGTH
                || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int p = 0;
        while (p < Math.min(a.length(), b.length()) && a.charAt(p) == b.charAt(p)) {
            p++;
        }
        String ra = a.substring(p);
        String rb = b.substring(p);
        if (ra.length() == rb.length()) {
            return ra.substring(1).equals(rb.substring(1)) || ra.length() >= 2 && ra.charAt(0) == rb.charAt(1)
                    && ra.charAt(1) == rb.charAt(0) && ra.substring(2).equals(rb.substring(2));
        }
        return ra.length() > rb.length() ? ra.substring(1).equals(rb) : rb.substring(1).equals(ra);
    }

    /**
     * The keyword scores of the examples' texts, per compiled topic list (by identity), so that a change of the
     * examples scores only the new texts again. Used under the {@link LearnedCache} lock; bounded.
     */
    private static final class KeywordScoreCache {
        private static final int MAX_TEXTS = 20_000;
        private Object topics;
        private final Map<List<String>, double[]> scores = new HashMap<>();

        Map<List<String>, double[]> of(List<CompiledTopic> list) {
            if (topics != list || scores.size() > MAX_TEXTS) {
                topics = list;
                scores.clear();
            }
            return scores;
        }
    }

    /** The last few (example list, topic list) pairs seen, by identity (a campaign's lists stay the same objects until they change). */
    private static final class LearnedCache {
        private static final int SIZE = 8;
        private final Object[] exampleLists = new Object[SIZE];
        private final Object[] topicLists = new Object[SIZE];
        private final Learned[] learned = new Learned[SIZE];
        private int next;

        synchronized Learned get(List<TopicExample> examples, List<CompiledTopic> topics,
                java.util.function.Supplier<Learned> build) {
            for (int i = 0; i < SIZE; i++) {
                if (exampleLists[i] == examples && topicLists[i] == topics) {
                    return learned[i];
                }
            }
            Learned l = build.get();
            exampleLists[next] = examples;
            topicLists[next] = topics;
            learned[next] = l;
            next = (next + 1) % SIZE;
            return l;
        }
    }
}
