package fr.parlonsen.question;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import fr.parlonsen.minutes.MinutesValidated;
import fr.parlonsen.minutes.MinutesValidated.RecordedQuestion;

/**
 * The questions recorded in validated minutes join the pool of citizens' questions (source minutes, published),
 * one row per minutes item, updated at each validation; the rows of items since removed are removed too. A
 * moderator's rejection of such a question is kept.
 */
@ApplicationScoped
public class MinutesQuestions {
    @Inject
    QuestionSubmission submissions;
    @Inject
    PersonalData personalData;
    @Inject
    fr.parlonsen.cluster.Generations generations;

    void onValidated(@Observes MinutesValidated event) {
        Set<Long> kept = new HashSet<>();
        for (RecordedQuestion r : event.questions()) {
            kept.add(r.itemId());
            Question q = Question.findByMinutesItem(r.itemId()).orElseGet(Question::new);
            if (q.id == null) {
                q.source = Question.SOURCE_MINUTES;
                q.minutesItemId = r.itemId();
                q.status = QuestionStatus.PUBLISHED;
                q.submittedAt = Instant.now();
                q.moderatedAt = q.submittedAt;
            }
            q.campaignId = event.campaignId();
            q.department = event.department();
            q.forumId = event.forumId();
            submissions.setText(q, r.text());
            String answer = r.answer() == null || r.answer().isBlank() ? null : r.answer().strip();
            if (answer == null || !answer.equals(q.answerOriginal)) {
                q.answeredAt = answer == null ? null : Instant.now();
            }
            q.answerOriginal = answer;
            q.answerMasked = answer == null ? null : personalData.mask(answer).masked();
            q.topic = r.topic();
            q.topicSuggested = r.topicSuggested();
            q.topicSource = r.topicSource();
            if (q.id == null) {
                q.persist();
            }
        }
        Question.listFromMinutesOfForum(event.forumId()).stream().filter(q -> !kept.contains(q.minutesItemId))
                .forEach(Question::delete);
        generations.bump(PublicQuestionReading.PUBLIC_TOPIC);
    }
}
