package fr.parlonsen.campaign;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.parlonsen.analysis.TopicKeywords;
import fr.parlonsen.analysis.TopicSuggester;

/**
 * The sub-topic of a campaign suggested for a text (a citizen's question, a minutes item), from the keywords of
 * the campaign's own topics and from the examples people confirmed ({@link TopicExamples}), and the rule that says whether the topic kept is the suggestion or a person's choice.
 */
@ApplicationScoped
public class TopicSuggestions {
    public static final String SUGGESTED = "suggested";
    public static final String CHOSEN = "chosen";
    /**
     * The value of the pages' choice « Aucun sous-thème » (minutes, moderation): sent to the use cases as an empty
     * topic with source {@link #CHOSEN}.
     */
    public static final String NO_TOPIC_CHOICE = "aucun";

    @Inject
    TopicSuggester suggester;
    @Inject
    TopicExamples examples;

    /** The topic kept for an item: {@code source} is "suggested" or "chosen". */
    public record TopicChoice(String topic, String suggested, String source) {
    }

    public Optional<String> suggest(Campaign campaign, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return suggester.suggest(text, keywords(campaign), examples.of(campaign.id))
                .map(TopicSuggester.Suggestion::topicCode);
    }

    /**
     * An empty requested topic, or one sent back with source "suggested", follows the suggestion for the text;
     * an empty topic sent with source "chosen" is a person's answer that the text fits no sub-topic (kept empty);
     * any other topic is a person's choice and is kept as given.
     */
    public TopicChoice choose(Campaign campaign, String text, String requestedTopic, String requestedSource) {
        String suggested = suggest(campaign, text).orElse(null);
        boolean empty = requestedTopic == null || requestedTopic.isBlank();
        if (empty && CHOSEN.equals(requestedSource)) {
            return new TopicChoice(null, suggested, CHOSEN);
        }
        if (empty || SUGGESTED.equals(requestedSource)) {
            return new TopicChoice(suggested, suggested, SUGGESTED);
        }
        return new TopicChoice(requestedTopic.strip(), suggested, CHOSEN);
    }

    /** The campaign's own sub-topics as the suggester takes them. Call inside a transaction. */
    public static List<TopicKeywords> keywords(Campaign campaign) {
        return campaign.topics().stream()
                .map(t -> new TopicKeywords(t.code, t.title, t.keywordList(), TopicKeywords.Role.of(t.role))).toList();
    }
}
