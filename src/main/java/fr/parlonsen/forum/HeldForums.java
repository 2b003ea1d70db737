package fr.parlonsen.forum;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.parlonsen.cluster.Generations;

/**
 * Forum status follows reality: a forum whose minutes are validated did meet, so a draft or published forum
 * becomes held (a cancelled one stays cancelled). Called by the minutes capability when it validates minutes
 * ({@code minutes.ForumHeldWhenMinutesValidated}), inside the validation's transaction.
 */
@ApplicationScoped
public class HeldForums {

    @Inject
    Generations generations;

    public void met(long forumId) {
        Forum f = Forum.findById(forumId);
        if (f != null && (f.status == ForumStatus.DRAFT || f.status == ForumStatus.PUBLISHED)) {
            f.status = ForumStatus.HELD;
            f.updatedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            generations.bump(ForumService.PUBLIC_TOPIC);
        }
    }
}
