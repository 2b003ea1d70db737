package fr.parlonsen.synthesis;

/**
 * One thing said in a meeting or asked by a citizen, as the draft is built from it. {@code topicConfirmed}: a
 * person chose or confirmed its topic (minutes editing, moderation); otherwise the topic is only suggested.
 */
public record SourceItem(SynthesisSection section, String topic, String text, SourceRef ref, boolean topicConfirmed) {
    public SourceItem(SynthesisSection section, String topic, String text, SourceRef ref) {
        this(section, topic, text, ref, false);
    }
}
