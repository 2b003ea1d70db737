package fr.parlonsen.analysis;

import java.util.List;
import java.util.Objects;

/**
 * A campaign sub-topic and the French words or phrases that point to it.
 *
 * @param code     stable ASCII code, {@code <group>.<slug>}, e.g. {@code proximite.cambriolages}
 * @param title    title shown to users; its words count a little when suggesting the topic
 * @param keywords words or phrases, written as a person would ("police municipale", "caméras")
 */
public record TopicKeywords(String code, String title, List<String> keywords) {
    public TopicKeywords {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        keywords = List.copyOf(keywords);
    }
}
