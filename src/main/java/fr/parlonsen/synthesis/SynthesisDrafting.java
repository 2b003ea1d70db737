package fr.parlonsen.synthesis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.synthesis.SynthesisService.Progress;

/**
 * Builds the draft of a synthesis again from its current sources ({@link DraftBuilder}), keeping the human edits;
 * shared by the departmental and the national synthesis (other sources, other weights).
 */
@ApplicationScoped
public class SynthesisDrafting {
    @Inject
    DraftBuilder builder;
    @Inject
    SynthesisVersions versions;
    @Inject
    EntityManager em;

    /** Rebuilds the items of {@code s} from the current sources, keeping human edits; back to draft. */
    public void rebuild(Synthesis s, List<SourceItem> current, java.util.function.ToIntFunction<DraftItem> weight,
            String figuresJson, CurrentUser user) {
        rebuild(s, current, weight, figuresJson, user, (share, label) -> {
        });
    }

    /** As above, reporting progress (grouping from 15 to 85 %, then storing). */
    public void rebuild(Synthesis s, List<SourceItem> current, java.util.function.ToIntFunction<DraftItem> weight,
            String figuresJson, CurrentUser user, Progress progress) {
        versions.bumpRevision(s, null);
        List<DraftItem> existing = s.items.stream().map(SynthesisItem::toDraft).toList();
        List<DraftItem> rebuilt = builder.rebuild(current, new ArrayList<>(existing), weight,
                done -> progress.report(15 + done * 70 / 100, "Regroupement par similarité"));
        progress.report(85, "Enregistrement du brouillon");
        confirmFromSources(rebuilt, current);
        versions.store(s, rebuilt);
        s.status = Synthesis.DRAFT;
        s.validatedAt = null;
        s.validatedBy = null;
        s.builtAt = Instant.now();
        s.figures = figuresJson;
        versions.audit(s, user, "draft", rebuilt.size() + " éléments");
        em.flush();
    }

    /** After a rebuild: an item's sources are confirmed when a person chose each one's topic, the item's topic. */
    private static void confirmFromSources(List<DraftItem> items, List<SourceItem> current) {
        Map<String, SourceItem> byKey = new HashMap<>();
        current.forEach(c -> byKey.put(c.ref().key(), c));
        for (DraftItem d : items) {
            d.sourcesConfirmed = !d.sources.isEmpty() && d.sources.stream().map(r -> byKey.get(r.key())).allMatch(
                    c -> c != null && c.topicConfirmed() && java.util.Objects.equals(c.topic(), d.topic));
        }
    }
}
