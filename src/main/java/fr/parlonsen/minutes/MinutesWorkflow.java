package fr.parlonsen.minutes;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.parlonsen.forum.Forum;
import fr.parlonsen.kernel.DomainError.Conflict;
import fr.parlonsen.kernel.DomainError.Invalid;
import fr.parlonsen.kernel.Violation;
import fr.parlonsen.minutes.MinutesForms.MinutesView;
import fr.parlonsen.minutes.MinutesForms.ReopenForm;
import fr.parlonsen.minutes.MinutesPermissions.Action;
import fr.parlonsen.minutes.MinutesValidated.RecordedQuestion;
import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.web.FormValidation;

/**
 * The steps of the minutes: draft → submitted (complete enough to count) → validated (its questions recorded:
 * {@link MinutesValidated}); reopened back to draft with a reason. Each step is a new version under an optional
 * If-Match.
 */
@ApplicationScoped
public class MinutesWorkflow {
    @Inject
    MinutesAccess access;
    @Inject
    MinutesHistory history;
    @Inject
    FormValidation validation;
    @Inject
    Event<MinutesValidated> validatedEvent;

    @Transactional
    public MinutesView submit(CurrentUser user, long forumId, Integer expectedVersion) {
        access.forum(user, forumId, Action.SUBMIT, true);
        Minutes m = MinutesAccess.existing(forumId);
        MinutesAccess.checkOptionalVersion(m, expectedVersion);
        if (m.status != MinutesStatus.DRAFT) {
            throw new Conflict("Seul un brouillon peut être soumis : ce compte rendu est "
                    + m.status.label.toLowerCase() + ".");
        }
        MinutesView v = MinutesViews.view(m);
        List<Violation> missing = new ArrayList<>();
        if (m.attendanceTotal == null) {
            missing.add(new Violation("attendance.total", "Indiquez le nombre total de participants : sans lui, la "
                    + "synthèse ne peut pas compter la participation (la moitié des comptes rendus du Grand Débat "
                    + "n'en donnait aucun)."));
        }
        if (v.itemCount() == 0) {
            missing.add(new Violation("items", "Le compte rendu doit contenir au moins une question, un point fort, "
                    + "un point faible ou une proposition."));
        }
        if (!missing.isEmpty()) {
            throw new Invalid(missing);
        }
        m.status = MinutesStatus.SUBMITTED;
        return history.newVersion(m, user, "submit", null);
    }

    @Transactional
    public MinutesView validate(CurrentUser user, long forumId, Integer expectedVersion) {
        Forum forum = access.forum(user, forumId, Action.VALIDATE, true);
        Minutes m = MinutesAccess.existing(forumId);
        MinutesAccess.checkOptionalVersion(m, expectedVersion);
        if (m.status != MinutesStatus.SUBMITTED) {
            throw new Conflict("Seul un compte rendu soumis peut être validé : celui-ci est "
                    + m.status.label.toLowerCase() + ".");
        }
        m.status = MinutesStatus.VALIDATED;
        m.reopenReason = null;
        MinutesView v = history.newVersion(m, user, "validate", null);
        List<RecordedQuestion> questions = v.questions().stream().map(q -> new RecordedQuestion(q.id(), q.text(),
                q.answer(), q.topic(), q.topicSuggested(), q.topicSource())).toList();
        validatedEvent.fire(new MinutesValidated(forumId, forum.campaign.id, forum.department, questions));
        return v;
    }

    @Transactional
    public MinutesView reopen(CurrentUser user, long forumId, Integer expectedVersion, ReopenForm form) {
        access.forum(user, forumId, Action.REOPEN, true);
        validation.check(form == null ? new ReopenForm(null) : form);
        Minutes m = MinutesAccess.existing(forumId);
        MinutesAccess.checkOptionalVersion(m, expectedVersion);
        if (m.status == MinutesStatus.DRAFT) {
            throw new Conflict("Ce compte rendu est déjà un brouillon.");
        }
        m.status = MinutesStatus.DRAFT;
        m.reopenReason = form.reason().strip();
        return history.newVersion(m, user, "reopen", m.reopenReason);
    }
}
