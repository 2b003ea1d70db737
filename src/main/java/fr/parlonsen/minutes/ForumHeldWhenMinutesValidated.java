package fr.parlonsen.minutes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import fr.parlonsen.forum.HeldForums;

/** Validated minutes mean the forum met: the forum capability marks it held, in the validation's transaction. */
@ApplicationScoped
public class ForumHeldWhenMinutesValidated {
    @Inject
    HeldForums forums;

    void onValidated(@Observes MinutesValidated event) {
        forums.met(event.forumId());
    }
}
