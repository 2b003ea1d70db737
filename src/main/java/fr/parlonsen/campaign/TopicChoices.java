package fr.parlonsen.campaign;

import java.util.List;

/** The themes and sub-topics of a campaign as pages offer them to choose from (no entity leaks to templates). */
public final class TopicChoices {
    private TopicChoices() {
    }

    public record ThemeView(String title, List<TopicView> topics) {
    }

    public record TopicView(String code, String title, String groupTitle) {
    }

    /** Call inside a transaction: themes and topics are loaded lazily. */
    public static List<ThemeView> of(Campaign campaign) {
        return campaign.themes.stream().map(t -> new ThemeView(t.title,
                t.topics.stream().map(p -> new TopicView(p.code, p.title, p.groupTitle)).toList())).toList();
    }
}
