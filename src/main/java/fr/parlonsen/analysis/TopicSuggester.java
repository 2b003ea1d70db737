package fr.parlonsen.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Suggests the campaign sub-topic of a citizen's question or a minutes item from keyword and phrase hits.
 *
 * <p>Text and keywords go through {@link FrenchText}, so accents, case, plurals and elisions do not matter.
 * A keyword matches a run of consecutive terms of the text whose concatenation equals the keyword's, so that
 * "vidéoprotection", "vidéo-protection" and "vidéo protection" meet. Scoring, per topic:
 * <ul>
 *   <li>a single-word keyword found: 1 point; a phrase of n words: n + 0.5 points;</li>
 *   <li>a keyword found k times counts (1 + ln k) times its points;</li>
 *   <li>longer keywords are matched first and the words they cover are not counted again for that topic;</li>
 *   <li>each word of the topic title found among the remaining words: 0.5 point.</li>
 * </ul>
 * A topic needs {@value #MIN_SCORE} point to be suggested; ties go to the topic listed first. Thread-safe.
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
    private static final double PHRASE_BONUS = 0.5;
    private static final double TITLE_WORD_POINTS = 0.5;
    private static final int MAX_CACHED_LISTS = 32;

    private final FrenchText french;
    private final List<TopicKeywords> defaultTopics;
    private final Map<List<TopicKeywords>, List<CompiledTopic>> compiled = new ConcurrentHashMap<>();

    /** Uses the 2009 campaign topics when no list is given. */
    public TopicSuggester() {
        this(new FrenchText(), CampaignKeywords2009.TOPICS);
    }

    public TopicSuggester(List<TopicKeywords> defaultTopics) {
        this(new FrenchText(), defaultTopics);
    }

    public TopicSuggester(FrenchText french, List<TopicKeywords> defaultTopics) {
        this.french = Objects.requireNonNull(french);
        this.defaultTopics = List.copyOf(defaultTopics);
    }

    /** The best topic among those given at construction. */
    public Optional<Suggestion> suggest(String text) {
        return suggest(text, defaultTopics);
    }

    /** The best topic for {@code text}, or empty when no topic reaches the minimum score. */
    public Optional<Suggestion> suggest(String text, List<TopicKeywords> topics) {
        return rank(text, topics).stream().findFirst();
    }

    /** The best topic, learning from examples of the campaign too. */
    public Optional<Suggestion> suggest(String text, List<TopicKeywords> topics, List<TopicExample> examples) {
        return suggest(text, topics);
    }

    /** Every topic reaching the minimum score, best first; equal scores keep the order of {@code topics}. */
    public List<Suggestion> rank(String text, List<TopicKeywords> topics) {
        List<String> terms = french.terms(text);
        List<Suggestion> suggestions = new ArrayList<>();
        if (terms.isEmpty()) {
            return suggestions;
        }
        for (CompiledTopic topic : compile(topics)) {
            Suggestion suggestion = topic.score(terms);
            if (suggestion.score() >= MIN_SCORE) {
                suggestions.add(suggestion);
            }
        }
        suggestions.sort(Comparator.comparingDouble(Suggestion::score).reversed()); // stable: ties keep order
        return suggestions;
    }

    private List<CompiledTopic> compile(List<TopicKeywords> topics) {
        List<CompiledTopic> cached = compiled.get(topics);
        if (cached != null) {
            return cached;
        }
        if (compiled.size() >= MAX_CACHED_LISTS) {
            compiled.clear();
        }
        List<CompiledTopic> result = topics.stream().map(this::compile).toList();
        compiled.put(List.copyOf(topics), result);
        return result;
    }

    private CompiledTopic compile(TopicKeywords topic) {
        List<Keyword> keywords = new ArrayList<>();
        for (int i = 0; i < topic.keywords().size(); i++) {
            String keyword = topic.keywords().get(i);
            List<String> terms = french.terms(keyword);
            if (!terms.isEmpty()) {
                double points = terms.size() == 1 ? 1 : terms.size() + PHRASE_BONUS;
                keywords.add(new Keyword(i, keyword, String.join("", terms), points));
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
        return new CompiledTopic(topic.code(), keywords, titleWords);
    }

    private record Keyword(int index, String original, String joined, double points) {
    }

    private record CompiledTopic(String code, List<Keyword> keywords, Map<String, String> titleWords) {

        Suggestion score(List<String> terms) {
            boolean[] used = new boolean[terms.size()];
            double score = 0;
            List<Keyword> found = new ArrayList<>();
            for (Keyword keyword : keywords) {
                int hits = 0;
                for (int start = 0; start < terms.size(); start++) {
                    int end = matchEnd(terms, used, start, keyword.joined());
                    if (end > start) {
                        Arrays.fill(used, start, end, true);
                        hits++;
                        start = end - 1;
                    }
                }
                if (hits > 0) {
                    score += keyword.points() * (1 + Math.log(hits));
                    found.add(keyword);
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
            return new Suggestion(code, score, matched);
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
}
