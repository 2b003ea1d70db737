package fr.parlonsen.synthesis;

import java.util.Comparator;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Where a synthesis item comes from: an item of a forum's minutes ({@code m:<itemId>}), a citizen's question
 * ({@code q:<questionId>}) or, for the national synthesis, an item of a transmitted departmental synthesis
 * ({@code d:<synthesisItemId>}, with its département). The key is what identity and coverage checks use.
 */
@Embeddable
public record SourceRef(@Column(name = "source_key") String key, @Column(name = "forum_id") Long forumId,
        @Column(name = "minutes_item_id") Long itemId, @Column(name = "question_id") Long questionId,
        @Column(name = "department") String department, @Column(name = "synthesis_item_id") Long synthesisItemId) {

    public static final Comparator<SourceRef> ORDER = Comparator.comparing(SourceRef::key);

    public static SourceRef minutesItem(long forumId, long itemId) {
        return new SourceRef("m:" + itemId, forumId, itemId, null, null, null);
    }

    public static SourceRef question(Long forumId, long questionId) {
        return new SourceRef("q:" + questionId, forumId, null, questionId, null, null);
    }

    /** An item of a departmental synthesis, as a source of the national synthesis. */
    public static SourceRef departmentalItem(String department, long synthesisItemId) {
        return new SourceRef("d:" + synthesisItemId, null, null, null, department, synthesisItemId);
    }

    public boolean isDepartmentalItem() {
        return synthesisItemId != null;
    }

    public boolean isQuestion() {
        return questionId != null;
    }
}
