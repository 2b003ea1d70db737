package fr.parlonsen.synthesis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import fr.parlonsen.kernel.DomainError.Invalid;
import fr.parlonsen.kernel.DomainError.NotFound;
import fr.parlonsen.synthesis.SynthesisForms.Edit;
import fr.parlonsen.synthesis.SynthesisForms.ItemEdit;
import fr.parlonsen.synthesis.SynthesisForms.SectionEdit;
import fr.parlonsen.synthesis.SynthesisForms.SourceEdit;
import fr.parlonsen.synthesis.SynthesisViews.ItemView;
import fr.parlonsen.synthesis.SynthesisViews.SectionView;
import fr.parlonsen.synthesis.SynthesisViews.SynthesisView;

/**
 * What the buttons of the synthesis page do, expressed as the same edit the API takes: rewrite, delete with a
 * reason, move, merge with the next item, split some sources off. The service validates it like any PUT.
 */
final class SynthesisPageEdits {
    private SynthesisPageEdits() {
    }

    private interface Change {
        void apply(List<ItemEdit> items, int index);
    }

    static Edit rewrite(SynthesisView view, long itemId, String text) {
        return change(view, itemId, (items, i) -> items.set(i, with(items.get(i), text, null, null)));
    }

    static Edit delete(SynthesisView view, long itemId, String reason) {
        return change(view, itemId, (items, i) -> {
            ItemEdit e = items.get(i);
            items.set(i, new ItemEdit(e.id(), e.text(), e.topic(), e.sources(), true, reason, e.topicConfirmed(),
                    e.label(), e.representative()));
        });
    }

    static Edit confirmTopic(SynthesisView view, long itemId) {
        return change(view, itemId, (items, i) -> {
            ItemEdit e = items.get(i);
            items.set(i, new ItemEdit(e.id(), e.text(), e.topic(), e.sources(), e.deleted(), e.deleteReason(), true));
        });
    }

    /** "Aucun sous-thème": the person says the item fits no sub-topic (topic cleared and confirmed). */
    static Edit noTopic(SynthesisView view, long itemId) {
        return change(view, itemId, (items, i) -> {
            ItemEdit e = items.get(i);
            items.set(i, new ItemEdit(e.id(), e.text(), null, e.sources(), e.deleted(), e.deleteReason(), true));
        });
    }

    static Edit move(SynthesisView view, long itemId, int delta) {
        return change(view, itemId, (items, i) -> {
            int j = Math.max(0, Math.min(items.size() - 1, i + delta));
            items.add(j, items.remove(i));
        });
    }

    static Edit mergeWithNext(SynthesisView view, long itemId) {
        return change(view, itemId, (items, i) -> {
            if (i + 1 >= items.size()) {
                throw new Invalid("item", "Il n'y a pas d'élément suivant dans cette section.");
            }
            ItemEdit a = items.get(i);
            ItemEdit b = items.remove(i + 1);
            List<SourceEdit> sources = new ArrayList<>(a.sources());
            sources.addAll(b.sources());
            items.set(i, new ItemEdit(a.id(), a.text(), a.topic(), sources, a.deleted(), a.deleteReason(), a.topicConfirmed(), a.label(),
                    a.representative()));
        });
    }

    static Edit split(SynthesisView view, long itemId, Set<String> sourceKeys) {
        return change(view, itemId, (items, i) -> {
            ItemEdit a = items.get(i);
            List<SourceEdit> moved = a.sources().stream().filter(s -> sourceKeys.contains(s.key())).toList();
            List<SourceEdit> kept = a.sources().stream().filter(s -> !sourceKeys.contains(s.key())).toList();
            if (moved.isEmpty() || kept.isEmpty()) {
                throw new Invalid("sources", "Cochez une partie des sources seulement : chaque élément garde au moins une source.");
            }
            items.set(i, new ItemEdit(a.id(), a.text(), a.topic(), kept, a.deleted(), a.deleteReason(), a.topicConfirmed(), a.label(),
                    a.representative()));
            items.add(i + 1, new ItemEdit(null, a.text(), a.topic(), moved, false, null));
        });
    }

    /** Renames a group: its label (and, when given, its representative formulation). */
    static Edit rename(SynthesisView view, long itemId, String label, String representative) {
        if ((label == null || label.isBlank()) && (representative == null || representative.isBlank())) {
            throw new Invalid("label", "Indiquez un libellé.");
        }
        return change(view, itemId, (items, i) -> {
            ItemEdit e = items.get(i);
            items.set(i, new ItemEdit(e.id(), e.text(), e.topic(), e.sources(), e.deleted(), e.deleteReason(),
                    e.topicConfirmed(), label == null || label.isBlank() ? e.label() : label.strip(),
                    representative == null || representative.isBlank() ? e.representative() : representative.strip()));
        });
    }

    /** Moves some statements (sources) of a group into another group, of any section. */
    static Edit moveSources(SynthesisView view, long itemId, Set<String> sourceKeys, long targetId) {
        if (itemId == targetId) {
            throw new Invalid("target", "Choisissez un autre groupe que celui-ci.");
        }
        Edit edit = change(view, itemId, (items, i) -> {
        });
        ItemEdit from = find(edit, itemId);
        ItemEdit to = find(edit, targetId);
        if (to == null) {
            throw new Invalid("target", "Groupe de destination introuvable : " + targetId + ".");
        }
        List<SourceEdit> moved = from.sources().stream().filter(s -> sourceKeys.contains(s.key())).toList();
        List<SourceEdit> kept = from.sources().stream().filter(s -> !sourceKeys.contains(s.key())).toList();
        if (moved.isEmpty()) {
            throw new Invalid("sources", "Cochez au moins une contribution à déplacer.");
        }
        List<SourceEdit> joined = new ArrayList<>(to.sources());
        joined.addAll(moved);
        List<SectionEdit> sections = new ArrayList<>();
        for (SectionEdit sec : edit.sections()) {
            List<ItemEdit> items = new ArrayList<>();
            for (ItemEdit e : sec.items()) {
                if (e == from) {
                    if (!kept.isEmpty()) {
                        items.add(withSources(e, kept));
                    }
                } else if (e == to) {
                    items.add(withSources(e, joined));
                } else {
                    items.add(e);
                }
            }
            sections.add(new SectionEdit(sec.kind(), items));
        }
        return new Edit(sections);
    }

    /** Merges a group into another one (any position, any section): the target keeps its text and label. */
    static Edit mergeInto(SynthesisView view, long itemId, long targetId) {
        Edit edit = change(view, itemId, (items, i) -> {
        });
        ItemEdit from = find(edit, itemId);
        return moveSources(view, itemId, from.sources().stream().map(SourceEdit::key).collect(
                java.util.stream.Collectors.toSet()), targetId);
    }

    private static ItemEdit find(Edit edit, long id) {
        for (SectionEdit sec : edit.sections()) {
            for (ItemEdit e : sec.items()) {
                if (e.id() != null && e.id() == id) {
                    return e;
                }
            }
        }
        return null;
    }

    private static ItemEdit withSources(ItemEdit e, List<SourceEdit> sources) {
        return new ItemEdit(e.id(), e.text(), e.topic(), sources, e.deleted(), e.deleteReason(), e.topicConfirmed(), e.label(),
                e.representative());
    }

    private static ItemEdit with(ItemEdit e, String text, Boolean deleted, String reason) {
        return new ItemEdit(e.id(), text == null ? e.text() : text, e.topic(), e.sources(),
                deleted == null ? e.deleted() : deleted, reason == null ? e.deleteReason() : reason, e.topicConfirmed(),
                e.label(), e.representative());
    }

    private static Edit change(SynthesisView view, long itemId, Change change) {
        List<SectionEdit> sections = new ArrayList<>();
        boolean found = false;
        for (SectionView sec : view.sections()) {
            List<ItemEdit> items = new ArrayList<>();
            for (ItemView i : sec.items()) {
                items.add(new ItemEdit(i.id(), i.text(), i.topic(),
                        i.sources().stream().map(s -> new SourceEdit(s.forumId(), s.itemId(), s.questionId(), null, null)).toList(),
                        i.deleted(), i.deleteReason(), null, i.label(), i.representative()));
            }
            for (int k = 0; k < items.size(); k++) {
                if (items.get(k).id() != null && items.get(k).id() == itemId) {
                    change.apply(items, k);
                    found = true;
                    break;
                }
            }
            sections.add(new SectionEdit(sec.kind(), items));
        }
        if (!found) {
            throw new NotFound("Élément " + itemId + " introuvable dans cette synthèse.");
        }
        return new Edit(sections);
    }
}
