package fr.parlonsen.minutes;

import java.util.List;

/**
 * Fired (synchronously, inside the transaction) when minutes are validated: the questions they record join the
 * pool of citizens' questions.
 */
public record MinutesValidated(long forumId, long campaignId, String department, List<RecordedQuestion> questions) {

    public record RecordedQuestion(long itemId, String text, String answer, String topic, String topicSuggested,
            String topicSource) {
    }
}
