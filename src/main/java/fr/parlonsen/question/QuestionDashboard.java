package fr.parlonsen.question;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.parlonsen.campaign.Campaign;
import fr.parlonsen.campaign.CampaignService;
import fr.parlonsen.kernel.French;
import fr.parlonsen.question.QuestionPermissions.Action;
import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.web.DashboardSection;

/**
 * The questions block of the dashboard, for the moderators of a département (moderator, préfecture): the questions
 * waiting for moderation (the oldest flagged after two days) and the published ones still without an answer.
 */
@ApplicationScoped
public class QuestionDashboard implements DashboardSection {
    static final Duration WAITING_TOO_LONG = Duration.ofDays(2);

    @Inject
    CampaignService campaigns;
    @Inject
    QuestionPermissions permissions;

    @Override
    @Transactional
    public Optional<Block> block(CurrentUser me) {
        String dep = me.department();
        if (dep == null || me.isNationalScope() || !permissions.may(me, Action.MODERATE, dep)) {
            return Optional.empty();
        }
        Campaign c = campaigns.current().orElse(null);
        if (c == null) {
            return Optional.empty();
        }
        List<Question> all = Question.listQueue(c.id, dep, null);
        List<Question> pending = all.stream().filter(q -> q.status == QuestionStatus.PENDING).toList();
        long published = all.stream().filter(q -> q.status == QuestionStatus.PUBLISHED).count();
        List<Question> unanswered = all.stream()
                .filter(q -> q.status == QuestionStatus.PUBLISHED && (q.answerOriginal == null || q.answerOriginal.isBlank()))
                .toList();
        String queue = "/gestion/questions?departement=" + dep + "&campagne=" + c.code;
        List<Figure> figures = List.of(
                new Figure(French.number(pending.size()), French.word(pending.size(), "question en attente",
                        "questions en attente")),
                new Figure(French.number(published), French.word(published, "question publiée", "questions publiées")),
                new Figure(French.number(unanswered.size()), French.word(unanswered.size(),
                        "question publiée sans réponse", "questions publiées sans réponse")));
        List<Todo> todos = new java.util.ArrayList<>();
        if (!pending.isEmpty()) {
            Instant oldest = pending.get(0).submittedAt;
            boolean late = oldest != null && oldest.isBefore(Instant.now().minus(WAITING_TOO_LONG));
            todos.add(new Todo(French.count(pending.size(), "question attend d'être publiée ou rejetée",
                    "questions attendent d'être publiées ou rejetées") + (oldest == null ? "." : " ; la plus ancienne a été posée le "
                            + French.dateTime(oldest) + "."),
                    queue, "Modérer les questions en attente", List.of(), late));
        }
        if (!unanswered.isEmpty() && permissions.may(me, Action.ANSWER, dep)) {
            todos.add(new Todo(French.count(unanswered.size(), "question publiée n'a", "questions publiées n'ont")
                    + " pas encore de réponse de la préfecture.", queue + "&statut=published",
                    "Répondre aux questions publiées", List.of(), false));
        }
        return Optional.of(new Block(30, "questions", "Questions des citoyens", "Campagne « " + c.title + " ».",
                figures, todos, "Rien à faire : aucune question n'attend.", queue, "Ouvrir la file de modération"));
    }
}
