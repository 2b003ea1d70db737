package fr.parlonsen.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A campaign sub-topic and the French words or phrases that point to it.
 *
 * @param code     stable ASCII code, {@code <group>.<slug>}, e.g. {@code proximite.cambriolages}
 * @param title    title shown to users; its words count a little when suggesting the topic
 * @param keywords words or phrases, written as a person would ("police municipale", "caméras")
 * @param role     what the sub-topic is about, when the campaign data says it ({@link Role}): when a statement
 *                 names several sub-topics, a specific measure decides over a problem, and a problem over a
 *                 generic measure
 */
public record TopicKeywords(String code, String title, List<String> keywords, Role role) {

    /**
     * What a sub-topic is about, as the campaign data says ({@code campaign_topic.role}): the coding rule "a
     * statement that proposes a specific measure with its own sub-topic goes to that measure; a generic measure
     * does not override a specific problem".
     */
    public enum Role {
        /** A specific measure or tool that has its own sub-topic (cameras, municipal police, online complaints). */
        MEASURE,
        /** A problem or a public (burglaries, drugs, road safety, young people). */
        PROBLEM,
        /** A generic means ("more police", patrols, repression): it decides only when nothing more specific is said. */
        GENERIC,
        /** Not said: ranked on its score alone. */
        UNSPECIFIED;

        /** The role written in the campaign data ({@code measure}, {@code problem}, {@code generic}), else UNSPECIFIED. */
        public static Role of(String value) {
            if (value == null || value.isBlank()) {
                return UNSPECIFIED;
            }
            try {
                return valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return UNSPECIFIED;
            }
        }
    }

    public TopicKeywords {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        keywords = List.copyOf(keywords);
        role = role == null ? Role.UNSPECIFIED : role;
    }

    public TopicKeywords(String code, String title, List<String> keywords) {
        this(code, title, keywords, Role.UNSPECIFIED);
    }
}
