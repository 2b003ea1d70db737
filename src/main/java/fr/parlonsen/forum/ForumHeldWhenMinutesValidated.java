package fr.parlonsen.forum;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import fr.parlonsen.minutes.MinutesValidated;

/**
 * Forum status follows reality: a forum whose minutes are validated did meet, so a draft or published forum
 * becomes held (a cancelled one stays cancelled). Runs inside the validation's transaction.
 */
@ApplicationScoped
public class ForumHeldWhenMinutesValidated {

    @jakarta.inject.Inject
    fr.parlonsen.cluster.Generations generations;

    void onValidated(@Observes MinutesValidated event) {
        Forum f = Forum.findById(event.forumId());
        if (f != null && (f.status == ForumStatus.DRAFT || f.status == ForumStatus.PUBLISHED)) {
            f.status = ForumStatus.HELD;
            f.updatedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            generations.bump(ForumService.PUBLIC_TOPIC);
        }
    }
}
