package fr.parlonsen;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.parlonsen.question.QuestionSubmission;
import fr.parlonsen.security.FormTokens;
import fr.parlonsen.security.RateLimiter;

/**
 * The set-up shared by the tests that post citizens' questions: the accounts and cantons, an empty rate limit of
 * public questions, and a seasoned token on every JSON question ({@link QuestionTokens}). {@link #open} in a
 * {@code @BeforeEach}, {@link #close} in an {@code @AfterEach}.
 */
@ApplicationScoped
public class PublicQuestionForms {
    @Inject
    Fixtures fixtures;
    @Inject
    RateLimiter limiter;
    @Inject
    FormTokens tokens;

    public void open() {
        fixtures.ensure();
        limiter.reset(QuestionSubmission.RATE_BUCKET);
        QuestionTokens.install(tokens);
    }

    public void close() {
        QuestionTokens.remove();
    }
}
