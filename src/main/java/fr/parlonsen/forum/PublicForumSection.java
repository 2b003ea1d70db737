package fr.parlonsen.forum;

/**
 * A part of the public forum page written by another capability (the citizens' questions and their answers),
 * so that the forum capability does not depend on it: each CDI bean implementing this adds its HTML, in
 * {@link #position()} order.
 */
public interface PublicForumSection {
    /** The section's HTML (already escaped by its own template), or an empty string. */
    String html(PublicForum forum);

    default int position() {
        return 100;
    }
}
