package fr.parlonsen.minutes;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.parlonsen.campaign.Campaign;
import fr.parlonsen.forum.Forum;
import fr.parlonsen.forum.ForumStatus;
import fr.parlonsen.kernel.DomainError.Conflict;
import fr.parlonsen.kernel.DomainError.Invalid;
import fr.parlonsen.kernel.Text;
import fr.parlonsen.kernel.Violation;
import fr.parlonsen.minutes.MinutesForms.Attendance;
import fr.parlonsen.minutes.MinutesForms.ItemForm;
import fr.parlonsen.minutes.MinutesForms.MinutesForm;
import fr.parlonsen.minutes.MinutesForms.MinutesView;
import fr.parlonsen.minutes.MinutesForms.NoteForm;
import fr.parlonsen.minutes.MinutesPermissions.Action;
import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.web.FormValidation;

/**
 * Saving the draft of the minutes: the form is checked (dates, attendance, topics of the campaign), then replaces
 * the draft's content under the If-Match rule; a save that changes nothing makes no new version.
 */
@ApplicationScoped
public class MinutesEditing {
    @Inject
    MinutesAccess access;
    @Inject
    MinutesDraftWriter writer;
    @Inject
    MinutesHistory history;
    @Inject
    FormValidation validation;

    /** Replaces the content of the draft; {@code expectedVersion} is the If-Match (null: 428; stale: 412). */
    @Transactional
    public MinutesView save(CurrentUser user, long forumId, Integer expectedVersion, MinutesForm form) {
        return save(user, forumId, expectedVersion, form, "save");
    }

    @Transactional
    MinutesView save(CurrentUser user, long forumId, Integer expectedVersion, MinutesForm form, String action) {
        Forum forum = access.forum(user, forumId, Action.EDIT, true);
        if (form == null) {
            throw new Invalid("body", "Le corps de la requête est obligatoire.");
        }
        Times times = validate(form, forum.campaign);
        Minutes m = Minutes.findByForum(forumId).orElse(null);
        MinutesAccess.checkVersion(m, expectedVersion);
        if (m != null && m.status != MinutesStatus.DRAFT) {
            throw new Conflict("Le compte rendu est " + m.status.label.toLowerCase()
                    + " : il doit être rouvert pour être modifié.");
        }
        if (forum.status == ForumStatus.CANCELLED || forum.status == ForumStatus.DRAFT) {
            throw new Conflict("Ce forum est " + forum.status.label.toLowerCase()
                    + " : il n'a pas de compte rendu.");
        }
        boolean created = m == null;
        if (created) {
            m = new Minutes();
            m.forumId = forumId;
            m.version = 0;
            m.updatedBy = user.username();
            m.updatedAt = Instant.now();
            m.persist();
        }
        MinutesView before = created ? null : MinutesViews.view(m).content();
        writer.write(m, form, times, forum.campaign);
        if (!created && before.equals(MinutesViews.view(m).content())) {
            return MinutesViews.view(m); // nothing changed: no new version
        }
        return history.newVersion(m, user, action, null);
    }

    record Times(LocalDateTime startedAt, LocalDateTime endedAt) {
    }

    private Times validate(MinutesForm form, Campaign campaign) {
        List<Violation> violations = new ArrayList<>(validation.violations(form));
        LocalDateTime started = dateTime(form.startedAt(), "startedAt", violations);
        LocalDateTime ended = dateTime(form.endedAt(), "endedAt", violations);
        if (started != null && ended != null && ended.isBefore(started)) {
            violations.add(new Violation("endedAt", "La fin de la réunion précède son début."));
        }
        Attendance a = form.attendance();
        if (a != null && a.total() != null && a.byCategory() != null && a.byCategory().sum() > a.total()) {
            violations.add(new Violation("attendance.total", "Le total (" + a.total()
                    + ") est inférieur à la somme des participants par catégorie (" + a.byCategory().sum() + ")."));
        }
        checkTopics(violations, "topics", form.topics(), NoteForm::topic, campaign);
        checkTopics(violations, "questions", form.questions(), ItemForm::topic, campaign);
        checkTopics(violations, "strengths", form.strengths(), ItemForm::topic, campaign);
        checkTopics(violations, "weaknesses", form.weaknesses(), ItemForm::topic, campaign);
        checkTopics(violations, "proposals", form.proposals(), ItemForm::topic, campaign);
        if (!violations.isEmpty()) {
            throw new Invalid(violations);
        }
        return new Times(started, ended);
    }

    private static <T> void checkTopics(List<Violation> violations, String list, List<T> items,
            Function<T, String> topic, Campaign campaign) {
        if (items == null) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            String code = items.get(i) == null ? null : topic.apply(items.get(i));
            if (code != null && !code.isBlank() && campaign.topic(code.strip()).isEmpty()) {
                violations.add(new Violation(list + "[" + i + "].topic",
                        "Sous-thème inconnu dans cette campagne : « " + code + " »."));
            }
        }
    }

    private static LocalDateTime dateTime(String value, String field, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        Optional<LocalDateTime> read = Text.parisDateTime(v);
        if (read.isEmpty()) {
            violations.add(new Violation(field,
                    "Date et heure invalides : « " + v + " » (format attendu : 2009-03-16T18:30:00+01:00)."));
            return null;
        }
        return read.get();
    }
}
