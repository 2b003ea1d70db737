package fr.parlonsen.question;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.parlonsen.campaign.Campaign;
import fr.parlonsen.forum.Forum;
import fr.parlonsen.forum.ForumStatus;
import fr.parlonsen.kernel.DomainError.NotFound;
import fr.parlonsen.question.QuestionForms.PublicQuestion;
import fr.parlonsen.territory.Department;
import fr.parlonsen.territory.TerritoryQueries;

/**
 * What the public sees of the questions: the published questions of a public forum (masked, with their published
 * answers), and what a public question form needs (its forum or the forums to choose from, the communes).
 */
@ApplicationScoped
public class PublicQuestionReading {
    /** The content topic of the published questions and answers (public pages of every replica follow it). */
    public static final String PUBLIC_TOPIC = "question";

    @Inject
    TerritoryQueries territory;

    /** A public forum as the question forms name it. */
    public record ForumHeading(long id, String title, String department, java.time.LocalDateTime startsAt,
            String venueName) {
        static ForumHeading of(Forum f) {
            return new ForumHeading(f.id, f.title, f.department, f.startsAt, f.venueName);
        }
    }

    public record CommuneOption(String code, String name) {
    }

    /**
     * What a public question form needs: its forum (forum form) or the public forums to choose from (département
     * form), the communes of the département. 404 when the forum is not public or the département unknown.
     */
    public record PublicForm(String department, String departmentName, ForumHeading forum,
            List<ForumHeading> forums, List<CommuneOption> communes) {
    }

    /** The published questions of a public forum, masked, with their published answers. */
    @Transactional
    public List<PublicQuestion> published(long forumId) {
        Forum forum = publicForum(forumId);
        Campaign campaign = forum.campaign;
        return Question.listPublishedByForum(forumId).stream().map(q -> new PublicQuestion(q.id, q.forumId,
                q.maskedText, q.topic, q.topic == null ? null : campaign.topic(q.topic).map(t -> t.title).orElse(null),
                q.answerMasked, q.submittedAt, q.answeredAt, q.source)).toList();
    }

    @Transactional
    public PublicForm publicForm(Long forumId, String department) {
        Forum forum = forumId == null ? null : publicForum(forumId);
        String dep = forum != null ? forum.department : department;
        Department d = dep == null ? null : Department.findByCode(dep).orElse(null);
        if (d == null) {
            throw new NotFound("Aucun département « " + dep + " ».");
        }
        List<ForumHeading> forums = forum != null ? List.of() : Forum.<Forum> list(
                "department = ?1 and status in ?2 order by startsAt", dep,
                List.of(ForumStatus.PUBLISHED, ForumStatus.HELD)).stream().map(ForumHeading::of).toList();
        return new PublicForm(d.code, d.name, forum == null ? null : ForumHeading.of(forum), forums,
                territory.names(TerritoryQueries.Zone.COMMUNES, dep).entrySet().stream()
                        .map(r -> new CommuneOption(r.getKey(), r.getValue())).toList());
    }

    /** The forum if it takes public questions (published or held); 404 otherwise. */
    static Forum publicForum(long forumId) {
        Forum forum = Forum.findById(forumId);
        if (forum == null || !isPublic(forum)) {
            throw new NotFound("Aucun forum public n° " + forumId + ".");
        }
        return forum;
    }

    static boolean isPublic(Forum f) {
        return f.status == ForumStatus.PUBLISHED || f.status == ForumStatus.HELD;
    }
}
