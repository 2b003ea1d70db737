package fr.parlonsen.synthesis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The documents list a forum as held when it is, or when its minutes are validated (data stored before that rule). */
class HeldForumRowTest {

    private static SynthesisSources.ForumRow row(String status, String minutesStatus) {
        return new SynthesisSources.ForumRow(1, "Forum", LocalDateTime.of(2009, 11, 5, 18, 0), status, "", "",
                List.of(), minutesStatus, null, List.of(), null, null, "");
    }

    @Test
    void a_published_forum_whose_minutes_are_validated_is_held() {
        assertTrue(row("published", "validated").held());
        assertTrue(row("held", null).held());
        assertFalse(row("published", "draft").held());
        assertFalse(row("published", null).held());
    }
}
