package fr.parlonsen.question;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.parlonsen.analysis.TopicExample;
import fr.parlonsen.campaign.Campaign;
import fr.parlonsen.campaign.TopicChoices;
import fr.parlonsen.campaign.TopicExamples;
import fr.parlonsen.campaign.TopicSuggestions;
import fr.parlonsen.cluster.Generations;
import fr.parlonsen.kernel.DomainError.Forbidden;
import fr.parlonsen.kernel.DomainError.Invalid;
import fr.parlonsen.kernel.DomainError.NotFound;
import fr.parlonsen.question.QuestionForms.Moderation;
import fr.parlonsen.question.QuestionForms.ModerationView;
import fr.parlonsen.question.QuestionPermissions.Action;
import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.web.FormValidation;

/**
 * The moderation queue of a département and its decisions: publish (with the topic the moderator chose, which
 * becomes an example of the campaign) or reject with a reason.
 */
@ApplicationScoped
public class QuestionModeration {
    @Inject
    QuestionPermissions permissions;
    @Inject
    ModeratedQuestions moderated;
    @Inject
    TopicExamples examples;
    @Inject
    FormValidation validation;
    @Inject
    Generations generations;

    /** The moderation page: the queue of a département and the campaign's topics to choose from. */
    public record ModerationScreen(String campaign, String department, String status,
            List<ModerationView> questions, List<TopicChoices.ThemeView> themes, boolean mayModerate) {
    }

    @Transactional
    public List<ModerationView> queue(CurrentUser user, String campaignRef, String department, String status) {
        if (!permissions.may(user, Action.LIST, department)) {
            throw new Forbidden("Les questions de ce département ne sont pas dans votre périmètre.");
        }
        Campaign campaign = Campaign.findByCodeOrId(campaignRef)
                .orElseThrow(() -> new NotFound("Aucune campagne « " + campaignRef + " »."));
        QuestionStatus wanted = null;
        if (status != null && !status.isBlank()) {
            wanted = QuestionStatus.fromCode(status).orElseThrow(() -> new Invalid("status",
                    "Statut inconnu : « " + status + " » (attendu : pending, published, rejected)."));
        }
        boolean original = permissions.may(user, Action.READ_ORIGINAL, department);
        Map<Long, String> forumTitles = new HashMap<>();
        return Question.listQueue(campaign.id, department, wanted).stream()
                .map(q -> moderated.view(q, original, forumTitles)).toList();
    }

    @Transactional
    public ModerationScreen moderationScreen(CurrentUser user, String campaignRef, String department, String status) {
        List<ModerationView> queue = queue(user, campaignRef, department, status);
        Campaign campaign = Campaign.findByCodeOrId(campaignRef).orElseThrow();
        return new ModerationScreen(campaign.code, department, status, queue, TopicChoices.of(campaign),
                permissions.may(user, Action.MODERATE, department));
    }

    @Transactional
    public ModerationView moderate(CurrentUser user, long id, Moderation form) {
        Question q = moderated.question(user, id, Action.MODERATE);
        validation.check(form == null ? new Moderation(null, null, null) : form);
        boolean reject = "reject".equals(form.decision());
        if (reject && (form.reason() == null || form.reason().isBlank())) {
            throw new Invalid("reason", "Indiquez le motif du rejet.");
        }
        if (form.topic() != null && !form.topic().isBlank()) {
            Campaign campaign = Campaign.findById(q.campaignId);
            if (campaign.topic(form.topic().strip()).isEmpty()) {
                throw new Invalid("topic", "Sous-thème inconnu dans cette campagne : « " + form.topic() + " ».");
            }
            q.topic = form.topic().strip();
            q.topicSource = TopicSuggestions.CHOSEN;
            examples.record(q.campaignId, q.topic, q.maskedText, TopicExamples.QUESTION, q.id, user.username());
        } else if (TopicSuggestions.CHOSEN.equals(form.topicSource())) {
            // "aucun sous-thème": a person's answer, learnt so that such texts get no suggestion
            q.topic = null;
            q.topicSource = TopicSuggestions.CHOSEN;
            examples.record(q.campaignId, TopicExample.NONE, q.maskedText, TopicExamples.QUESTION, q.id,
                    user.username());
        }
        q.status = reject ? QuestionStatus.REJECTED : QuestionStatus.PUBLISHED;
        q.rejectReason = reject ? form.reason().strip() : null;
        q.moderatedBy = user.username();
        q.moderatedAt = Instant.now();
        generations.bump(PublicQuestionReading.PUBLIC_TOPIC);
        return moderated.view(q, true, new HashMap<>());
    }
}
