package fr.parlonsen.synthesis;

/** One thing said in a meeting or asked by a citizen, as the draft is built from it. */
public record SourceItem(SynthesisSection section, String topic, String text, SourceRef ref) {
}
