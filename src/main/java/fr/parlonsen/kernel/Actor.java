package fr.parlonsen.kernel;

/**
 * Who is asking, as the capabilities below {@code security} see it (territory's permissions and resources): the
 * signed-in user ({@code security.CurrentUser} is one, and is what CDI injects for this type) or nobody.
 */
public interface Actor {
    boolean isAnonymous();

    /** Has the role admin. */
    boolean isAdmin();

    /** admin or national: reads every département. */
    boolean isNationalScope();

    /** The département the account is scoped to, or null (national scope). */
    String department();
}
