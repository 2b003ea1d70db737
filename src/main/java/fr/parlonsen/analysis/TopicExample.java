package fr.parlonsen.analysis;

import java.util.Objects;

/** A text whose campaign sub-topic a person confirmed or chose: what topic suggestion learns from. */
public record TopicExample(String topicCode, String text) {
    /** The topic code of a text a person said fits no sub-topic: such examples teach the suggestion to abstain. */
    public static final String NONE = "none";

    public TopicExample {
        Objects.requireNonNull(topicCode, "topicCode");
        Objects.requireNonNull(text, "text");
    }
}
