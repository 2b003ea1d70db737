package fr.parlonsen.analysis;

import java.util.Objects;

/** A text whose campaign sub-topic a person confirmed or chose: what topic suggestion learns from. */
public record TopicExample(String topicCode, String text) {
    public TopicExample {
        Objects.requireNonNull(topicCode, "topicCode");
        Objects.requireNonNull(text, "text");
    }
}
