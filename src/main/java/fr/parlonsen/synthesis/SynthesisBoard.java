package fr.parlonsen.synthesis;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.text.Normalizer;

import fr.parlonsen.campaign.TopicChoices.ThemeView;
import fr.parlonsen.campaign.TopicChoices.TopicView;
import fr.parlonsen.synthesis.SynthesisViews.ItemView;
import fr.parlonsen.synthesis.SynthesisViews.Places;
import fr.parlonsen.synthesis.SynthesisViews.SectionView;
import fr.parlonsen.synthesis.SynthesisViews.Source;
import fr.parlonsen.synthesis.SynthesisViews.SynthesisView;

/**
 * The synthesis page as staff read it: section → theme → sub-topic → issue groups (label, representative
 * formulation, weight, places, members), the groups of a single statement gathered as "Autres contributions (n)".
 * Filters by section, theme and sub-topic, and a search over labels, texts and statements.
 */
public record SynthesisBoard(List<SectionBlock> sections, Filters filters, List<ThemeView> themes, int shown,
        int total, String base, boolean editable) {

    /** The same board for a page: its address and whether this person may edit it. */
    public SynthesisBoard forPage(String base, boolean editable) {
        return new SynthesisBoard(sections, filters, themes, shown, total, base, editable);
    }

    public record Filters(String section, String theme, String topic, String q) {
        public boolean any() {
            return !blank(section) || !blank(theme) || !blank(topic) || !blank(q);
        }
    }

    public record SectionBlock(String kind, String title, int groups, List<ThemeBlock> themes) {
    }

    public record ThemeBlock(String title, List<TopicBlock> topics) {
    }

    public record TopicBlock(String code, String title, List<GroupCard> groups, List<GroupCard> others) {
        public int othersStatements() {
            return others.stream().mapToInt(g -> g.members().size()).sum();
        }
    }

    /**
     * One group: the item and what a person needs to judge it; {@code mentions} are the statements classed in
     * another group that also raise this one (not members).
     */
    public record GroupCard(ItemView item, String label, String representative, String places,
            List<Member> members, List<Mention> mentions) {
        public GroupCard(ItemView item, String label, String representative, String places, List<Member> members) {
            this(item, label, representative, places, members, List.of());
        }
    }

    /** A statement of another group that also raises this one, with where it comes from and the group it is in. */
    public record Mention(String key, String text, String origin, Long groupId, String groupLabel) {
    }

    /** One statement of a group, with where it comes from. */
    public record Member(String key, String text, String origin) {
        /** The statement cut to a line, for check-box labels. */
        public String shortText() {
            return DraftBuilder.shorten(text, 120);
        }
    }

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    /**
     * @param statements  source key → the statement as said
     * @param forumTitles forum id → title
     * @param names       arrondissement and canton code → name
     */
    public static SynthesisBoard of(SynthesisView view, List<ThemeView> themes, Filters filters,
            Map<String, String> statements, Map<Long, String> forumTitles, Map<String, String> names) {
        Map<String, String[]> topicOf = new LinkedHashMap<>(); // code → {theme title, topic title}
        for (ThemeView t : themes) {
            for (TopicView p : t.topics()) {
                topicOf.put(p.code(), new String[] { t.title(), p.title() });
            }
        }
        String needle = blank(filters.q()) ? null : fold(filters.q());
        Map<String, ItemView> groupOf = new java.util.HashMap<>(); // source key → the group it is a member of
        for (SectionView sec : view.sections()) {
            for (ItemView i : sec.items()) {
                i.sources().forEach(s -> groupOf.put(key(s), i));
            }
        }
        List<SectionBlock> sections = new ArrayList<>();
        int shown = 0;
        int total = 0;
        for (SectionView sec : view.sections()) {
            total += sec.items().size();
            if (!blank(filters.section()) && !filters.section().equals(sec.kind())) {
                continue;
            }
            Map<String, Map<String, List<GroupCard>>> byTheme = new LinkedHashMap<>();
            Map<String, String> topicTitles = new LinkedHashMap<>();
            // themes and topics in campaign order, then the rest
            for (ThemeView t : themes) {
                byTheme.put(t.title(), new LinkedHashMap<>());
                for (TopicView p : t.topics()) {
                    byTheme.get(t.title()).put(p.code(), new ArrayList<>());
                    topicTitles.put(p.code(), p.title());
                }
            }
            int groups = 0;
            for (ItemView i : sec.items()) {
                String[] tt = i.topic() == null ? null : topicOf.get(i.topic());
                String theme = tt == null ? "Sans thème" : tt[0];
                String topic = i.topic() == null ? "" : i.topic();
                if (!blank(filters.theme()) && !filters.theme().equals(theme)) {
                    continue;
                }
                if (!blank(filters.topic()) && !filters.topic().equals(topic)) {
                    continue;
                }
                List<Member> members = new ArrayList<>();
                for (Source s : i.sources()) {
                    String key = key(s);
                    members.add(new Member(key, Objects.requireNonNullElse(statements.get(key), ""),
                            origin(s, forumTitles)));
                }
                List<Mention> mentions = new ArrayList<>();
                for (Source s : i.alsoMentionedIn() == null ? List.<Source>of() : i.alsoMentionedIn()) {
                    String key = key(s);
                    ItemView group = groupOf.get(key);
                    mentions.add(new Mention(key, Objects.requireNonNullElse(statements.get(key), ""),
                            origin(s, forumTitles), group == null ? null : group.id(),
                            group == null ? null : label(group)));
                }
                if (needle != null && !matches(needle, i, members)) {
                    continue;
                }
                String label = label(i);
                String representative = blank(i.representative()) ? i.text() : i.representative();
                byTheme.computeIfAbsent(theme, k -> new LinkedHashMap<>()).computeIfAbsent(topic, k -> new ArrayList<>())
                        .add(new GroupCard(i, label, representative, places(i.places(), names), members, mentions));
                if (tt != null) {
                    topicTitles.put(topic, tt[1]);
                }
                groups++;
                shown++;
            }
            List<ThemeBlock> blocks = new ArrayList<>();
            for (Map.Entry<String, Map<String, List<GroupCard>>> t : byTheme.entrySet()) {
                List<TopicBlock> topics = new ArrayList<>();
                for (Map.Entry<String, List<GroupCard>> p : t.getValue().entrySet()) {
                    if (p.getValue().isEmpty()) {
                        continue;
                    }
                    List<GroupCard> main = new ArrayList<>();
                    List<GroupCard> others = new ArrayList<>();
                    for (GroupCard g : p.getValue()) {
                        boolean single = g.members().size() == 1 && !g.item().edited()
                                && !Boolean.TRUE.equals(g.item().deleted());
                        (single ? others : main).add(g);
                    }
                    String title = p.getKey().isEmpty() ? "Sans sous-thème"
                            : topicTitles.getOrDefault(p.getKey(), p.getKey());
                    topics.add(new TopicBlock(p.getKey(), title, main, others));
                }
                if (!topics.isEmpty()) {
                    blocks.add(new ThemeBlock(t.getKey(), topics));
                }
            }
            sections.add(new SectionBlock(sec.kind(), sec.title(), groups, blocks));
        }
        return new SynthesisBoard(sections, filters, themes, shown, total, null, false);
    }

    /** The group's label, or the start of its text when it has none. */
    private static String label(ItemView i) {
        return blank(i.label()) ? DraftBuilder.shorten(i.text(), 60) : i.label();
    }

    private static String key(Source s) {
        return s.questionId() != null ? "q:" + s.questionId() : "m:" + s.itemId();
    }

    /** "Forum « Forum de Laon », élément 12" or "Question citoyenne n° 87". */
    private static String origin(Source s, Map<Long, String> forumTitles) {
        return s.questionId() != null ? "Question citoyenne n° " + s.questionId()
                : "Forum « " + Objects.requireNonNullElse(forumTitles.get(s.forumId()), "n° " + s.forumId())
                        + " », élément " + s.itemId();
    }

    /** "3 forums ; arrondissements de Laon, Soissons ; cantons de … ; du 2 avril au 14 mai 2009". */
    static String places(Places p, Map<String, String> names) {
        if (p == null || p.forums() == 0) {
            return "Aucun forum (questions en ligne)";
        }
        StringBuilder out = new StringBuilder();
        out.append(p.forums()).append(p.forums() == 1 ? " forum" : " forums");
        if (!p.arrondissements().isEmpty()) {
            out.append(" ; arrondissement").append(p.arrondissements().size() > 1 ? "s" : "").append(" : ")
                    .append(String.join(", ", p.arrondissements().stream().map(c -> names.getOrDefault(c, c)).toList()));
        }
        if (!p.cantons().isEmpty()) {
            List<String> cantons = p.cantons().stream().map(c -> names.getOrDefault(c, c)).toList();
            out.append(" ; canton").append(cantons.size() > 1 ? "s" : "").append(" : ")
                    .append(cantons.size() > 8 ? String.join(", ", cantons.subList(0, 8)) + " et " + (cantons.size() - 8)
                            + " autres" : String.join(", ", cantons));
        }
        if (p.firstAt() != null) {
            out.append(" ; ").append(dates(p.firstAt(), p.lastAt()));
        }
        return out.toString();
    }

    private static String dates(LocalDateTime first, LocalDateTime last) {
        if (last == null || first.toLocalDate().equals(last.toLocalDate())) {
            return "le " + DAY.format(first);
        }
        return "du " + DAY.format(first) + " au " + DAY.format(last);
    }

    private static boolean matches(String needle, ItemView i, List<Member> members) {
        if (fold(i.text()).contains(needle) || fold(i.label()).contains(needle)
                || fold(i.representative()).contains(needle)) {
            return true;
        }
        return members.stream().anyMatch(m -> fold(m.text()).contains(needle));
    }

    static String fold(String s) {
        if (s == null) {
            return "";
        }
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
