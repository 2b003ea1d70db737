package fr.parlonsen.synthesis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import fr.parlonsen.campaign.Campaign;
import fr.parlonsen.campaign.Topic;
import fr.parlonsen.export.Chart;
import fr.parlonsen.export.ChartKind;
import fr.parlonsen.export.Conclusion;
import fr.parlonsen.export.FrenchFormat;
import fr.parlonsen.export.Item;
import fr.parlonsen.export.Section;
import fr.parlonsen.export.Signature;
import fr.parlonsen.export.Subsection;

/**
 * Building blocks that the departmental and the national synthesis documents share: the sections of the circular
 * by theme, the chart of points per theme, the assessment and its signature block, the version label.
 */
public final class DocumentParts {

    private DocumentParts() {
    }

    /**
     * The four sections of the circular, each by theme (in the campaign's order, then "Hors thème"); deleted items
     * are left out. {@code item} gives the stored item of a row, {@code toItem} what the document says of it.
     */
    public static <T> List<Section> sections(Campaign campaign, List<T> rows, Function<T, SynthesisItem> item,
            Function<T, Item> toItem) {
        List<Section> out = new ArrayList<>();
        for (SynthesisSection sec : SynthesisSection.values()) {
            Map<String, List<Item>> byTheme = new LinkedHashMap<>();
            campaign.themes.forEach(t -> byTheme.put(t.title, new ArrayList<>()));
            for (T row : rows) {
                SynthesisItem i = item.apply(row);
                if (i.section.equals(sec.code) && !i.deleted) {
                    byTheme.computeIfAbsent(themeTitle(campaign, i.topic), k -> new ArrayList<>()).add(toItem.apply(row));
                }
            }
            List<Subsection> subs = new ArrayList<>();
            byTheme.forEach((theme, items) -> {
                if (!items.isEmpty()) {
                    subs.add(new Subsection(theme, items));
                }
            });
            out.add(new Section(sec.title, subs));
        }
        return out;
    }

    /**
     * "Aussi évoqué dans 3 contributions classées ailleurs" ({@code singular}/{@code plural} name what is counted),
     * or empty: the mentions are not listed, the annexes hold what they come from.
     */
    public static String mentionsLine(int mentions, String singular, String plural) {
        return mentions == 0 ? "" : "Aussi évoqué dans " + fr.parlonsen.kernel.French.count(mentions, singular, plural)
                + " ailleurs";
    }

    /** Points per theme, only when at least two themes have some: a single bar compares nothing. */
    public static Optional<Chart> themeChart(Campaign campaign, List<SynthesisItem> items) {
        Map<String, Integer> perTheme = new LinkedHashMap<>();
        campaign.themes.forEach(t -> perTheme.put(t.title, 0));
        for (SynthesisItem i : items) {
            if (!i.deleted) {
                perTheme.merge(themeTitle(campaign, i.topic), 1, Integer::sum);
            }
        }
        if (perTheme.values().stream().filter(v -> v > 0).count() < 2) {
            return Optional.empty();
        }
        return Optional.of(new Chart("Points de la synthèse par thème", ChartKind.BAR, List.copyOf(perTheme.keySet()),
                perTheme.values().stream().map(v -> (Number) v).toList(),
                "Nombre de points de la synthèse par thème : " + String.join(", ",
                        perTheme.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()) + "."));
    }

    /**
     * The signatory's assessment (paragraphs separated by a blank line) and the signature block; the title and name
     * default to {@code defaultTitle} and a placeholder until the cabinet sets them.
     */
    public static Conclusion conclusion(Synthesis s, String heading, String defaultTitle, LocalDate date) {
        List<String> paragraphs = s.assessment == null ? List.of()
                : List.of(s.assessment.strip().split("\\R\\s*\\R")).stream().map(String::strip)
                        .filter(p -> !p.isEmpty()).toList();
        String title = s.signatoryTitle != null ? s.signatoryTitle : defaultTitle;
        String name = s.signatoryName != null ? s.signatoryName : "[Nom du signataire à renseigner]";
        return new Conclusion(heading, paragraphs,
                Optional.of(new Signature("Fait le " + FrenchFormat.date(date), title, name)));
    }

    /** True until the version is validated or transmitted: the document says "Projet". */
    public static boolean draft(Synthesis s) {
        return !s.isTransmitted() && !Synthesis.VALIDATED.equals(s.status);
    }

    /** "Version 2 — projet", "Version 2 — validée par le préfet", "Version 2 — transmise le 22 mai 2009". */
    public static String versionLabel(Synthesis s, String validatedBy, LocalDate date) {
        return "Version " + s.version + " — " + switch (s.status) {
            case Synthesis.TRANSMITTED -> "transmise le " + FrenchFormat.date(date);
            case Synthesis.VALIDATED -> "validée " + validatedBy;
            default -> "projet";
        };
    }

    public static String themeTitle(Campaign campaign, String topic) {
        return Optional.ofNullable(topic).flatMap(campaign::topic).map(t -> t.theme.title).orElse("Hors thème");
    }

    /** The sub-topic's title, or empty. */
    public static String topicTitle(Campaign campaign, String topic) {
        return Optional.ofNullable(topic).flatMap(campaign::topic).map((Topic t) -> t.title).orElse("");
    }
}
