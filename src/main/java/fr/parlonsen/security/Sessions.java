package fr.parlonsen.security;

/** The agents' sign-in sessions. */
public final class Sessions {
    public static final String COOKIE = "parlonsen-session";

    private Sessions() {
    }
}
