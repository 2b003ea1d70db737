package fr.parlonsen.minutes;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One item of the minutes: a question (with its answer), a strength, a weakness, a proposal or sub-topic notes. */
@Entity
@Table(name = "minutes_item")
public class MinutesItem extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "forum_id")
    public Long forumId;
    @Convert(converter = ItemKind.Column.class)
    public ItemKind kind;
    public int position;
    public String text;
    public String answer;
    public String topic;
    @Column(name = "topic_suggested")
    public String topicSuggested;
    /** suggested (set by the suggester) or chosen (set or confirmed by a person). */
    @Column(name = "topic_source")
    public String topicSource;
    /**
     * Set when re-validated minutes changed or removed an item that a transmitted synthesis cites: the item keeps
     * its text for that synthesis, the minutes go on with a new item.
     */
    @Column(name = "superseded_at")
    public java.time.Instant supersededAt;

    /** The current items of the minutes (superseded ones left out). */
    public static List<MinutesItem> listByForum(long forumId) {
        return list("forumId = ?1 and supersededAt is null order by kind, position, id", forumId);
    }
}
