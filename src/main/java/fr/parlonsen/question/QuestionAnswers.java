package fr.parlonsen.question;

import java.time.Instant;
import java.util.HashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.parlonsen.cluster.Generations;
import fr.parlonsen.kernel.DomainError.Conflict;
import fr.parlonsen.question.QuestionForms.AnswerForm;
import fr.parlonsen.question.QuestionForms.ModerationView;
import fr.parlonsen.question.QuestionPermissions.Action;
import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.web.FormValidation;

/** The answer of the services to a question that was not rejected, personal data masked in what the public sees. */
@ApplicationScoped
public class QuestionAnswers {
    @Inject
    ModeratedQuestions moderated;
    @Inject
    PersonalData personalData;
    @Inject
    FormValidation validation;
    @Inject
    Generations generations;

    @Transactional
    public ModerationView answer(CurrentUser user, long id, AnswerForm form) {
        Question q = moderated.question(user, id, Action.ANSWER);
        validation.check(form == null ? new AnswerForm(null) : form);
        if (q.status == QuestionStatus.REJECTED) {
            throw new Conflict("Cette question a été rejetée : publiez-la avant d'y répondre.");
        }
        q.answerOriginal = form.text().strip();
        q.answerMasked = personalData.mask(q.answerOriginal).masked();
        q.answeredBy = user.username();
        q.answeredAt = Instant.now();
        generations.bump(PublicQuestionReading.PUBLIC_TOPIC);
        return moderated.view(q, true, new HashMap<>());
    }
}
