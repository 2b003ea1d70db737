package fr.parlonsen.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.parlonsen.forum.PublicForum;
import fr.parlonsen.forum.PublicForumSection;

/** On the public forum page, after the questions: what became of its proposals, and the feedback link while open. */
@ApplicationScoped
public class FollowupForumSection implements PublicForumSection {
    @Inject
    FollowupFragments fragments;

    @Override
    public String html(PublicForum forum) {
        return forum.isCancelled() ? "" : fragments.forumSection(forum.id()).getValue();
    }

    @Override
    public int position() {
        return 200;
    }
}
