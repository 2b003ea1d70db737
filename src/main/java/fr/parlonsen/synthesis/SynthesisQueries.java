package fr.parlonsen.synthesis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * What other capabilities may read of the departmental syntheses (the follow-up of commitments): the items of
 * the latest validated or transmitted version, and one item by its id, with its sources. Read only.
 */
@ApplicationScoped
public class SynthesisQueries {

    /** One source of an item: a minutes item ({@code m:<id>}) or a citizen's question ({@code q:<id>}). */
    public record Source(String key, Long forumId, Long minutesItemId, Long questionId) {
    }

    public record Item(long id, long campaignId, String department, int version, String status, String section,
            String topic, String text, boolean deleted, List<Source> sources) {
        public boolean isProposal() {
            return SynthesisSection.PROPOSALS.code.equals(section);
        }
    }

    /** The item, whatever the state of its synthesis (departmental syntheses only). */
    @Transactional
    public Optional<Item> item(long id) {
        SynthesisItem i = SynthesisItem.findById(id);
        if (i == null || !Synthesis.DEPARTMENT_SCOPE.equals(i.synthesis.scope)) {
            return Optional.empty();
        }
        return Optional.of(view(i));
    }

    /** The latest validated or transmitted version of a département's synthesis, if any. */
    @Transactional
    public Optional<Integer> followableVersion(long campaignId, String department) {
        return latestFollowable(campaignId, department).map(s -> s.version);
    }

    /** The items (not deleted) of the latest validated or transmitted version; empty when there is none. */
    @Transactional
    public List<Item> followableItems(long campaignId, String department) {
        return latestFollowable(campaignId, department)
                .map(s -> s.items.stream().filter(i -> !i.deleted)
                        .sorted(Comparator.comparing((SynthesisItem i) -> i.section).thenComparingInt(i -> i.position))
                        .map(SynthesisQueries::view).toList())
                .orElse(List.of());
    }

    public static boolean isFollowable(String status) {
        return Synthesis.VALIDATED.equals(status) || Synthesis.TRANSMITTED.equals(status);
    }

    private static Optional<Synthesis> latestFollowable(long campaignId, String department) {
        return Synthesis.find("campaignId = ?1 and department = ?2 and scope = 'department' and status in "
                + "('validated', 'transmitted') order by version desc", campaignId, department).firstResultOptional();
    }

    private static Item view(SynthesisItem i) {
        List<Source> sources = new ArrayList<>();
        i.sources.stream().sorted(SourceRef.ORDER).forEach(r -> sources.add(
                new Source(r.key(), r.forumId(), r.itemId(), r.questionId())));
        Synthesis s = i.synthesis;
        return new Item(i.id, s.campaignId, s.department, s.version, s.status, i.section, i.topic, i.text, i.deleted,
                sources);
    }
}
