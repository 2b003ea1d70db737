package fr.parlonsen.synthesis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * What other capabilities may read of the departmental syntheses (the follow-up of commitments, the national
 * synthesis and progress): the items of the latest validated or transmitted version, one item by its id, with its
 * sources, the latest version of each département, the items and sources of transmitted versions. Read only.
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

    @Inject
    EntityManager em;

    /** The latest version of a département's synthesis, with the first transmission and the last transmitted one. */
    public record Latest(String department, int version, String status, java.time.Instant firstTransmittedAt,
            Integer transmittedVersion) {
    }

    /** Département → its latest departmental synthesis in the campaign (départements without one are absent). */
    public Map<String, Latest> latestDepartmental(long campaignId) {
        Map<String, Latest> out = new HashMap<>();
        for (Object o : em.createNativeQuery("""
                select s.department, s.version, s.status, t.first_tx, t.tx_version from synthesis s
                join (select department, max(version) v,
                        min(case when status = 'transmitted' then transmitted_at end) first_tx,
                        max(case when status = 'transmitted' then version end) tx_version
                      from synthesis where campaign_id = ?1 and scope = 'department' group by department) t
                  on t.department = s.department and t.v = s.version
                where s.campaign_id = ?1 and s.scope = 'department'""").setParameter(1, campaignId).getResultList()) {
            Object[] r = (Object[]) o;
            out.put((String) r[0], new Latest((String) r[0], ((Number) r[1]).intValue(), (String) r[2], instant(r[3]),
                    r[4] == null ? null : ((Number) r[4]).intValue()));
        }
        return out;
    }

    /** An item (not deleted) of a transmitted departmental version, for the national synthesis. */
    public record TransmittedItem(long id, String department, String section, String topic, String text,
            boolean confirmed) {
    }

    /** The items (not deleted) of these syntheses, by département, section, position and id. */
    public List<TransmittedItem> items(Collection<Long> synthesisIds) {
        List<TransmittedItem> out = new ArrayList<>();
        if (synthesisIds.isEmpty()) {
            return out;
        }
        for (Object o : em.createNativeQuery("""
                select i.id, s.department, i.section, i.topic, i.text, (i.topic_chosen or i.sources_confirmed)
                from synthesis_item i
                join synthesis s on s.id = i.synthesis_id where s.id in (?1) and i.deleted = false
                order by s.department, i.section, i.position, i.id""").setParameter(1, synthesisIds).getResultList()) {
            Object[] r = (Object[]) o;
            out.add(new TransmittedItem(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                    (String) r[4], r[5] instanceof Boolean b ? b : r[5] instanceof Number n && n.intValue() != 0));
        }
        return out;
    }

    /** Item id → {distinct forums among its minutes sources, questions among its sources}, for these syntheses. */
    public Map<Long, int[]> sourceWeights(Collection<Long> synthesisIds) {
        Map<Long, int[]> out = new HashMap<>();
        if (synthesisIds.isEmpty()) {
            return out;
        }
        for (Object o : em.createNativeQuery("""
                select ss.item_id, count(distinct case when ss.question_id is null then ss.forum_id end),
                       coalesce(sum(case when ss.question_id is not null then 1 else 0 end), 0)
                from synthesis_source ss join synthesis_item i on i.id = ss.item_id
                where i.synthesis_id in (?1) group by ss.item_id""").setParameter(1, synthesisIds).getResultList()) {
            Object[] r = (Object[]) o;
            out.put(((Number) r[0]).longValue(), new int[] { ((Number) r[1]).intValue(), ((Number) r[2]).intValue() });
        }
        return out;
    }

    /**
     * For a synthesis whose items cite departmental items (the national one): departmental item id → its own
     * sources (minutes items and questions), in one query.
     */
    public Map<Long, List<SourceRef>> citedItemSources(long synthesisId) {
        Map<Long, List<SourceRef>> out = new HashMap<>();
        for (Object o : em.createNativeQuery("""
                select ds.item_id, ds.forum_id, ds.minutes_item_id, ds.question_id from synthesis_source ns
                join synthesis_item ni on ni.id = ns.item_id join synthesis_source ds on ds.item_id = ns.synthesis_item_id
                where ni.synthesis_id = ?1 order by ds.item_id, ds.source_key""").setParameter(1, synthesisId)
                .getResultList()) {
            Object[] r = (Object[]) o;
            out.computeIfAbsent(num(r[0]), k -> new ArrayList<>()).add(r[3] != null
                    ? SourceRef.question(r[1] == null ? null : num(r[1]), num(r[3]))
                    : SourceRef.minutesItem(num(r[1]), num(r[2])));
        }
        return out;
    }

    private static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    private static java.time.Instant instant(Object o) {
        if (o instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof java.time.LocalDateTime l) {
            return l.atZone(java.time.ZoneId.systemDefault()).toInstant();
        }
        if (o instanceof java.time.OffsetDateTime t) {
            return t.toInstant();
        }
        return o instanceof java.time.Instant i ? i : null;
    }
}
