package fr.parlonsen.synthesis;

import static fr.parlonsen.kernel.Text.blankToNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import fr.parlonsen.analysis.TopicExample;
import fr.parlonsen.campaign.TopicExamples;
import fr.parlonsen.kernel.DomainError.Invalid;
import fr.parlonsen.kernel.Violation;
import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.synthesis.SynthesisForms.Edit;
import fr.parlonsen.synthesis.SynthesisForms.ItemEdit;
import fr.parlonsen.synthesis.SynthesisForms.SectionEdit;
import fr.parlonsen.synthesis.SynthesisForms.SourceEdit;

/**
 * A person's edit of a synthesis (the API's PUT, the page's buttons): items rewritten, moved, merged, split or
 * deleted with a reason, every source kept in exactly one item, the assessment and the signatory; topics a person
 * chose become examples of the campaign. Shared by the departmental and the national synthesis.
 */
@ApplicationScoped
public class SynthesisEditing {
    @Inject
    SynthesisVersions versions;
    @Inject
    TopicExamples examples;
    @Inject
    EntityManager em;

    /** A human edit (PUT) with If-Match: every source stays in exactly one item, deletions need a reason. */
    public void applyEdit(Synthesis s, CurrentUser user, Integer expectedRevision, Edit form) {
        SynthesisVersions.checkEditable(s);
        SynthesisVersions.checkRevision(s, expectedRevision);
        if (form.sections() == null && form.assessment() == null && form.signatory() == null) {
            throw new Invalid("sections", "Les sections sont obligatoires (ou l'appréciation, ou le signataire).");
        }
        List<Violation> tooLong = new ArrayList<>();
        if (form.assessment() != null && form.assessment().length() > 100_000) {
            tooLong.add(new Violation("assessment", "L'appréciation ne doit pas dépasser 100 000 caractères."));
        }
        if (form.signatory() != null && form.signatory().name() != null && form.signatory().name().strip().length() > 200) {
            tooLong.add(new Violation("signatory.name", "Le nom du signataire ne doit pas dépasser 200 caractères."));
        }
        if (form.signatory() != null && form.signatory().title() != null && form.signatory().title().strip().length() > 300) {
            tooLong.add(new Violation("signatory.title", "La qualité du signataire ne doit pas dépasser 300 caractères."));
        }
        if (!tooLong.isEmpty()) {
            throw new Invalid(tooLong);
        }
        List<DraftItem> edited = form.sections() == null ? null : apply(s, form);
        versions.bumpRevision(s, expectedRevision);
        if (edited != null) {
            learnChosenTopics(s, edited, user);
            versions.store(s, edited);
        }
        if (form.assessment() != null) {
            s.assessment = blankToNull(form.assessment());
        }
        if (form.signatory() != null) {
            s.signatoryName = blankToNull(form.signatory().name());
            s.signatoryTitle = blankToNull(form.signatory().title());
        }
        s.status = Synthesis.DRAFT;
        s.validatedAt = null;
        s.validatedBy = null;
        versions.audit(s, user, "edit", null);
        em.flush();
    }

    /** Applies a PUT: every source must stay in exactly one item; deletions need a reason. */
    private List<DraftItem> apply(Synthesis s, Edit form) {
        Map<Long, SynthesisItem> byId = new HashMap<>();
        s.items.forEach(i -> byId.put(i.id, i));
        Map<String, SourceRef> known = new HashMap<>();
        s.items.forEach(i -> i.sources.forEach(r -> known.put(r.key(), r)));
        Map<String, SynthesisItem> sourceOwner = new HashMap<>();
        s.items.forEach(i -> i.sources.forEach(r -> sourceOwner.put(r.key(), i)));
        List<Violation> violations = new ArrayList<>();
        List<DraftItem> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<SynthesisSection> sectionsSeen = new HashSet<>();
        for (int si = 0; si < form.sections().size(); si++) {
            SectionEdit se = form.sections().get(si);
            SynthesisSection section = SynthesisSection.fromCode(se.kind()).orElse(null);
            if (section == null) {
                violations.add(new Violation("sections[" + si + "].kind",
                        "Type de section inconnu : « " + se.kind() + " » (issues, strengths, weaknesses, proposals)."));
                continue;
            }
            sectionsSeen.add(section);
            int position = 0;
            for (int ii = 0; ii < se.items().size(); ii++) {
                ItemEdit ie = se.items().get(ii);
                String field = "sections[" + si + "].items[" + ii + "]";
                SynthesisItem stored = ie.id() == null ? null : byId.get(ie.id());
                if (ie.id() != null && stored == null) {
                    violations.add(new Violation(field + ".id", "Élément inconnu : " + ie.id() + "."));
                    continue;
                }
                DraftItem d = new DraftItem(section, ie.topic(), ie.text().strip());
                d.id = ie.id();
                d.position = ++position;
                d.generatedText = stored == null ? null : stored.generatedText;
                d.edited = stored == null || stored.edited || !ie.text().strip().equals(stored.generatedText);
                d.deleted = Boolean.TRUE.equals(ie.deleted());
                d.deleteReason = ie.deleteReason() == null ? null : ie.deleteReason().strip();
                String label = ie.label() == null ? null : ie.label().strip();
                d.label = label != null && !label.isEmpty() ? label : stored == null ? null : stored.label;
                d.labelEdited = stored == null ? label != null && !label.isEmpty()
                        : stored.labelEdited || (d.label != null && !d.label.equals(stored.label));
                String representative = ie.representative() == null ? null : ie.representative().strip();
                d.representative = representative != null && !representative.isEmpty() ? representative
                        : stored == null ? null : stored.representative;
                d.representativeEdited = stored == null ? representative != null && !representative.isEmpty()
                        : stored.representativeEdited
                                || (d.representative != null && !d.representative.equals(stored.representative));
                if (d.deleted && (d.deleteReason == null || d.deleteReason.isEmpty())) {
                    violations.add(new Violation(field + ".deleteReason", "Indiquez le motif de la suppression."));
                }
                if (ie.sources() != null) {
                    for (SourceEdit src : ie.sources()) {
                        String key = src.key();
                        SourceRef ref = known.get(key);
                        if (ref == null) {
                            violations.add(new Violation(field + ".sources", "Source inconnue de cette synthèse : " + key + "."));
                        } else {
                            d.sources.add(ref);
                        }
                    }
                } else if (stored != null) {
                    d.sources.addAll(stored.sources);
                }
                if (d.sources.isEmpty()) {
                    violations.add(new Violation(field + ".sources", "Chaque élément doit citer au moins une source."));
                }
                topicFlags(d, stored, ie.topicConfirmed(), sourceOwner);
                for (SourceRef r : d.sources) {
                    if (!seen.add(r.key())) {
                        violations.add(new Violation(field + ".sources",
                                "La source " + r.key() + " figure dans deux éléments : chaque source va dans un seul élément."));
                    }
                }
                out.add(d);
            }
        }
        Set<String> missing = new HashSet<>(known.keySet());
        missing.removeAll(seen);
        if (!missing.isEmpty()) {
            violations.add(new Violation("sections", missing.size() + " source(s) ne figurent plus dans aucun élément ("
                    + String.join(", ", missing.stream().sorted().limit(5).toList())
                    + ") : supprimez un élément avec un motif plutôt que de le retirer."));
        }
        if (!violations.isEmpty()) {
            throw new Invalid(violations);
        }
        followMentions(s, out, known);
        return out;
    }

    /**
     * Mentions are not edited by hand: they follow their item. An item kept (same id) keeps them; those of an item
     * that went away (merged into another) go to the item that now holds its first source. A mention that became a
     * source of its own item goes away.
     */
    private static void followMentions(Synthesis s, List<DraftItem> out, Map<String, SourceRef> known) {
        Map<Long, DraftItem> byId = new HashMap<>();
        Map<String, DraftItem> holder = new HashMap<>();
        for (DraftItem d : out) {
            if (d.id != null) {
                byId.put(d.id, d);
            }
            d.sources.forEach(r -> holder.put(r.key(), d));
        }
        for (SynthesisItem stored : s.items) {
            if (stored.mentions.isEmpty()) {
                continue;
            }
            DraftItem d = byId.get(stored.id);
            if (d == null) {
                d = stored.sources.stream().sorted(SourceRef.ORDER).map(r -> holder.get(r.key()))
                        .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            }
            if (d != null) {
                // one ref per key (the table's key): the one the synthesis' sources give
                stored.mentions.stream().sorted(SourceRef.ORDER).map(m -> known.getOrDefault(m.key(), m))
                        .forEach(d.mentions::add);
            }
        }
        out.forEach(d -> d.pruneMentions(known::containsKey));
    }

    /**
     * A topic changed on the synthesis, or explicitly confirmed, is a person's choice; otherwise the stored choice
     * stays (a new item from a split inherits it). Sources keep the confirmation they had in their former item when
     * the topic is the same.
     */
    private static void topicFlags(DraftItem d, SynthesisItem stored, Boolean confirmed,
            Map<String, SynthesisItem> sourceOwner) {
        String topic = d.topic == null || d.topic.isBlank() ? null : d.topic.strip();
        d.topic = topic;
        SynthesisItem former = stored != null ? stored
                : d.sources.stream().map(r -> sourceOwner.get(r.key())).filter(java.util.Objects::nonNull).findFirst()
                        .orElse(null);
        if (confirmed != null) {
            d.topicChosen = confirmed;
        } else if (stored != null && !java.util.Objects.equals(topic, stored.topic)) {
            d.topicChosen = true;
        } else {
            d.topicChosen = former != null && former.topicChosen && java.util.Objects.equals(topic, former.topic);
        }
        d.sourcesConfirmed = d.sources.stream().map(r -> sourceOwner.get(r.key())).allMatch(
                o -> o != null && o.sourcesConfirmed && java.util.Objects.equals(topic, o.topic));
    }

    /**
     * Topics a person chose or confirmed on the synthesis become examples of the campaign; an item confirmed
     * without a topic ({@code topic} empty, {@code topicConfirmed} true: "aucun sous-thème") becomes an example of
     * no topic ({@link TopicExample#NONE}), which teaches the suggestion to abstain on such texts. An item sent
     * back to a suggestion ({@code topicConfirmed} false) stops being an example.
     */
    private void learnChosenTopics(Synthesis s, List<DraftItem> edited, CurrentUser user) {
        Map<Long, SynthesisItem> byId = new HashMap<>();
        s.items.forEach(i -> byId.put(i.id, i));
        for (DraftItem d : edited) {
            SynthesisItem stored = d.id == null ? null : byId.get(d.id);
            if (d.id == null || d.deleted) {
                continue;
            }
            boolean newlyChosen = d.topicChosen
                    && (stored == null || !stored.topicChosen || !java.util.Objects.equals(stored.topic, d.topic));
            if (newlyChosen) {
                examples.record(s.campaignId, d.topic == null ? TopicExample.NONE : d.topic, d.text,
                        TopicExamples.SYNTHESIS, d.id, user.username());
            } else if (!d.topicChosen && stored != null && stored.topicChosen) {
                examples.forget(s.campaignId, TopicExamples.SYNTHESIS, d.id);
            }
        }
    }
}
