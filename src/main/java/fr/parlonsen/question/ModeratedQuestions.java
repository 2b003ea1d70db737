package fr.parlonsen.question;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.parlonsen.forum.Forum;
import fr.parlonsen.kernel.DomainError.Forbidden;
import fr.parlonsen.kernel.DomainError.NotFound;
import fr.parlonsen.question.QuestionForms.DetectionView;
import fr.parlonsen.question.QuestionForms.ModerationView;
import fr.parlonsen.question.QuestionPermissions.Action;
import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.territory.TerritoryQueries;

/**
 * A question as the moderators handle it: found in their perimeter for an action, and shown with its original text,
 * what the masking found and the email only to those who may read the original.
 */
@ApplicationScoped
class ModeratedQuestions {
    @Inject
    QuestionPermissions permissions;
    @Inject
    ObjectMapper json;
    @Inject
    TerritoryQueries territory;

    Question question(CurrentUser user, long id, Action action) {
        Question q = Question.findById(id);
        if (q == null) {
            throw new NotFound("Aucune question n° " + id + ".");
        }
        if (!permissions.may(user, action, q.department)) {
            throw new Forbidden("Cette question n'est pas dans votre périmètre de modération.");
        }
        return q;
    }

    /** {@code forumTitles}: the titles already read, so that a queue reads each forum once. */
    ModerationView view(Question q, boolean original, Map<Long, String> forumTitles) {
        String forumTitle = q.forumId == null ? null
                : forumTitles.computeIfAbsent(q.forumId, id -> Forum.<Forum> findByIdOptional(id).map(f -> f.title)
                        .orElse(null));
        return new ModerationView(q.id, q.forumId, forumTitle, q.department, q.source, q.status.code, q.maskedText,
                original ? q.originalText : null, original ? detections(q) : null, q.communeCode,
                q.communeCode == null ? null : territory.communeName(q.communeCode, q.department).orElse(null),
                original ? q.email : null, q.topic, q.topicSuggested, q.topicSource, q.rejectReason, q.answerMasked,
                original ? q.answerOriginal : null, q.submittedAt, q.moderatedBy, q.moderatedAt);
    }

    private List<DetectionView> detections(Question q) {
        if (q.detections == null || q.detections.isBlank()) {
            return List.of();
        }
        try {
            return json.readValue(q.detections, new TypeReference<List<DetectionView>>() {
            });
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }
}
