package fr.parlonsen.question;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.parlonsen.forum.PublicForum;
import fr.parlonsen.forum.PublicForumSection;
import fr.parlonsen.question.QuestionForms.PublicQuestion;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** On the public forum page: "Poser une question" (until the forum is held or cancelled) and the published answers. */
@ApplicationScoped
public class ForumQuestionsSection implements PublicForumSection {
    @Inject
    PublicQuestionReading reading;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance section(PublicForum forum, List<PublicQuestion> questions, boolean open);
    }

    @Override
    public String html(PublicForum forum) {
        if (forum.isCancelled()) {
            return "";
        }
        boolean open = "published".equals(forum.status());
        return Templates.section(forum, reading.published(forum.id()), open).render();
    }
}
