package fr.parlonsen.followup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.parlonsen.kernel.Violation;
import fr.parlonsen.minutes.MinutesQueries;
import fr.parlonsen.question.Question;
import fr.parlonsen.synthesis.SynthesisQueries;

/**
 * What a commitment answers: the items of the validated or transmitted synthesis it was made from, and their
 * statements (narrowed to those named), copied with their texts so that the commitment keeps citing them.
 */
@ApplicationScoped
class CommitmentSources {
    @Inject
    SynthesisQueries synthesis;
    @Inject
    MinutesQueries minutes;

    record Linked(List<Commitment.ItemLink> items, List<Commitment.StatementLink> statements) {
    }

    /** Copies the chosen items (and their statements, narrowed to those named) from the synthesis. */
    Linked link(long campaignId, String department, List<Long> itemIds, List<String> keys, List<Violation> v) {
        List<Commitment.ItemLink> items = new ArrayList<>();
        List<Commitment.StatementLink> statements = new ArrayList<>();
        if (itemIds == null || itemIds.isEmpty()) {
            v.add(new Violation("synthesisItemIds", "Choisissez au moins une proposition de la synthèse validée ou "
                    + "transmise à laquelle l'engagement répond."));
            return new Linked(items, statements);
        }
        Set<String> wanted = keys == null ? Set.of() : new LinkedHashSet<>(keys.stream()
                .filter(k -> k != null && !k.isBlank()).map(String::strip).toList());
        Set<String> used = new LinkedHashSet<>();
        List<SynthesisQueries.Item> chosen = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(itemIds)) {
            Optional<SynthesisQueries.Item> item = id == null ? Optional.empty() : synthesis.item(id);
            if (item.isEmpty() || item.get().campaignId() != campaignId || !department.equals(item.get().department())) {
                v.add(new Violation("synthesisItemIds", "L'élément de synthèse n° " + id
                        + " n'existe pas dans la synthèse de ce département pour cette campagne."));
            } else if (!SynthesisQueries.isFollowable(item.get().status())) {
                v.add(new Violation("synthesisItemIds", "L'élément de synthèse n° " + id + " appartient à une "
                        + "synthèse encore en brouillon : validez-la (ou transmettez-la) d'abord."));
            } else if (item.get().deleted()) {
                v.add(new Violation("synthesisItemIds", "L'élément de synthèse n° " + id + " a été retiré de la "
                        + "synthèse."));
            } else {
                chosen.add(item.get());
            }
        }
        Set<Long> minutesIds = new LinkedHashSet<>();
        Set<Long> questionIds = new LinkedHashSet<>();
        for (SynthesisQueries.Item item : chosen) {
            List<SynthesisQueries.Source> sources = item.sources().stream()
                    .filter(s -> wanted.contains(s.key())).toList();
            boolean narrowed = !sources.isEmpty();
            if (!narrowed) {
                sources = item.sources();
            }
            sources.forEach(s -> {
                used.add(s.key());
                if (s.minutesItemId() != null) {
                    minutesIds.add(s.minutesItemId());
                }
                if (s.questionId() != null) {
                    questionIds.add(s.questionId());
                }
            });
            items.add(new Commitment.ItemLink(item.id(), item.version(), item.section(), item.text(),
                    narrowed && sources.size() == 1 ? sources.get(0).key() : null));
        }
        for (String k : wanted) {
            if (!used.contains(k)) {
                v.add(new Violation("statements", "La déclaration « " + k + " » n'est pas une source des éléments "
                        + "de synthèse choisis."));
            }
        }
        Map<Long, String> texts = minutes.itemTexts(minutesIds);
        Map<Long, String> questionTexts = questionTexts(questionIds);
        for (SynthesisQueries.Item item : chosen) {
            List<SynthesisQueries.Source> sources = item.sources().stream().filter(s -> wanted.contains(s.key())).toList();
            for (SynthesisQueries.Source s : sources.isEmpty() ? item.sources() : sources) {
                String text = s.minutesItemId() != null ? texts.get(s.minutesItemId())
                        : s.questionId() != null ? questionTexts.get(s.questionId()) : null;
                statements.add(new Commitment.StatementLink(item.id(), s.key(), s.forumId(), s.minutesItemId(),
                        s.questionId(), text));
            }
        }
        return new Linked(items, statements);
    }

    private static Map<Long, String> questionTexts(Collection<Long> ids) {
        Map<Long, String> out = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            for (Question q : Question.<Question>list("id in ?1", ids)) {
                out.put(q.id, q.maskedText);
            }
        }
        return out;
    }
}
