package fr.parlonsen.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parlonsen.analysis.TopicSuggester.Suggestion;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CampaignKeywords2009Test {

    private static final List<TopicKeywords> TOPICS = CampaignKeywords2009.TOPICS;

    @Test
    void hasNineteenTopicsWithUniqueCleanCodesInThreeGroups() {
        assertEquals(19, TOPICS.size());
        assertEquals(19, TOPICS.stream().map(TopicKeywords::code).distinct().count());
        for (TopicKeywords topic : TOPICS) {
            assertTrue(topic.code().matches("(modernisation|proximite|partage)\\.[a-z0-9]+(-[a-z0-9]+)*"),
                    topic.code());
            assertFalse(topic.title().isBlank());
        }
        assertEquals(List.of("modernisation", "proximite", "partage"),
                TOPICS.stream().map(t -> t.code().substring(0, t.code().indexOf('.'))).distinct().toList());
    }

    @Test
    void containsTheCodesTheApplicationRefersTo() {
        List<String> codes = TOPICS.stream().map(TopicKeywords::code).toList();
        assertTrue(codes.containsAll(List.of("modernisation.videoprotection", "proximite.cambriolages",
                "partage.clspd", "partage.jeunesse")));
    }

    @Test
    void everyTopicHasSixToTenDistinctKeywords() {
        FrenchText french = new FrenchText();
        for (TopicKeywords topic : TOPICS) {
            int count = topic.keywords().size();
            assertTrue(count >= 6 && count <= 10, topic.code() + " has " + count);
            assertEquals(count, topic.keywords().stream().map(french::terms).distinct().count(), topic.code());
        }
    }

    static Stream<Arguments> keywords() {
        return TOPICS.stream().flatMap(t -> t.keywords().stream().map(k -> Arguments.of(t.code(), k)));
    }

    @ParameterizedTest(name = "{1} → {0}")
    @MethodSource("keywords")
    void everyKeywordAloneSuggestsItsOwnTopic(String code, String keyword) {
        Optional<Suggestion> suggestion = new TopicSuggester().suggest(keyword, TOPICS);
        assertEquals(Optional.of(code), suggestion.map(Suggestion::topicCode));
    }
}
