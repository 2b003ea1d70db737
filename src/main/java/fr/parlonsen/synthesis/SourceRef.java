package fr.parlonsen.synthesis;

import java.util.Comparator;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Where a synthesis item comes from: an item of a forum's minutes ({@code m:<itemId>}) or a citizen's question
 * ({@code q:<questionId>}). The key is what identity and coverage checks use.
 */
@Embeddable
public record SourceRef(@Column(name = "source_key") String key, @Column(name = "forum_id") Long forumId,
        @Column(name = "minutes_item_id") Long itemId, @Column(name = "question_id") Long questionId) {

    public static final Comparator<SourceRef> ORDER = Comparator.comparing(SourceRef::key);

    public static SourceRef minutesItem(long forumId, long itemId) {
        return new SourceRef("m:" + itemId, forumId, itemId, null);
    }

    public static SourceRef question(Long forumId, long questionId) {
        return new SourceRef("q:" + questionId, forumId, null, questionId);
    }

    public boolean isQuestion() {
        return questionId != null;
    }
}
